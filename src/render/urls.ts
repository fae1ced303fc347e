/**
 * The site's URL scheme, in one place: a chapter `expressions/if-expr` lives at `<base>expressions/if-expr/`,
 * a rule at `<chapter page>#r-<id>`, and every rule has a permanent URL `<base>id/<id>/`. Links inside a
 * page to the same page are bare `#anchor`s, so that a page works wherever it is opened from.
 *
 * To change the scheme: change it here only; the renderer, the search records and the Astro pages all
 * derive their URLs from these functions.
 */
import type {UrlScheme} from '../config/schema.ts'
import type {Destination} from '../model/types.ts'
import {pageAnchor} from '../core/anchors.ts'
import {InputError} from '../diagnostics/diagnostic.ts'

/**
 * Every top-level name the site itself publishes: its generated pages (`site/pages/`), its static files
 * (`site/public/`), the search index, the bundled scripts and styles, the exports, and `chapter`, the
 * folder chapters move to. A chapter whose URL would start with one of these (compared without case: a
 * case-insensitive disk would merge `Glossary/` and `glossary/`) is published under `chapter/` instead, so
 * a chapter and a generated page can never have the same URL: generated pages keep the URLs they have
 * always had, and `chapter/<id>` is taken by nothing else because `chapter` is itself on the list. A test
 * holds this list to the top-level entries of `site/pages/` and `site/public/` and of a built site.
 */
export const GENERATED_NAMES: ReadonlySet<string> = new Set([
  // site/pages/
  '404', '404.html', 'authoring-guide', 'changes', 'citations', 'glossary', 'id', 'ids.json', 'index', 'index.html', 'nav.json', 'print', 'search', 'traceability', 'v',
  // site/public/, pagefind, Astro's bundle, the exports (EXPORTS_PATH), chapters moved aside
  'favicon.svg', 'pagefind', '_astro', 'exports', 'chapter',
])

/** Whether chapter `chapterId` (published at `<chapterId>/`, or `<chapterId>.html`) must move under `chapter/`. */
function takesGeneratedName(chapterId: string, scheme: UrlScheme): boolean {
  const segments = chapterId.toLowerCase().split('/')
  const first = segments[0]!
  // `<id>.html` files sit beside the generated folders; only the generated files and a place inside a
  // generated folder (`glossary/index.html`) can collide.
  if (scheme === 'html') return segments.length > 1 ? GENERATED_NAMES.has(first) : GENERATED_NAMES.has(`${first}.html`)
  return GENERATED_NAMES.has(first)
}

/** Normalizes a base path to `/…/` form (`''`, `'/'` and `'docs'` give `/`, `/`, `/docs/`). */
export function normalizeBase(base: string | undefined): string {
  const problem = baseProblem(base ?? '/')
  if (problem) throw new InputError(`\`--base ${(base ?? '').slice(0, 60)}\`: ${problem}`)
  const trimmed = (base ?? '/').replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '/' : `/${trimmed}/`
}

/**
 * Why `base` is not a URL path the site can be served under, or null when it is: path segments of
 * letters, digits and `-._~` only, no `.`/`..` segment. The base is written into every page's links,
 * scripts and styles, so anything else (quotes, `<`, a scheme, `//host`) could inject markup or send
 * readers elsewhere.
 */
export function baseProblem(base: string): string | null {
  if (base.length > 200) return 'expected a URL path of at most 200 characters'
  const segments = base.split('/').filter((segment) => segment !== '')
  if (base.startsWith('//')) return 'expected a path on this site, not `//host`'
  for (const segment of segments) {
    if (!/^[A-Za-z0-9._~-]+$/.test(segment)) return `expected a URL path of letters, digits, \`-\`, \`.\`, \`_\` and \`~\` (like \`/docs/spec/\`), found \`${segment.slice(0, 40)}\``
    if (segment === '.' || segment === '..') return 'expected a URL path without `.` or `..` segments'
  }
  return null
}

/**
 * The page path of a chapter relative to the base: `chapter/` (a folder with a trailing slash), or, in
 * the `html` scheme, `chapter.html` as mdBook publishes it, so that every published URL and every
 * relative link of the book (`../std/…`, `images/x.png`) keeps the meaning it has in mdBook's output.
 */
export function chapterPath(chapterId: string, scheme: UrlScheme = 'directories'): string {
  // mdBook's `index` preprocessor publishes `README.md` chapters as `index.html`.
  if (scheme === 'html') chapterId = chapterId.replace(/(^|\/)readme$/i, '$1index')

  const id = takesGeneratedName(chapterId, scheme) ? `chapter/${chapterId}` : chapterId
  return scheme === 'html' ? `${id}.html` : `${id}/`
}

/** The permanent path of a rule ID relative to the base: `id/<id>/`. */
export function idPath(ruleId: string): string {
  return `id/${ruleId}/`
}

/** The href of a destination as seen from a page of chapter `from`. */
export function destinationHref(destination: Destination, from: string, base: string, scheme: UrlScheme = 'directories'): string {
  const fragment = destination.anchor === '' ? '' : `#${pageAnchor(destination.anchor)}`
  if (destination.chapter === from && fragment !== '') return fragment
  return `${base}${chapterPath(destination.chapter, scheme)}${fragment}`
}
