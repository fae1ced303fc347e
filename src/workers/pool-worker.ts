/**
 * A thread of the worker pool (`pool.ts`): runs the named function of the named module on the input it
 * is sent. Modules are imported on first use and stay loaded, so a thread that rendered once renders
 * again without loading the renderer and its highlighter.
 */
const modules = new Map<string, Promise<Record<string, (input: unknown) => unknown>>>()

/** Runs `name` of `module` on `input`; with no name, only loads the module (`prepare` in `pool.ts`). */
export default async function run({module, name, input}: {module: string; name: string | null; input: unknown}): Promise<unknown> {
  let model = modules.get(module)
  if (!model) {
    model = import(module) as Promise<Record<string, (input: unknown) => unknown>>
    modules.set(module, model)
  }
  if (name === null) {
    await model
    return null
  }
  const fn = (await model)[name]
  if (typeof fn !== 'function') throw new Error(`${module} exports no function \`${name}\``)
  return fn(input)
}
