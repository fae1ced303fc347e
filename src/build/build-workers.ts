/**
 * The worker threads a build's render and pages may use: the pool's (`workerCount`) but for the core
 * that pagefind's process takes while it indexes alongside them (`startSearch`). On two cores that is
 * none: the build runs on its own thread and the index on the other core. A worker there only competed
 * with pagefind, and paid its own start-up (its modules loaded again, its JIT warmed up again, a heap of
 * its own to collect): interleaved cold builds of the Reference on two cores took 7.5–8.7 s of CPU with
 * a render and a pages worker against 6.0–6.4 s without, in the same 4.3–4.9 s. Light, so that the
 * command can ask before it loads the build.
 */
import {workerCount} from '../workers/pool.ts'

/** Cores a build's own other work keeps busy while it renders: pagefind's process. */
export const SEARCH_CORES = 1

/** How many workers a build's render and pages use (`SPECMARK_WORKERS`, set, decides alone). */
export function buildWorkers(): number {
  return workerCount({besides: SEARCH_CORES})
}
