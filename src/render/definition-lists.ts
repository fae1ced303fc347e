/**
 * Definition lists (`src/parse/syntax/definition-list.ts`) as mdBook writes them: `dl`, `dt`, `dd`. Each
 * term has the anchor the model gave it (mdBook's, in the headings' document order) and the `#` link to
 * itself that headings have ("terms are clickable just like headers"); a tight definition's paragraph is
 * written without its `p`, as pulldown-cmark writes it.
 *
 * To change how they look: `dl` in `site/styles/content.css`.
 */
import type {Element, ElementContent} from 'hast'
import type {Handlers, State} from 'mdast-util-to-hast'
import {pageAnchor} from '../core/anchors.ts'
import type {DescriptionDetails, DescriptionList, DescriptionTerm} from '../parse/syntax/definition-list.ts'
import type {RenderContext} from './render-context.ts'

export function definitionListHandlers(context: RenderContext): Handlers {
  return {
    descriptionList(state: State, node: DescriptionList) {
      return element(state, node, 'dl', {}, state.wrap(state.all(node), true))
    },
    descriptionTerm(state: State, node: DescriptionTerm) {
      const anchor = context.headingAnchors.take(node.position?.start.offset)
      const children = state.all(node)
      if (anchor === undefined) return element(state, node, 'dt', {}, children)
      children.push({
        type: 'element',
        tagName: 'a',
        properties: {className: ['heading-anchor'], href: `#${pageAnchor(anchor)}`, ariaLabel: 'Link to this term'},
        children: [{type: 'text', value: '#'}],
      })
      return element(state, node, 'dt', {id: anchor}, children)
    },
    descriptionDetails(state: State, node: DescriptionDetails) {
      const children = state.all(node)
      const paragraph = (child: ElementContent): child is Element => child.type === 'element' && child.tagName === 'p'
      // Tight: a paragraph's content stands alone, as a tight list item's does; other blocks on their own lines.
      const content = node.spread === true ? children : children.flatMap((child) => (paragraph(child) ? child.children : [child]))
      return element(state, node, 'dd', {}, state.wrap(content, node.spread === true || !children.every(paragraph)))
    },
  }
}

function element(state: State, node: DescriptionList | DescriptionTerm | DescriptionDetails, tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  const result: Element = {type: 'element', tagName, properties, children}
  state.patch(node, result)
  return result
}
