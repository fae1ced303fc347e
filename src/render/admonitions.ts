/**
 * Admonitions: a blockquote opening with `[!KIND]` becomes `<div class="admonition <family>">` with a
 * title, as mdbook-spec renders them; a plain blockquote stays a blockquote. The marker is read by the
 * parser's `readAdmonitionMarker`, so the site and `check` agree on what is an admonition.
 * <https://github.com/rust-lang/reference/blob/3b38834b/tools/mdbook-spec/src/admonitions.rs>
 *
 * To add a kind: give it a family and a title in `admonitionStyle` (the family is its CSS class: add it
 * to the `div` classes in `sanitize-schema.ts` and style it in `site/styles/content.css`).
 */
import type {Element} from 'hast'
import type {Blockquote} from 'mdast'
import {defaultHandlers, type Handlers, type State} from 'mdast-util-to-hast'
import {contentAfterMarker, readAdmonitionMarker} from '../parse/admonition.ts'

export interface AdmonitionStyle {
  /** CSS class: `note`, `example`, `warning`, `edition`, `target`, or `other`. */
  family: string
  title: string
}

/** The class and title of a kind: `EDITION-2024` → `{family: 'edition', title: '2024 Edition differences'}`. */
export function admonitionStyle(kind: string): AdmonitionStyle {
  const edition = /^EDITION-(\d{4})$/.exec(kind)
  if (edition) return {family: 'edition', title: `${edition[1]} Edition differences`}
  switch (kind) {
    case 'NOTE':
      return {family: 'note', title: 'Note'}
    case 'EXAMPLE':
      return {family: 'example', title: 'Example'}
    case 'WARNING':
      return {family: 'warning', title: 'Warning'}
    case 'TIP':
      return {family: 'tip', title: 'Tip'}
    case 'IMPORTANT':
      return {family: 'important', title: 'Important'}
    case 'CAUTION':
      return {family: 'caution', title: 'Caution'}
    case 'TARGET-SPECIFIC':
      return {family: 'target', title: 'Target-specific behavior'}
    default:
      return {family: 'other', title: kind.charAt(0) + kind.slice(1).toLowerCase().replace(/-/g, ' ')}
  }
}

export function admonitionHandlers(): Handlers {
  return {
    blockquote(state: State, node: Blockquote) {
      const marker = readAdmonitionMarker(node)
      if (!marker) return defaultHandlers.blockquote(state, node)
      const style = admonitionStyle(marker.kind)
      const first = contentAfterMarker(marker)
      const body: Blockquote = {
        type: 'blockquote',
        children: [...(first.length > 0 ? [{...marker.paragraph, children: first}] : []), ...node.children.slice(1)],
      }
      // Its title: its own (mdbook-admonish's `title="…"`: the body's first, bold, paragraph) where it has
      // one, else mdbook-admonish's for its directive, else its kind's. A collapsible one (mdbook-admonish's)
      // is a `<details>` whose summary is its title.
      const collapsible = node.data?.collapsible === true
      const own = node.data?.titled === true && body.children[0]?.type === 'paragraph' ? body.children.shift()! : null
      const anchor = node.data?.anchor
      // mdbook-admonish's: an id, its title's for the block to be labelled by, and a link to itself
      // (which its stylesheet shows as `§` on hover).
      const link: Element[] = anchor === undefined ? [] : [{type: 'element', tagName: 'a', properties: {className: ['admonition-anchor-link'], href: `#${anchor}`}, children: []}]
      const titleProperties = {className: ['admonition-title'], ...(anchor === undefined ? {} : {id: `${anchor}-title`})}
      const title: Element = {type: 'element', tagName: collapsible ? 'summary' : 'p', properties: titleProperties, children: [...(own ? state.all(own) : [{type: 'text' as const, value: node.data?.label ?? style.title}]), ...link]}
      const untitled = node.data?.untitled === true
      // mdbook-admonish's class for its directive, which the book's copy of its stylesheet colours.
      const admonish = node.data?.admonish === undefined ? [] : [`admonish-${node.data.admonish}`]
      const labelled = anchor === undefined ? {} : {id: anchor, role: 'note', ...(untitled ? {} : {ariaLabelledBy: `${anchor}-title`})}
      const result: Element = {
        type: 'element',
        tagName: collapsible ? 'details' : 'div',
        properties: {className: ['admonition', style.family, ...admonish], dataKind: marker.kind, ...labelled},
        children: state.wrap([...(untitled ? [] : [title]), ...state.all(body)], true),
      }
      state.patch(node, result)
      return result
    },
  }
}
