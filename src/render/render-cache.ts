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
import {MODEL_VERSION, type Chapter, type Production} from '../model/types.ts'
import type {RenderedChapterBody} from './render-chapter.ts'
import {codeFingerprint as sharedFingerprint, openJsonCache, type JsonCache} from '../pipeline/json-cache.ts'
import {RENDERED_FORMAT} from './types.ts'

/** Folders whose code decides what a rendered chapter contains. */
const FINGERPRINTED = ['parse', 'model', 'grammar', 'render']

const codeFingerprint = (): string => sharedFingerprint(FINGERPRINTED, `${MODEL_VERSION}/${RENDERED_FORMAT}`)

/**
 * What a chapter's grammar rendering depends on beyond the chapter: where each production lives (for
 * grammar blocks) or every production in full (for the grammar summary). Empty for chapters with neither.
 */
export function grammarDependencies(chapter: Chapter, grammar: Production[]): string {
  const summary = chapter.blocks.some((block) => block.type === 'paragraph' && /^\{\{\s*grammar-summary\s*\}\}$/.test(block.text))
  if (summary) return JSON.stringify(grammar.map((production) => [production.name, production.chapter, production.category, production.source]))
  if (!chapter.blocks.some((block) => block.type === 'grammar')) return ''
  return JSON.stringify(grammar.map((production) => [production.name, production.chapter]))
}

/** The cache key of one chapter's rendering. */
export function renderKey(chapter: Chapter, source: string, grammar: Production[], base: string): string {
  return createHash('sha256')
    .update(codeFingerprint())
    .update('\0')
    .update(base)
    .update('\0')
    .update(grammarDependencies(chapter, grammar))
    .update('\0')
    .update(JSON.stringify(chapter))
    .update('\0')
    .update(source)
    .digest('hex')
}

export type RenderCache = JsonCache<RenderedChapterBody>

/** Opens the render cache, or a no-op cache when disabled. */
export function openRenderCache(enabled: boolean): RenderCache {
  return openJsonCache<RenderedChapterBody>('render', enabled)
}
