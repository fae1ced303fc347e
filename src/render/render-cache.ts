/**
 * The render cache: each chapter's rendered blocks stored by a key covering everything its HTML depends
 * on — the chapter's bytes, its model (whose resolved references say where every link goes, in this or
 * any other chapter), the productions its grammar blocks link to, the site's base path, and a
 * fingerprint of specmark's parse, model, grammar and render code. An author who edits one chapter
 * re-renders that chapter only; moving a rule re-renders the chapters that link to it.
 *
 * Entries live next to the parse cache (`node_modules/.cache/specmark/render/`, or under
 * `SPECMARK_CACHE_DIR`); `--no-cache` and `SPECMARK_CACHE=0` disable it. A corrupt or unreadable entry
 * is a miss, never an error.
 */
import {createHash} from 'node:crypto'
import {MODEL_VERSION} from '../model/types.ts'
import type {ChapterRenderInput, RenderedChapterBody} from './render-chapter.ts'
import {codeFingerprint as sharedFingerprint, openJsonCache, type JsonCache} from '../pipeline/json-cache.ts'
import {RENDERED_FORMAT} from './types.ts'

/** Folders whose code decides what a rendered chapter contains. */
const FINGERPRINTED = ['parse', 'model', 'grammar', 'render']

const codeFingerprint = (): string => sharedFingerprint(FINGERPRINTED, `${MODEL_VERSION}/${RENDERED_FORMAT}`)

/** The cache key of one chapter's rendering: everything its input holds but the tree, and the source the tree is of. */
export function renderKey(input: ChapterRenderInput, source: string): string {
  const {tree: _tree, ...rest} = input
  return createHash('sha256').update(codeFingerprint()).update('\0').update(JSON.stringify(rest)).update('\0').update(source).digest('hex')
}

export type RenderCache = JsonCache<RenderedChapterBody>

/** Opens the render cache, or a no-op cache when disabled. */
export function openRenderCache(enabled: boolean): RenderCache {
  return openJsonCache<RenderedChapterBody>('render', enabled)
}
