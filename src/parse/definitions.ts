/**
 * A chapter's link reference definitions (`[name]: url`), as references resolve against them: the first
 * one of each identifier, in document order. Read by the model (what each reference resolves to) and by
 * the render (the link it writes).
 */
import type {Definition, Root} from 'mdast'
import {CONTINUE, SKIP, visit} from 'unist-util-visit'

/**
 * Nodes that hold no flow content, so never a definition: phrasing only (a paragraph, a heading, a table's
 * cells) or text. Most of a tree's nodes are inside them, and the walk does not enter them; any other node
 * (a block quote, a list, an admonition, a definition list's details) may hold definitions and is entered.
 */
const NO_DEFINITIONS_INSIDE = new Set(['paragraph', 'heading', 'table', 'code', 'html', 'math', 'yaml', 'toml'])

/** The first definition of each identifier in `tree`. */
export function firstDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  visit(tree, (node) => {
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
      return SKIP
    }
    return NO_DEFINITIONS_INSIDE.has(node.type) ? SKIP : CONTINUE
  })
  return definitions
}
