/**
 * A worker thread of the parse pool: parses and models the chapters it is sent, and sends them back.
 */
import {parentPort} from 'node:worker_threads'
import {parseChapter, type ParseJob} from './parse-job.ts'

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort!.postMessage(jobs.map(parseChapter))
})
