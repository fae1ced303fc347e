/**
 * Headings: each gets the anchor the model gave it (mdBook's slugs, so that links written for the
 * Reference keep working) and a small `#` link to itself — those of sections, and those inside lists or
 * plain blockquotes (`Chapter.innerHeadings`), which mdBook anchors too.
 *
 * To change how headings look: change the element built here and its style in `site/styles/content.css`.
 */
import type {Element} from 'hast'
import type {Heading} from 'mdast'
import type {Handlers, State} from 'mdast-util-to-hast'
import {pageAnchor} from '../core/anchors.ts'
import type {RenderContext} from './render-context.ts'

export function headingHandlers(context: RenderContext): Handlers {
  return {
    heading(state: State, node: Heading) {
      const anchor = context.headingAnchors.take(node.position?.start.offset)
      const children = state.all(node)
      if (anchor !== undefined) {
        children.push({
          type: 'element',
          tagName: 'a',
          properties: {className: ['heading-anchor'], href: `#${pageAnchor(anchor)}`, ariaLabel: 'Link to this section'},
          children: [{type: 'text', value: '#'}],
        })
      }
      const result: Element = {
        type: 'element',
        tagName: `h${node.depth}`,
        // Classes from `{.class}` are read but not kept: the sanitizer allows only specmark's own classes.
        properties: anchor !== undefined ? {id: anchor} : {},
        children,
      }
      state.patch(node, result)
      return result
    },
  }
}
