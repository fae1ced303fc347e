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
  // One task a turn of the event loop: tinypool starts every task it has received at once, each waiting on
  // a promise, so without this they all ran one after another before the first answer was sent, and the
  // main thread, hearing of none, sent no more work until the whole batch was back (a log of a cold build:
  // 64 answers in the same millisecond, after a second of silence). Now each is answered when it is done.
  await new Promise((resolve) => setImmediate(resolve))
  return fn(input)
}
