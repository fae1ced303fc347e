/**
 * Anchors. Heading anchors follow mdBook's algorithm so that links written for the Reference
 * (`items/modules.md#attributes-on-modules`) resolve unchanged: keep alphanumerics, `_` and `-` (ASCII
 * letters lowercased), turn whitespace into `-`, drop everything else; repeated anchors get `-1`, `-2`…
 * <https://github.com/rust-lang/mdBook/blob/v0.4.52/src/utils/mod.rs#L75>
 */

/** mdBook's `normalize_id`. */
export function slugify(text: string): string {
  let slug = ''
  for (const ch of text.trim()) {
    if (/[\p{L}\p{N}_-]/u.test(ch)) slug += /[A-Z]/.test(ch) ? ch.toLowerCase() : ch
    else if (/\s/u.test(ch)) slug += '-'
  }
  return slug
}

/** Hands out unique anchors for one page, as mdBook's `unique_id_from_content` does. */
export function createAnchorAllocator(): (text: string) => string {
  const counts = new Map<string, number>()
  return (text) => {
    const base = slugify(text)
    const count = counts.get(base)
    counts.set(base, (count ?? 0) + 1)
    return count === undefined ? base : `${base}-${count}`
  }
}

/** The anchor of a rule's block: `r-expr.if.intro`, as mdbook-spec writes it. */
export function ruleAnchor(ruleId: string): string {
  return `r-${ruleId}`
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
