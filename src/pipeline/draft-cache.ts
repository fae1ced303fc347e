/**
 * The parse cache, in the one cache (`src/cache/cache.ts`): chapter drafts (parse + per-chapter model)
 * stored by content hash, so that unchanged files are not parsed again. The key covers the
 * file's bytes, everything the draft depends on, the model's version, and specmark's code and
 * dependency versions (`codeVersion`).
 */
import type {Root} from 'mdast'
import {cacheKey, openCache, type Cache} from '../cache/cache.ts'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {MODEL_VERSION} from '../model/types.ts'

/** The cache key of one chapter: its bytes and every input of `buildChapter`. */
export function draftKey(source: string, inputs: unknown): string {
  return cacheKey(`model ${MODEL_VERSION}`, JSON.stringify(inputs), source)
}

/** Opens the parse cache of the spec at `root`, or a no-op cache when disabled. */
export function openDraftCache(root: string, enabled: boolean): Cache<ChapterDraft> {
  return openCache<ChapterDraft>(root, 'drafts', enabled)
}
