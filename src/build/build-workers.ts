/**
 * The worker threads a build's render and pages may use: the pool's (`workerCount`) but for the core
 * that pagefind's process takes while it indexes alongside them (`startSearch`), unless the render is
 * large. On two cores that is none for a book the Reference's size: the build runs on its own thread
 * and the index on the other core. A worker there only competed with pagefind, and paid its own start-up
 * (its modules loaded again, its JIT warmed up again, a heap of its own to collect): interleaved cold
 * builds of the Reference (5,541 blocks) on two cores took 7.5–8.7 s of CPU with a render and a pages
 * worker against 6.0–6.4 s without, in the same 4.3–4.9 s. A large render repays that start-up (about a
 * second of CPU) many times over, and pagefind needs about an eighth of a build's CPU, not a whole core:
 * the generated 4× Reference (22,164 blocks) took 3.77× the 1×'s time on one thread (18.6 s, 25.4 s of
 * CPU), 2.71× with workers (14.3 s, 25.0 s of CPU).
 * Light, so that the command can ask before it loads the build.
 */
import type {Model} from '../pipeline/assemble-model.ts'
import {workerCount} from '../workers/pool.ts'

/** Cores a build's own other work keeps busy while it renders a book of the Reference's size: pagefind's process. */
export const SEARCH_CORES = 1

/** From this many blocks (about twice the Reference), a build's render and pages use every free core. */
export const LARGE_RENDER_BLOCKS = 12_000

/** The cores a build of `blocks` blocks leaves to pagefind's process while it renders (`SEARCH_CORES`, or none for a large render). */
export function searchCores(blocks: number): number {
  return blocks >= LARGE_RENDER_BLOCKS ? 0 : SEARCH_CORES
}

/**
 * How many workers a build's render and pages use, for a book of `blocks` blocks (unknown before the
 * parse: then as for a book of the Reference's size). `SPECMARK_WORKERS`, set, decides alone.
 */
export function buildWorkers(blocks = 0): number {
  return workerCount({besides: searchCores(blocks)})
}

/** How many blocks the model's chapters have: what decides a build's workers. */
export function blockCount(model: Pick<Model, 'spec'>): number {
  return model.spec.chapters.reduce((sum, chapter) => sum + chapter.blocks.length, 0)
}
