/**
 * The render task as the pool runs it (`render-pool.ts`), on whichever thread: a chapter rendered, and —
 * when the cache is on — kept in the render cache by the thread that rendered it, beside the main thread's
 * work instead of after it (writing the Reference's rendered chapters took the main thread 0.2-0.3 s
 * after the render).
 */
import {openRenderCache} from './render-cache.ts'
import {renderChapter, type ChapterRenderInput, type RenderedChapterBody} from './render-chapter.ts'

/** A chapter to render, and where to keep the result: the render cache of the project at `root`, under `key`. */
export interface PooledRender {
  input: ChapterRenderInput
  store: {root: string; key: string} | null
}

/** Renders the chapter and keeps it (`store`). */
export function renderChapterJob({input, store}: PooledRender): RenderedChapterBody {
  const body = renderChapter(input)
  if (store) openRenderCache(store.root, true).set(store.key, body)
  return body
}
