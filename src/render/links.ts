/**
 * Links: every `link` and `linkReference` becomes an `<a>` pointing at the site's page for what the
 * model resolved it to (`Block.refs`: rule IDs, grammar productions, terms, chapters and anchors,
 * standard-library paths, URLs); render never resolves a link itself. Term definitions `[term](dfn:)` become `<dfn id="term-…">`.
 *
 * The parser turns every bracketed `[x]` into a link reference, defined or not, so a reference that
 * resolves to nothing is plain text and renders back as the literal text it was (`[label]`,
 * `[text][label]`, `[text][]`) — mdast-util-to-hast's own handler does exactly that for a reference
 * without a definition.
 *
 * To support a new kind of destination: resolve it in `src/model/resolve-reference.ts` and give it an
 * href (and a class, allowed in `sanitize-schema.ts`) in `referenceHref` / `CLASS_BY_KIND` here.
 */
import type {Element, ElementContent} from 'hast'
import type {Link, LinkReference} from 'mdast'
import {defaultHandlers, type Handlers, type State} from 'mdast-util-to-hast'
import {toString} from 'mdast-util-to-string'
import {stdLinkUrl} from '../model/resolve-reference.ts'
import {termAnchor, termSlug} from '../core/anchors.ts'
import type {Reference, ReferenceKind} from '../model/types.ts'
import type {RenderContext} from './render-context.ts'
import {destinationHref} from './urls.ts'

const CLASS_BY_KIND: Partial<Record<ReferenceKind, string>> = {
  rule: 'rule-ref',
  grammar: 'grammar-ref',
  term: 'term-ref',
  std: 'std-ref',
  chapter: 'chapter-ref',
}

/**
 * The mdast-util-to-hast handlers for links, link references and term definitions. `take` hands out the
 * model's reference of the link at a source offset (default: the chapter's, `context.references`).
 */
export function linkHandlers(
  context: Pick<RenderContext, 'chapter' | 'base' | 'definitions'> & {urls?: RenderContext['urls']},
  take: (offset: number | undefined) => Reference | undefined
): Handlers {
  const resolved = (node: Link | LinkReference): Reference | null => take(node.position?.start.offset) ?? null
  return {
    link(state: State, node: Link) {
      if (node.url.startsWith('dfn:')) return termDefinition(state, node)
      const reference = resolved(node)
      if (reference === null) return defaultHandlers.link(state, node)
      return anchor(state, node, reference, node.title ?? null)
    },
    linkReference(state: State, node: LinkReference) {
      const reference = resolved(node)
      // Unresolved and undefined: the default handler reverts it to its literal text.
      if (reference === null) return defaultHandlers.linkReference(state, node)
      return anchor(state, node, reference, context.definitions.get(node.identifier)?.title ?? null)
    },
  }

  function anchor(state: State, node: Link | LinkReference, reference: Reference, title: string | null): Element {
    const href = referenceHref(reference, context)
    const className = CLASS_BY_KIND[reference.kind]
    const children: ElementContent[] = state.all(node)
    const result: Element =
      href === null
        ? {type: 'element', tagName: 'span', properties: {className: ['unresolved']}, children}
        : {
            type: 'element',
            tagName: 'a',
            properties: {
              href,
              ...(className ? {className: [className]} : /^https?:/.test(href) ? {className: ['external']} : {}),
              ...(title !== null ? {title} : {}),
            },
            children,
          }
    state.patch(node, result)
    return result
  }
}

/**
 * Where a reference points on the site, or null when it points nowhere (rendered as text). An unresolved
 * reference has a destination only in an mdBook, whose links to a missing anchor still reach the page.
 */
export function referenceHref(reference: Reference, context: Pick<RenderContext, 'chapter' | 'base'> & {urls?: RenderContext['urls']}): string | null {
  if (reference.kind === 'url') return reference.target
  if (reference.kind === 'std') return stdLinkUrl(reference.target)
  if (reference.destination === null) return null
  return destinationHref(reference.destination, context.chapter.id, context.base, context.urls)
}

/** `[basic blocks](dfn:basic-block)` → `<dfn id="term-basic-block">basic blocks</dfn>`. */
function termDefinition(state: State, node: Link): Element {
  const slug = node.url.slice('dfn:'.length) || termSlug(toString(node))
  const result: Element = {
    type: 'element',
    tagName: 'dfn',
    properties: {id: termAnchor(slug), className: ['term-def']},
    children: state.all(node),
  }
  state.patch(node, result)
  return result
}
