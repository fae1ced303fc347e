/**
 * The render cache, in the one cache (`src/cache/cache.ts`): each chapter's rendered blocks stored by a
 * key covering everything its HTML depends on — the chapter's bytes, its model (whose resolved
 * references say where every link goes, in this or any other chapter), the productions its grammar
 * blocks link to, the site's base path, and specmark's code and dependency versions. An author who edits
 * one chapter re-renders that chapter only; moving a rule re-renders the chapters that link to it.
 */
import {cacheKey, openCache, type Cache} from '../cache/cache.ts'
import {MODEL_VERSION} from '../model/types.ts'
import type {ChapterRenderInput, RenderedChapterBody} from './render-chapter.ts'
import {RENDERED_FORMAT} from './types.ts'

/** The cache key of one chapter's rendering: everything its input holds but the tree, and the source the tree is of. */
export function renderKey(input: ChapterRenderInput, source: string): string {
  const {tree: _tree, grammar, productions, ...rest} = input
  // The grammar lists are shared by every chapter with grammar (megabytes on the Reference): serialized once.
  return cacheKey(`model ${MODEL_VERSION} rendered ${RENDERED_FORMAT}`, JSON.stringify(rest), serializedOnce(grammar), serializedOnce(productions), source)
}

const serialized = new WeakMap<object, string>()

/** `JSON.stringify` of a value the model never modifies, computed once per value. */
function serializedOnce(value: object): string {
  let text = serialized.get(value)
  if (text === undefined) {
    text = JSON.stringify(value)
    serialized.set(value, text)
  }
  return text
}

/** Opens the render cache of the spec at `root`, or a no-op cache when disabled. */
export function openRenderCache(root: string, enabled: boolean): Cache<RenderedChapterBody> {
  return openCache<RenderedChapterBody>(root, 'render', enabled)
}
