/**
 * What HTML may reach a page: GitHub's sanitation (rehype-sanitize's default schema) plus the few
 * elements, classes and attributes the renderer itself produces. Raw HTML written in markdown goes
 * through the same schema, so no `<script>`, no event handler (`onerror=`), no `style` and no
 * `javascript:` URL survives, while the Reference's `<sup>`, `<abbr title>` and `<span id>` anchors do.
 *
 * DOM clobbering: an element's `id` becomes a property of `window`, and an `<img name=…>` or `<form
 * name=…>` one of `document`, shadowing what page scripts use (`<img name="querySelectorAll">`,
 * `<span id="search-dialog">`, `<a id="__pwned">`). So the sanitizer prefixes every `id`, `name` and
 * `aria-*by` with `user-content-`, and `unclobber` (after it) takes the prefix off again where the bare
 * value cannot clobber anything, so that `#r-expr.if`, heading slugs and anchors such as
 * `<a id="object-safety">` that other chapters point at keep working: an id that is not one of the
 * site's own (`SITE_IDS`) and is either no JavaScript identifier at all (`object-safety`: no script
 * property has such a name) or a lowercase word (`syntax`: the browser names a window property could
 * shadow are camelCase — `addEventListener` — and the site's scripts read no undefined globals). `_x`,
 * `$x` and camelCase ids, and every `name`, keep the prefix (`isHarmlessId`, `src/core/anchors.ts`, where
 * every link the site writes to an anchor takes the id it has on the page from: `pageAnchor`).
 *
 * To let the renderer produce a new class: add it to the element's list below. Never allow `style`,
 * `on*` attributes or new URL protocols here; trusted markup (syntax highlighting, rule margins) is added
 * after sanitation instead.
 */
import {defaultSchema, type Options as Schema} from 'rehype-sanitize'
import {CLOBBER_PREFIX, isHarmlessId} from '../core/anchors.ts'

const defaults = defaultSchema.attributes ?? {}

type AttributeList = NonNullable<Schema['attributes']>[string]

/**
 * The classes mdBook's stylesheet gives raw HTML, on any element: `hidden` (not shown) and `left` and
 * `right` (floated), as its guide documents them ("HTML classes provided by mdBook").
 */
const MDBOOK_CLASSES = ['hidden', 'left', 'right']

/** The default attributes of `tagName` plus `extra`, with the allowed class names (mdBook's too) merged into one entry. */
function allow(tagName: string, classes: Array<string | RegExp>, extra: AttributeList = []): AttributeList {
  const own = defaults[tagName] ?? []
  const defaultClasses = own.flatMap((entry) => (Array.isArray(entry) && entry[0] === 'className' ? (entry.slice(1) as string[]) : []))
  const rest = own.filter((entry) => !(Array.isArray(entry) && entry[0] === 'className'))
  return [...rest, ...extra, ['className', ...defaultClasses, ...classes, ...MDBOOK_CLASSES]]
}

/** mdbook-admonish's class for an admonition's directive (`admonish-info`, a book's own `admonish-sandbox`). */
const ADMONISH_CLASS = /^admonish-[\w-]+$/

const UNPREFIXABLE = ['id', 'ariaDescribedBy', 'ariaLabelledBy'] as const

/** The rehype plugin that runs after rehype-sanitize: takes the clobber prefix off harmless ids. */
export function unclobber() {
  const strip = (value: string): string => {
    const bare = value.startsWith(CLOBBER_PREFIX) ? value.slice(CLOBBER_PREFIX.length) : value
    return isHarmlessId(bare) ? bare : value
  }
  const walk = (node: {type: string; properties?: Record<string, unknown>; children?: unknown[]}): void => {
    if (node.type === 'element' && node.properties) {
      for (const key of UNPREFIXABLE) {
        const value = node.properties[key]
        if (typeof value === 'string') node.properties[key] = strip(value)
        else if (Array.isArray(value)) node.properties[key] = value.map((item) => (typeof item === 'string' ? strip(item) : item))
      }
    }
    // Text has no children (no empty array made for each text node).
    if (node.children) for (const child of node.children) walk(child as typeof node)
  }
  return (tree: unknown): void => walk(tree as Parameters<typeof walk>[0])
}

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: CLOBBER_PREFIX,
  // Beyond GitHub's: text-level elements the Reference writes, and the figures and asides mdBooks write
  // around their markdown (the Rust Book's `<figure>` and `<figcaption>`), none with an attribute of its own.
  tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'dfn', 'mark', 'small', 'cite', 'u', 'figure', 'figcaption', 'aside', 'nav', 'button'],
  attributes: {
    ...defaults,
    // mdBook's classes on elements without classes of their own (a tag's own list, below, adds them too).
    '*': [...(defaults['*'] ?? []), ['className', ...MDBOOK_CLASSES]],
    a: allow('a', ['rule-ref', 'grammar-ref', 'grammar-name', 'term-ref', 'std-ref', 'chapter-ref', 'external', 'heading-anchor', 'unresolved', 'admonition-anchor-link']),
    div: allow(
      'div',
      ['admonition', 'note', 'example', 'warning', 'edition', 'target', 'tip', 'important', 'caution', 'other', ADMONISH_CLASS, 'code-block', 'grammar', 'data-view', 'directive', 'trusted-slot', 'mdbook-tabs-container', 'mdbook-tab-content'],
      ['dataView', 'dataKind', 'dataTrusted', 'dataPlayground', 'dataEditable', 'dataLineNumbers', 'role', 'ariaLabelledBy', 'dataTabname', 'dataTabglobal']
    ),
    p: allow('p', ['admonition-title', 'directive-note']),
    // mdBook's Font Awesome icons (`<i class="fa fa-eye"></i>`), drawn after sanitation (`font-awesome.ts`).
    i: allow('i', [/^fa[a-z0-9-]*$/]),
    pre: allow('pre', ['grammar-text', 'mermaid']),
    // A code block's info string, word by word, as mdBook writes it (`language-rust ignore
    // does_not_compile`): books' own scripts and styles look for those classes (the Rust Book's Ferris).
    code: allow('code', [/^[\w-]+$/]),
    span: allow('span', ['parenthetical', 'code-flag', 'grammar-name', 'unresolved', 'trusted-slot', 'file-name'], ['dataTrusted']),
    // The Rust Book's listings (`src/parse/trpl-listing.ts`).
    figure: allow('figure', ['listing']),
    // mdbook-tabs' tabs (`src/parse/tabs.ts`): its buttons switch them, by the book's copy of its script.
    nav: allow('nav', ['mdbook-tabs']),
    button: allow('button', ['mdbook-tab', 'active'], ['dataTabname']),
    // The Rust Book's notes (`src/parse/trpl-note.ts`), with the attribute its preprocessor writes.
    section: allow('section', ['note'], ['aria-role']),
    dfn: allow('dfn', ['term-def']),
    details: allow('details', ['hidden-lines', 'grammar-railroad', 'admonition', 'note', 'example', 'warning', 'tip', 'important', 'caution', 'other', ADMONISH_CLASS], ['dataKind', 'role', 'ariaLabelledBy']),
    summary: allow('summary', ['admonition-title']),
    sub: allow('sub', ['grammar-suffix']),
    sup: allow('sup', ['grammar-footnote']),
  },
}
