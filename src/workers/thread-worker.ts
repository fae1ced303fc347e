/**
 * A thread of its own (`runInThread` in `pool.ts`): runs the named function of the named module on the
 * input it was started with, sends the answer back, and ends.
 */
import {parentPort, workerData} from 'node:worker_threads'

const {module, name, input} = workerData as {module: string; name: string; input: unknown}
const fn = ((await import(module)) as Record<string, (input: unknown) => unknown>)[name]
if (typeof fn !== 'function') throw new Error(`${module} exports no function \`${name}\``)
parentPort!.postMessage(await fn(input))
