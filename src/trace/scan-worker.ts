/**
 * A worker thread of the scan pool: scans the chunks of the file list it claims from the shared counter,
 * with the patterns it is sent (as regex sources, since `RegExp` objects do not cross threads), and sends
 * the result back.
 */
import {parentPort} from 'node:worker_threads'
import type {AnnotationPattern} from './patterns.ts'
import {scanFiles} from './scan-files.ts'

export interface ScanJob {
  files: string[]
  /** The shared counter of `SharedClaim` (a `SharedArrayBuffer` is shared, not copied). */
  next: SharedArrayBuffer
  chunk: number
  patterns: Array<Omit<AnnotationPattern, 'regex'> & {source: string; flags: string}>
}

parentPort?.on('message', (job: ScanJob) => {
  const patterns = job.patterns.map(({source, flags, ...pattern}) => ({...pattern, regex: new RegExp(source, flags)}))
  parentPort!.postMessage(scanFiles(job.files, patterns, {next: new Int32Array(job.next), chunk: job.chunk}))
})
