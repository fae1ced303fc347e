/**
 * The modules a thread runs tasks from (the pool's threads, the side thread): each imported on first use
 * and kept, so that a thread that rendered once renders again without loading the renderer and its
 * highlighter.
 */
type Tasks = Record<string, (input: unknown) => unknown>

const modules = new Map<string, Promise<Tasks>>()

/** Loads `module` (once a thread). */
export function loadModule(module: string): Promise<Tasks> {
  let tasks = modules.get(module)
  if (!tasks) {
    tasks = import(module) as Promise<Tasks>
    modules.set(module, tasks)
  }
  return tasks
}

/** The function `name` of `module`; a module without it is a bug, thrown as one. */
export async function taskFunction(module: string, name: string): Promise<(input: unknown) => unknown> {
  const fn = (await loadModule(module))[name]
  if (typeof fn !== 'function') throw new Error(`${module} exports no function \`${name}\``)
  return fn
}
