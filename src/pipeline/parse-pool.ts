/**
 * Parsing on every core: markdown parsing dominates a cold run (micromark manages about 0.6 MB/s on one
 * core), so large batches are split between this thread and worker threads. Small batches are parsed
 * here, where starting a worker would cost more than it saves.
 */
import os from 'node:os'
import {Worker} from 'node:worker_threads'
import {parseChapter, type ParseJob, type ParsedChapter} from './parse-job.ts'

/** Below this much markdown (bytes), a worker's start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 256 * 1024

/** Parses and models every job; results are in job order. */
export async function parseAll(jobs: ParseJob[]): Promise<ParsedChapter[]> {
  const total = jobs.reduce((sum, job) => sum + job.source.length, 0)
  const workers = Math.min(os.availableParallelism() - 1, 3)
  if (total < PARALLEL_THRESHOLD || workers < 1) return jobs.map(parseChapter)

  // Deal the jobs, largest first, to the least-loaded share; share 0 stays on this thread.
  const shares: Array<{load: number; indices: number[]}> = Array.from({length: workers + 1}, () => ({load: 0, indices: []}))
  const order = jobs.map((_, index) => index).sort((a, b) => jobs[b]!.source.length - jobs[a]!.source.length)
  for (const index of order) {
    const share = shares.reduce((least, candidate) => (candidate.load < least.load ? candidate : least))
    share.indices.push(index)
    share.load += jobs[index]!.source.length
  }
  const results: ParsedChapter[] = new Array(jobs.length)
  const remote = shares.slice(1).map((share) => runInWorker(share.indices.map((index) => jobs[index]!)))
  for (const index of shares[0]!.indices) results[index] = parseChapter(jobs[index]!)
  const remoteResults = await Promise.all(remote)
  shares.slice(1).forEach((share, shareIndex) => {
    share.indices.forEach((jobIndex, position) => {
      results[jobIndex] = remoteResults[shareIndex]![position]!
    })
  })
  return results
}

function runInWorker(jobs: ParseJob[]): Promise<ParsedChapter[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url))
    worker.once('message', (drafts: ParsedChapter[]) => {
      resolve(drafts)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.postMessage(jobs)
  })
}
