/**
 * Core: the HTML anchor of a rule ID's paragraph, `r-expr.if.intro`, as mdbook-spec writes it. Every
 * page, link, export and resolver that points at a paragraph takes its anchor from here.
 */
export function anchorFor(ruleId: string): string {
  return `r-${ruleId}`
}

/** The rule ID an anchor made by `anchorFor` names, or null for any other anchor. */
export function ruleIdOfAnchor(anchor: string): string | null {
  return anchor.startsWith('r-') ? anchor.slice(2) : null
}

/**
 * Anchors. Heading anchors follow mdBook's algorithm so that links written for an mdBook
 * (`items/modules.md#attributes-on-modules`) resolve unchanged: the heading's text (what the rendered
 * heading shows: inline HTML tags and code markers do not count) trimmed and lowercased, keeping
 * alphanumerics, `_` and `-`, whitespace as `-`, dropping everything else; `section` when nothing is
 * left. A generated anchor already used on the page gets `-1`, `-2`… (the first free one). Explicit
 * anchors (`## Title {#id}`) are taken as written and do not count.
 * <https://github.com/rust-lang/mdBook/blob/641d06ab/crates/mdbook-html/src/utils.rs#L58-L100>
 */

/** mdBook's `id_from_content`. */
export function slugify(text: string): string {
  let slug = ''
  for (const ch of text.trim().toLowerCase()) {
    if (/[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}_-]/u.test(ch)) slug += ch
    else if (/\s/u.test(ch)) slug += '-'
  }
  return slug === '' ? 'section' : slug
}

/** Hands out unique anchors for one page, as mdBook's `unique_id` does over `id_from_content`. */
export function createAnchorAllocator(): (text: string) => string {
  const used = new Set<string>()
  return (text) => {
    const base = slugify(text)
    let id = base
    for (let counter = 1; used.has(id); counter++) id = `${base}-${counter}`
    used.add(id)
    return id
  }
}

/** The anchor of a grammar production. */
export function productionAnchor(name: string): string {
  return `grammar-${name}`
}

/** A term's slug: its text in lowercase, whitespace runs as `-`. */
export function termSlug(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-')
}

/** The anchor of a term's definition. */
export function termAnchor(slug: string): string {
  return `term-${slug}`
}

/**
 * The id an anchor has on the page. Content ids that could clobber a script's globals keep the
 * sanitizer's prefix (`src/render/sanitize-schema.ts`): a heading `__init__` or `Coverage` (the site's own
 * `coverage`) is `user-content-__init__`, `user-content-coverage` on the page. Links the site writes use
 * this; a reader arriving with the bare name is sent on by `site/scripts/prefixed-anchors.ts`.
 */
export function pageAnchor(anchor: string): string {
  return isHarmlessId(anchor) ? anchor : `${CLOBBER_PREFIX}${anchor}`
}

/** The prefix the sanitizer gives clobbering attributes (rehype-sanitize's default). */
export const CLOBBER_PREFIX = 'user-content-'

/**
 * Ids the site's own layouts and scripts use (`site/`); a page's content never gets them bare. A test
 * (test/render/sanitize.test.ts) keeps this list in step with `site/`.
 */
export const SITE_IDS = new Set([
  'content', 'sidebar', 'cite-as', 'coverage', 'uncovered', 'citations-input', 'citations-target',
  'search-dialog', 'search-input', 'search-results', 'search-status', 'search-part', 'search-team', 'search-more',
  'site-outline', 'citation-errors', 'suspects', 'covered',
])

/** Whether an id may stay as written on a page (why: `src/render/sanitize-schema.ts`). */
export function isHarmlessId(id: string): boolean {
  if (id === '' || SITE_IDS.has(id)) return false
  // Not a JavaScript identifier (`r-expr.if`, `grammar-IfExpression`): no script property has that name.
  if (!/^[A-Za-z_$][\w$]*$/.test(id)) return true
  // Lowercase words, snake_case included: mdBook's heading ids (`no_mangle`, `valist_` from `VaList<'_>`)
  // must stay as written for links to them; no script global is spelt so (camelCase and `_x` are).
  return /^[a-z][a-z0-9_]*$/.test(id)
}

