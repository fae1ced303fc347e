/**
 * A chapter's link reference definitions (`[name]: url`), as references resolve against them: the first
 * one of each identifier, in document order. Read by the model (what each reference resolves to) and by
 * the render (the link it writes).
 */
import type {Definition, Root} from 'mdast'
import {CONTINUE, SKIP, visit} from 'unist-util-visit'
import {HOLDS_NO_FLOW} from './flow-content.ts'

/** The first definition of each identifier in `tree`; definitions are flow content (`HOLDS_NO_FLOW`). */
export function firstDefinitions(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  visit(tree, (node) => {
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
      return SKIP
    }
    return HOLDS_NO_FLOW.has(node.type) ? SKIP : CONTINUE
  })
  return definitions
}
