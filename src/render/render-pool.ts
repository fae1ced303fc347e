/**
 * Rendering on every core: a cold render of a large specification is dominated by markdown parsing and
 * syntax highlighting, so large batches are split between this thread and worker threads (like the parse
 * pool in `src/pipeline/parse-pool.ts`). Small batches render here, where starting a worker (and its
 * highlighter) would cost more than it saves.
 */
import os from 'node:os'
import {Worker} from 'node:worker_threads'
import type {LinkIndex} from '../model/resolve-reference.ts'
import type {Chapter, Production} from '../model/types.ts'
import {renderChapter, type RenderedChapterBody} from './render-chapter.ts'

/** Below this much markdown (bytes), a worker's start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 192 * 1024

/** A worker's start-up, as a fraction of the whole batch's size (measured on the Reference). */
const WORKER_HANDICAP = 0.1

export interface RenderJob {
  chapter: Chapter
  source: string
}

/** What every job shares; sent to each worker once. */
export interface RenderShared {
  index: LinkIndex
  grammar: Production[]
  base: string
}

export interface WorkerRequest {
  shared: RenderShared
  jobs: RenderJob[]
}

/** Renders every job; results are in job order. */
export async function renderAll(jobs: RenderJob[], shared: RenderShared): Promise<RenderedChapterBody[]> {
  const total = jobs.reduce((sum, job) => sum + job.source.length, 0)
  const workers = Math.min(os.availableParallelism() - 1, 3)
  if (total < PARALLEL_THRESHOLD || workers < 1) return jobs.map((job) => renderChapter({...job, ...shared}))

  // Deal the jobs, largest first, to the least-loaded share; share 0 stays on this thread. A worker
  // starts with a handicap: loading the renderer and its highlighter takes it a few hundred ms.
  const shares: Array<{load: number; indices: number[]}> = Array.from({length: workers + 1}, (_, share) => ({load: share === 0 ? 0 : total * WORKER_HANDICAP, indices: []}))
  const order = jobs.map((_, index) => index).sort((a, b) => jobs[b]!.source.length - jobs[a]!.source.length)
  for (const index of order) {
    const share = shares.reduce((least, candidate) => (candidate.load < least.load ? candidate : least))
    share.indices.push(index)
    share.load += jobs[index]!.source.length
  }
  const results: RenderedChapterBody[] = new Array(jobs.length)
  const remote = shares.slice(1).map((share) => runInWorker({shared, jobs: share.indices.map((index) => jobs[index]!)}))
  for (const index of shares[0]!.indices) results[index] = renderChapter({...jobs[index]!, ...shared})
  const remoteResults = await Promise.all(remote)
  shares.slice(1).forEach((share, shareIndex) => {
    share.indices.forEach((jobIndex, position) => {
      results[jobIndex] = remoteResults[shareIndex]![position]!
    })
  })
  return results
}

function runInWorker(request: WorkerRequest): Promise<RenderedChapterBody[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url))
    worker.once('message', (bodies: RenderedChapterBody[] | {error: string}) => {
      void worker.terminate()
      if (Array.isArray(bodies)) resolve(bodies)
      else reject(new Error(bodies.error))
    })
    worker.once('error', reject)
    worker.postMessage(request)
  })
}
