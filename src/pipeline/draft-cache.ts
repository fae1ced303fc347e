/**
 * The parse cache, in the one cache (`src/cache/cache.ts`): chapter drafts (parse + per-chapter model)
 * stored by content hash, so that unchanged files are not parsed again. The key covers the
 * file's bytes, everything the draft depends on, the model's version, and specmark's code and
 * dependency versions (`codeVersion`).
 *
 * A draft is stored (and a worker sends it, `parse-job.ts`) without its clauses (`StoredDraft`): they
 * are its blocks grouped, with their texts joined and hashed (`collectClauses`), a third of the
 * Reference's 9.3 MB of drafts, and made again from the blocks in a fraction of the time their JSON
 * took to write and to read.
 */
import {cacheKey, openCache, type Cache} from '../cache/cache.ts'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {collectClauses} from '../model/clauses.ts'
import {MODEL_VERSION, type Chapter} from '../model/types.ts'

/** A draft as stored and sent: without its chapter's clauses. */
export interface StoredDraft extends Omit<ChapterDraft, 'chapter'> {
  chapter: Omit<Chapter, 'clauses'>
}

export function storedDraft(draft: ChapterDraft): StoredDraft {
  const {clauses, ...chapter} = draft.chapter
  return {...draft, chapter}
}

export function draftFromStored(stored: StoredDraft): ChapterDraft {
  return {...stored, chapter: {...stored.chapter, clauses: collectClauses(stored.chapter.blocks)}}
}

/** The cache key of one chapter: its bytes and every input of `buildChapter`. */
export function draftKey(source: string, inputs: unknown): string {
  return cacheKey(`model ${MODEL_VERSION}`, JSON.stringify(inputs), source)
}

/**
 * Opens the parse cache of the spec at `root`, or a no-op cache when disabled. `set`'s text, where
 * given, is the stored draft's JSON (`storedDraft`).
 */
export function openDraftCache(root: string, enabled: boolean): Cache<ChapterDraft> {
  const stored = openCache<StoredDraft>(root, 'drafts', enabled)
  return {
    get(key) {
      const found = stored.get(key)
      return found === null ? null : draftFromStored(found)
    },
    has: (key) => stored.has(key),
    set: (key, draft, text) => stored.set(key, storedDraft(draft), text),
    hold: (key, draft) => stored.hold(key, storedDraft(draft)),
  }
}
