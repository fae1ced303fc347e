/**
 * The parse cache: chapter drafts (parse + per-chapter model) stored by content hash, so that unchanged
 * files are not parsed again. The key covers the file's bytes, everything the draft depends on, and a
 * fingerprint of specmark's own parse and model code, so a changed parser never reads stale entries.
 *
 * Entries live in `node_modules/.cache/specmark/` of the working directory, and in memory for
 * long-running commands (see `json-cache.ts`); disable with `--no-cache` or `SPECMARK_CACHE=0`.
 */
import {createHash} from 'node:crypto'
import type {Root} from 'mdast'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {MODEL_VERSION} from '../model/types.ts'
import {codeFingerprint as sharedFingerprint, openJsonCache, type JsonCache} from './json-cache.ts'

/** Folders whose code decides what a draft contains. */
const FINGERPRINTED = ['parse', 'model', 'grammar', 'load']

const codeFingerprint = (): string => sharedFingerprint(FINGERPRINTED, String(MODEL_VERSION))

export type DraftCache = JsonCache<ChapterDraft>

/** The cache key of one chapter: its bytes and every input of `buildChapter`. */
export function draftKey(source: string, inputs: unknown): string {
  return createHash('sha256').update(codeFingerprint()).update(JSON.stringify(inputs)).update('\0').update(source).digest('hex')
}

export function cacheEnabled(option: boolean | undefined): boolean {
  if (option === false) return false
  return process.env.SPECMARK_CACHE !== '0'
}

/** Opens the parse cache, or a no-op cache when disabled. */
export function openDraftCache(enabled: boolean): DraftCache {
  return openJsonCache<ChapterDraft>('', enabled)
}

/** Opens the tree cache: each chapter's parsed tree under its draft's key, read only by render. */
export function openTreeCache(enabled: boolean): JsonCache<Root> {
  return openJsonCache<Root>('trees', enabled)
}
