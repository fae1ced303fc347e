/**
 * A thread of the worker pool (`pool.ts`): runs the named function of the named module on the input it
 * is sent. Modules are imported on first use and stay loaded, so a thread that rendered once renders
 * again without loading the renderer and its highlighter.
 */
const modules = new Map<string, Promise<Record<string, (input: unknown) => unknown>>>()

export default async function run({module, name, input}: {module: string; name: string; input: unknown}): Promise<unknown> {
  let model = modules.get(module)
  if (!model) {
    model = import(module) as Promise<Record<string, (input: unknown) => unknown>>
    modules.set(module, model)
  }
  const fn = (await model)[name]
  if (typeof fn !== 'function') throw new Error(`${module} exports no function \`${name}\``)
  return fn(input)
}
