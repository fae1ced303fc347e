/**
 * Rendering on every core: a cold render of a large specification is dominated by syntax highlighting
 * and HTML work, so large batches are shared with the worker pool (`src/workers/pool.ts`); small ones
 * (a dev save, a test) render here, where starting a worker and its highlighter costs more than it saves.
 */
import {runEach} from '../workers/pool.ts'
import type {RenderedChapterBody} from './render-chapter.ts'
import {renderChapterJob, type PooledRender} from './render-job.ts'
import {PARALLEL_THRESHOLD, RENDER_MODULE} from './render-warmup.ts'

const RENDER_TASK = {module: RENDER_MODULE, name: 'renderChapterJob', local: renderChapterJob}

/**
 * Renders every chapter, each kept in the render cache by the thread that rendered it; results are in
 * input order. `besides`: cores the command's other work keeps busy meanwhile (`RunOptions`).
 */
export function renderAll(jobs: PooledRender[], besides = 0): Promise<RenderedChapterBody[]> {
  return runEach(RENDER_TASK, jobs, {size: ({input}) => input.chapter.blocks.length, threshold: PARALLEL_THRESHOLD, besides, describe: ({input}) => input.chapter.file})
}
