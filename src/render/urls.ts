/**
 * The site's URL scheme, in one place: a chapter `expressions/if-expr` lives at `<base>expressions/if-expr/`,
 * a rule at `<chapter page>#r-<id>`, and every rule has a permanent URL `<base>id/<id>/`. Links inside a
 * page to the same page are bare `#anchor`s, so that a page works wherever it is opened from.
 *
 * To change the scheme: change it here only; the renderer, the search records and the Astro pages all
 * derive their URLs from these functions.
 */
import type {Destination} from '../model/types.ts'

/** First path segments the site itself uses; a chapter whose id starts with one moves under `chapter/`. */
const RESERVED = new Set(['id', 'v', 'citations', 'pagefind', '_astro', 'chapter', 'ids.json', '404', 'index'])

/** Normalizes a base path to `/…/` form (`''`, `'/'` and `'docs'` give `/`, `/`, `/docs/`). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/** The page path of a chapter relative to the base, with a trailing slash. */
export function chapterPath(chapterId: string): string {
  const first = chapterId.split('/')[0]!
  return RESERVED.has(first) ? `chapter/${chapterId}/` : `${chapterId}/`
}

/** The permanent path of a rule ID relative to the base: `id/<id>/`. */
export function idPath(ruleId: string): string {
  return `id/${ruleId}/`
}

/** The href of a destination as seen from a page of chapter `from`. */
export function destinationHref(destination: Destination, from: string, base: string): string {
  const fragment = destination.anchor === '' ? '' : `#${destination.anchor}`
  if (destination.chapter === from && fragment !== '') return fragment
  return `${base}${chapterPath(destination.chapter)}${fragment}`
}
