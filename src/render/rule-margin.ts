/**
 * The rule margin: every labelled block is wrapped in an element carrying its stable anchor
 * (`id="r-<ID>"`, as mdbook-spec writes it), and shows in its margin the rule ID (a link to itself; the
 * site's script copies the permanent URL `/id/<ID>/` when it is clicked), a "cite" button (copies the
 * citation: document version, ID, short content hash) and the short content hash auditors compare.
 *
 * This markup is trusted: it is added after sanitation, from model data only. To show more per rule
 * (e.g. how many tests cite it): add it to the margin here and style it in `site/styles/content.css`.
 */
import type {Element, ElementContent} from 'hast'
import type {BlockKind} from '../model/types.ts'
import {ruleAnchor} from '../model/slug.ts'

/** How many hex digits of the sha256 a citation shows. */
export const SHORT_HASH_LENGTH = 8

export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_LENGTH)
}

export interface MarginBlock {
  ruleId: string
  hash: string
  kind: BlockKind
}

/** Wraps a labelled block's content with its anchor and margin. */
export function withRuleMargin(block: MarginBlock, children: ElementContent[]): Element {
  const anchor = ruleAnchor(block.ruleId)
  const text = (value: string): ElementContent => ({type: 'text', value})
  const margin: Element = {
    type: 'element',
    tagName: 'div',
    properties: {className: ['rule-margin']},
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: {className: ['rule-id'], href: `#${anchor}`, title: 'Copy the permanent link to this paragraph'},
        children: [text(`[${block.ruleId}]`)],
      },
      {
        type: 'element',
        tagName: 'button',
        properties: {type: 'button', className: ['rule-cite'], title: 'Copy a citation: document version, rule ID and content hash'},
        children: [text('cite')],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: {className: ['rule-hash'], title: `sha256 of the paragraph's normalized text: ${block.hash}`},
        children: [text(`#${shortHash(block.hash)}`)],
      },
    ],
  }
  return {
    type: 'element',
    tagName: 'div',
    properties: {className: ['rule', `kind-${block.kind}`], id: anchor, dataRule: block.ruleId, dataHash: shortHash(block.hash)},
    children: [margin, {type: 'element', tagName: 'div', properties: {className: ['rule-body']}, children}],
  }
}
