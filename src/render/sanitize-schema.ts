/**
 * What HTML may reach a page: GitHub's sanitation (rehype-sanitize's default schema) plus the few
 * elements, classes and attributes the renderer itself produces. Raw HTML written in markdown goes
 * through the same schema, so no `<script>`, no event handler (`onerror=`), no `style` and no
 * `javascript:` URL survives, while the Reference's `<sup>`, `<abbr title>` and `<span id>` anchors do.
 *
 * Ids are kept as written (no `user-content-` prefix) because chapters link to them: `#r-expr.if`,
 * heading slugs, and anchors such as `<a id="object-safety">` that other chapters point at.
 *
 * To let the renderer produce a new class: add it to the element's list below. Never allow `style`,
 * `on*` attributes or new URL protocols here; trusted markup (syntax highlighting, rule margins) is added
 * after sanitation instead.
 */
import {defaultSchema, type Options as Schema} from 'rehype-sanitize'

const defaults = defaultSchema.attributes ?? {}

type AttributeList = NonNullable<Schema['attributes']>[string]

/** The default attributes of `tagName` plus `extra`, with the allowed class names merged into one entry. */
function allow(tagName: string, classes: string[], extra: AttributeList = []): AttributeList {
  const own = defaults[tagName] ?? []
  const defaultClasses = own.flatMap((entry) => (Array.isArray(entry) && entry[0] === 'className' ? (entry.slice(1) as string[]) : []))
  const rest = own.filter((entry) => !(Array.isArray(entry) && entry[0] === 'className'))
  return [...rest, ...extra, ['className', ...defaultClasses, ...classes]]
}

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'dfn', 'mark', 'small', 'cite', 'u'],
  attributes: {
    ...defaults,
    a: allow('a', ['rule-ref', 'grammar-ref', 'grammar-name', 'term-ref', 'std-ref', 'chapter-ref', 'external', 'heading-anchor', 'unresolved']),
    div: allow(
      'div',
      ['admonition', 'note', 'example', 'warning', 'edition', 'target', 'tip', 'important', 'caution', 'other', 'code-block', 'grammar', 'data-view', 'directive'],
      ['dataView', 'dataKind']
    ),
    p: allow('p', ['admonition-title', 'directive-note']),
    pre: allow('pre', ['grammar-text']),
    span: allow('span', ['parenthetical', 'code-flag', 'grammar-name', 'unresolved']),
    dfn: allow('dfn', ['term-def']),
  },
}
