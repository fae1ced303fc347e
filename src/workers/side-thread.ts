/**
 * The side thread: one thread besides the pool's, started by the first task sent to it and kept for the
 * next, for tasks that must start at once (`runInThread`). In a build it lists the output folder and
 * runs pagefind's client in an incremental build.
 */
import {Worker} from 'node:worker_threads'
import {InternalError} from '../diagnostics/diagnostic.ts'
import {workerEnvironment} from './thread-environment.ts'

/**
 * The thread and its tasks awaiting an answer. Kept, the thread spares the next task its start-up
 * (about a tenth of a second of CPU: Node's own modules compiled again, a heap); it holds the process
 * open only while it has tasks.
 */
interface SideThread {
  thread: Worker
  pending: Map<number, {name: string; resolve: (value: unknown) => void; reject: (error: Error) => void}>
  next: number
}

let side: SideThread | null = null

function sideThread(): SideThread {
  if (side) return side
  const environment = workerEnvironment()
  const thread = new Worker(new URL('./thread-worker.ts', import.meta.url), environment ? {env: environment} : {})
  const started: SideThread = {thread, pending: new Map(), next: 0}
  const failAll = (reason: (name: string) => string): void => {
    if (side === started) side = null
    for (const {name, reject} of started.pending.values()) reject(new InternalError(reason(name)))
    started.pending.clear()
  }
  thread.on('message', ({id, value, failure}: {id: number; value?: unknown; failure?: string}) => {
    const task = started.pending.get(id)
    if (!task) return
    started.pending.delete(id)
    if (started.pending.size === 0) thread.unref()
    if (failure === undefined) task.resolve(value)
    else task.reject(new InternalError(`${task.name} failed in a worker: ${failure}`))
  })
  thread.on('error', (error: Error) => failAll((name) => `${name} failed in a worker: ${error.stack ?? String(error)}`))
  thread.on('exit', (code) => failAll((name) => `${name} failed in a worker: its thread ended (exit code ${code}) without an answer`))
  side = started
  return started
}

/**
 * Runs `task` once on `input` in the side thread, at once: for a task that mostly waits (on a child
 * process's replies) or that must not wait for this thread. A pool's thread takes a task only once this
 * thread has seen it start, which waits while this thread runs synchronous work (seconds in a build);
 * the side thread takes it as it arrives. Tasks there run side by side, each as far as its next await.
 * A throw rejects as in the pool's `runInWorker` (`InternalError`).
 */
export function runInThread<I, O>(task: {module: URL; name: string}, input: I): Promise<O> {
  const target = sideThread()
  const id = target.next++
  return new Promise<O>((resolve, reject) => {
    target.pending.set(id, {name: task.name, resolve: resolve as (value: unknown) => void, reject})
    target.thread.ref()
    target.thread.postMessage({id, module: task.module.href, name: task.name, input})
  })
}

/** Stops the side thread (the next `runInThread` starts another); part of `closePool`. */
export async function closeSideThread(): Promise<void> {
  const thread = side?.thread
  side = null
  await thread?.terminate()
}
