/**
 * The side thread (`runInThread` in `side-thread.ts`): runs the named function of the named module on each
 * input it is sent and answers with the result, or with the failure's stack. Modules are imported on
 * first use and stay loaded.
 */
import {parentPort} from 'node:worker_threads'

type Tasks = Record<string, (input: unknown) => unknown>

const modules = new Map<string, Promise<Tasks>>()

parentPort!.on('message', ({id, module, name, input}: {id: number; module: string; name: string; input: unknown}) => {
  run(module, name, input).then(
    (value) => parentPort!.postMessage({id, value}),
    (error: unknown) => parentPort!.postMessage({id, failure: (error as Error)?.stack ?? String(error)})
  )
})

async function run(module: string, name: string, input: unknown): Promise<unknown> {
  let tasks = modules.get(module)
  if (!tasks) {
    tasks = import(module) as Promise<Tasks>
    modules.set(module, tasks)
  }
  const fn = (await tasks)[name]
  if (typeof fn !== 'function') throw new Error(`${module} exports no function \`${name}\``)
  return fn(input)
}
