/**
 * Starting the render's worker threads ahead of the render: each loads the renderer (unified, shiki and
 * its grammars: about a second of CPU a thread), so a cold build has them load while this thread checks
 * the model and starts the search index, instead of after. Apart from `render-pool.ts` so that asking
 * for it does not load the renderer on this thread too.
 */
import fs from 'node:fs'
import path from 'node:path'
import {cacheDir} from '../cache/cache.ts'
import type {Chapter} from '../model/types.ts'
import {prepare} from '../workers/pool.ts'
import {RENDER_CACHE} from './render-cache.ts'

/** Below this many blocks, a worker's start-up costs more than it saves (and a render stays on this thread). */
export const PARALLEL_THRESHOLD = 1500

/** The module the render's workers run (`renderChapterJob`). */
export const RENDER_MODULE = new URL('./render-job.ts', import.meta.url)

/**
 * Starts the `workers` threads a render of every chapter would use, when every chapter will render: the
 * specification is large enough for workers, and no chapter is in the render cache (`caching` off, or
 * the spec's cache has no rendered chapters). A build that renders a few chapters again starts none.
 */
export function prepareRender(root: string, chapters: ReadonlyArray<Pick<Chapter, 'blocks'>>, caching: boolean, workers: number): void {
  if (!rendersCold(root, caching)) return
  if (chapters.reduce((sum, chapter) => sum + chapter.blocks.length, 0) >= PARALLEL_THRESHOLD) prepare({module: RENDER_MODULE}, workers)
}

/** Whether every chapter of the spec at `root` renders: caching is off, or its cache has no rendered chapters. */
export function rendersCold(root: string, caching: boolean): boolean {
  return !caching || !fs.existsSync(path.join(cacheDir(root), RENDER_CACHE))
}
