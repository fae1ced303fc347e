/**
 * Includes in prose: mdBook expands `{{#include x.md}}`, `{{#playground x.rs}}` and `{{#title …}}`
 * anywhere in a chapter, before parsing it. specmark keeps positions exact by doing the same on the tree:
 * a paragraph that is one directive (the way books write them) is replaced by the included markdown,
 * parsed with the same parser; `{{#title …}}` disappears. Every included node is placed at the directive,
 * so diagnostics about included text point at the line that includes it. Directives inside code blocks (at
 * any depth) are substituted as text; a directive in the middle of other text is left as written (and
 * reported by `include-not-expanded`).
 */
import type {Code, Nodes, Paragraph, Root, RootContent} from 'mdast'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {substituteDirectives, type IncludeResult} from '../load/includes.ts'

/** Parses included markdown (the chapter parser, passed in to keep this module free of a cycle). */
export type ParseIncluded = (text: string) => Root | null

/** Replaces every whole-paragraph directive in `tree` by what it includes. Mutates and returns `tree`. */
export function expandProseIncludes(tree: Root, source: string, includes: Record<string, IncludeResult>, parse: ParseIncluded): Root {
  if (Object.keys(includes).length === 0) return tree
  const expanded: number[] = []
  // In code blocks (at any depth), mdBook's textual substitution.
  visit(tree, 'code', (node: Code) => {
    if (node.value.includes('{{')) node.value = substituteDirectives(node.value, includes)
  })
  visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
    if (parent === undefined || index === undefined) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const result = includes[source.slice(start, end).trim()]
    if (!result?.ok) return
    const included = result.text.trim() === '' ? [] : (parse(result.text)?.children ?? [])
    for (const child of included) placeAll(child, node.position!)
    ;(parent.children as RootContent[]).splice(index, 1, ...included)
    expanded.push(start + source.slice(start, end).indexOf('{{'))
    return index + included.length
  })
  tree.data = {...tree.data, expandedIncludes: expanded}
  return tree
}

function placeAll(node: Nodes, position: Position): void {
  visit(node, (child) => {
    child.position = {start: {...position.start}, end: {...position.end}}
  })
}

declare module 'mdast' {
  interface RootData {
    /** Source offsets of the whole-paragraph directives `expandProseIncludes` expanded. */
    expandedIncludes?: number[]
  }
}
