/**
 * Parsing on every core: markdown parsing dominates a cold run (micromark manages about 0.6 MB/s on one
 * core), so large batches are shared with the worker pool (`src/workers/pool.ts`). Small batches are
 * parsed here, where starting a worker would cost more than it saves.
 */
import {runEach} from '../workers/pool.ts'
import {parseChapter, type ParseJob, type ParsedChapter} from './parse-job.ts'

/** Below this much markdown (bytes), a worker's start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 256 * 1024

const PARSE_TASK = {module: new URL('./parse-job.ts', import.meta.url), name: 'parseChapter', local: parseChapter}

/** Parses and models every job; results are in job order. */
export function parseAll(jobs: ParseJob[]): Promise<ParsedChapter[]> {
  return runEach(PARSE_TASK, jobs, {size: (job) => job.source.length, threshold: PARALLEL_THRESHOLD, describe: (job) => job.entry.file})
}
