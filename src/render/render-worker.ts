/**
 * A worker thread of the render pool: renders the chapters it is sent and sends the bodies back (or the
 * error, with its stack, so that the main thread reports it as its own).
 */
import {parentPort} from 'node:worker_threads'
import {renderChapter} from './render-chapter.ts'
import type {WorkerRequest} from './render-pool.ts'

parentPort?.on('message', ({shared, jobs}: WorkerRequest) => {
  try {
    parentPort!.postMessage(jobs.map((job) => renderChapter({...job, ...shared})))
  } catch (error) {
    parentPort!.postMessage({error: (error as Error).stack ?? String(error)})
  }
})
