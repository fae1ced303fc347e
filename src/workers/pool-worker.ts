/**
 * A thread of the worker pool (`pool.ts`): runs the named function of the named module on the input it
 * is sent (`task-modules.ts`).
 */
import {loadModule, taskFunction} from './task-modules.ts'
import {setImmediate as eventLoopTurn} from 'node:timers/promises'

/** Runs `name` of `module` on `input`; with no name, only loads the module (`prepare` in `pool.ts`). */
export default async function run({module, name, input}: {module: string; name: string | null; input: unknown}): Promise<unknown> {
  if (name === null) {
    await loadModule(module)
    return null
  }
  const fn = await taskFunction(module, name)
  // One task a turn of the event loop: tinypool starts every task it has received at once, each waiting on
  // a promise, so without this they all ran one after another before the first answer was sent, and the
  // main thread, hearing of none, sent no more work until the whole batch was back (a log of a cold build:
  // 64 answers in the same millisecond, after a second of silence). Now each is answered when it is done.
  await eventLoopTurn()
  return fn(input)
}
