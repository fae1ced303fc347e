/**
 * Rendering on every core: a cold render of a large specification is dominated by syntax highlighting
 * and HTML work, so large batches are shared with the worker pool (`src/workers/pool.ts`); small ones
 * (a dev save, a test) render here, where starting a worker and its highlighter costs more than it saves.
 */
import {runEach} from '../workers/pool.ts'
import {renderChapterHere, type PooledRender, type PooledRendered} from './render-job.ts'
import {PARALLEL_THRESHOLD, RENDER_MODULE} from './render-warmup.ts'

const RENDER_TASK = {module: RENDER_MODULE, name: 'renderChapterJob', local: renderChapterHere}

/** Renders every chapter; results are in input order, each saying whether a worker kept it in the cache. */
export function renderAll(jobs: PooledRender[]): Promise<PooledRendered[]> {
  return runEach(RENDER_TASK, jobs, {size: ({input}) => input.chapter.blocks.length, threshold: PARALLEL_THRESHOLD, describe: ({input}) => input.chapter.file})
}
