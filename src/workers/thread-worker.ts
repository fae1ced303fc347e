/**
 * The side thread (`runInThread` in `side-thread.ts`): runs the named function of the named module on each
 * input it is sent (`task-modules.ts`) and answers with the result, or with the failure's stack.
 */
import {parentPort} from 'node:worker_threads'
import {taskFunction} from './task-modules.ts'

parentPort!.on('message', ({id, module, name, input}: {id: number; module: string; name: string; input: unknown}) => {
  taskFunction(module, name)
    .then((fn) => fn(input))
    .then(
      (value) => parentPort!.postMessage({id, value}),
      (error: unknown) => parentPort!.postMessage({id, failure: (error as Error)?.stack ?? String(error)})
    )
})
