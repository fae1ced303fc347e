/**
 * Heading attributes, which mdBook enables in pulldown-cmark: `## Options {#options .wide}` gives the
 * heading the id `options` and the class `wide`, and the braces are no part of its text. Only a trailing
 * brace group of attribute tokens counts (`#id`, `.class`, `key=value`); anything else stays text.
 * The attributes are kept in `data.attributes` for the model (the anchor) and the renderer (the classes).
 * <https://pulldown-cmark.github.io/pulldown-cmark/specs/heading_attrs.html>
 */
import type {Heading, Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {DescriptionTerm} from './syntax/definition-list.ts'
import {CONTINUE, SKIP, visit} from 'unist-util-visit'
import {HOLDS_NO_FLOW} from './flow-content.ts'

export interface HeadingAttributes {
  id: string | null
  classes: string[]
}

declare module 'mdast' {
  interface HeadingData {
    /** `{#id .class}` written after the heading's text. */
    attributes?: HeadingAttributes
  }
}

const TRAILING = /\s*\{([^{}]*)\}\s*$/
const TOKEN = /^(?:#[^\s#.{}]+|\.[^\s#.{}]+|[A-Za-z_:][\w.:-]*(?:=\S*)?)$/

/** Reads and strips trailing attribute groups of every heading. Mutates and returns `tree`. */
export function readHeadingAttributes(tree: Root): Root {
  visit(tree, (node) => {
    // Headings are blocks: the walk need not enter paragraphs, tables or any other inline content.
    if (node.type !== 'heading') return HOLDS_NO_FLOW.has(node.type) ? SKIP : CONTINUE
    readAttributes(node as Heading)
    return SKIP
  })
  return tree
}

function readAttributes(node: Heading): void {
  const last = node.children.at(-1)
  if (last?.type !== 'text') return
  const match = TRAILING.exec(last.value)
  if (!match) return
  const tokens = match[1]!.trim().split(/\s+/).filter(Boolean)
  if (tokens.length === 0 || !tokens.every((token) => TOKEN.test(token))) return
  const ids = tokens.filter((token) => token.startsWith('#')).map((token) => token.slice(1))
  const classes = tokens.filter((token) => token.startsWith('.')).map((token) => token.slice(1))
  last.value = last.value.slice(0, match.index).replace(/\s+$/, '')
  if (last.value === '') node.children.pop()
  node.data = {...node.data, attributes: {id: ids.at(-1) ?? null, classes}}
}

/**
 * The anchor of a heading, or of a definition list's term, which mdBook anchors as it anchors headings:
 * its `{#id}`, else the next one `allocate` (`createAnchorAllocator`, in document order) gives its text.
 * mdBook makes the anchor from the rendered heading's text: inline HTML tags are no part of it.
 */
export function headingAnchor(node: Heading | DescriptionTerm, allocate: (text: string) => string): string {
  return (node.type === 'heading' ? node.data?.attributes?.id : undefined) ?? allocate(toString({...node, children: node.children.filter((child) => child.type !== 'html')}))
}
