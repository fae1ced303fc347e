/**
 * The render cache, in the one cache (`src/cache/cache.ts`): each chapter's rendered blocks stored by a
 * key covering everything its HTML depends on, taken from the chapter's inputs rather than from its
 * (large) model: what its tree and per-chapter model were parsed from (`ChapterTrees.key`: its bytes, its
 * includes, its listing entry), where each of its links resolves, its clauses' hashes (which follow
 * registry renames), the productions its grammar blocks link to, the site's base path and URL scheme,
 * and specmark's code and dependency versions. An author who edits one chapter re-renders that chapter
 * only; moving a rule re-renders the chapters that link to it.
 */
import {cacheKey, openCache, type Cache} from '../cache/cache.ts'
import {MODEL_VERSION} from '../model/types.ts'
import {resolution} from '../model/resolve-reference.ts'
import type {ChapterRenderInput, RenderedChapterBody} from './render-chapter.ts'
import {RENDERED_FORMAT} from './types.ts'

/**
 * The cache key of one chapter's rendering. The chapter model is a function of what it was parsed from
 * (`treeKey`), the resolution of its links and the registry's renames (its clause hashes); only those
 * two are read from it.
 */
export function renderKey(input: Omit<ChapterRenderInput, 'tree'>, treeKey: string): string {
  const {chapter, grammar, productions, base, urls, hidelines, playground, math, mermaid} = input
  const resolved = chapter.blocks.map((block) => block.refs.map(resolution))
  const clauses = chapter.clauses.map((clause) => `${clause.hash} ${clause.informativeHash ?? ''}`)
  // The grammar lists are shared by every chapter with grammar (megabytes on the Reference): serialized once.
  return cacheKey(`model ${MODEL_VERSION} rendered ${RENDERED_FORMAT}`, treeKey, JSON.stringify({resolved, clauses, base, urls: urls ?? null, hidelines: hidelines ?? {}, playground: playground ?? null, math: math ?? false, mermaid: mermaid ?? false}), serializedOnce(grammar), serializedOnce(productions))
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

/** The render cache's name in the one cache (its folder). */
export const RENDER_CACHE = 'render'

/** Opens the render cache of the spec at `root`, or a no-op cache when disabled. */
export function openRenderCache(root: string, enabled: boolean): Cache<RenderedChapterBody> {
  return openCache<RenderedChapterBody>(root, RENDER_CACHE, enabled, {encoding: 'v8'})
}

