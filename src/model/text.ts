/**
 * Normalized text and content hashes of blocks: what auditors' citations pin down. The text is the
 * block's visible words (link labels, inline code and code included, markup removed), with every run of
 * white space folded to one space, so re-wrapping a paragraph does not change its hash.
 */
import {hash} from 'node:crypto'
import type {Nodes} from 'mdast'

const BLOCK_CONTAINERS = new Set(['list', 'listItem', 'table', 'tableRow', 'tableCell', 'blockquote', 'descriptionList', 'descriptionDetails', 'root'])

/** The normalized text of one or more mdast nodes. */
export function normalizedText(nodes: Nodes | Nodes[]): string {
  const parts: string[] = []
  const visit = (node: Nodes): void => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'html' && node.type !== 'yaml') {
      parts.push(node.value)
      return
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      parts.push(node.alt ?? '')
      return
    }
    if (node.type === 'break') {
      parts.push(' ')
      return
    }
    if ('children' in node) {
      const separate = BLOCK_CONTAINERS.has(node.type)
      for (const child of node.children as Nodes[]) {
        visit(child)
        if (separate) parts.push(' ')
      }
    }
  }
  for (const node of Array.isArray(nodes) ? nodes : [nodes]) {
    visit(node)
    parts.push(' ')
  }
  return parts.join('').replace(/\s+/g, ' ').trim()
}

/** Hex sha256 of a text, UTF-8 encoded. One call, not a hash object: thousands of clauses are hashed. */
export function sha256(text: string): string {
  return hash('sha256', text, 'hex')
}
