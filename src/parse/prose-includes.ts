/**
 * Includes in prose: mdBook expands `{{#include x.md}}`, `{{#playground x.rs}}` and `{{#title …}}`
 * anywhere in a chapter, before parsing it. specmark keeps positions exact by doing the same on the tree:
 * a paragraph that is one directive (the way books write them), or one directive a line, is replaced by
 * the included markdown, parsed with the same parser; `{{#title …}}` disappears. Every included node is placed at the directive,
 * so diagnostics about included text point at the line that includes it. Directives inside code blocks (at
 * any depth) are substituted as text. A directive in the middle of a line of prose is expanded in place
 * too, as mdBook's textual expansion does: what it includes, when that is one paragraph, becomes inline
 * content there; when it is more, the paragraph is parsed again with the directive's text in its place
 * (at the top level; within a quote or list the longer text stays its text). In a link's or image's destination or title (and an
 * image's alternative text, and a link definition's destination or title), the included text takes its place.
 */
import type {Code, Nodes, Paragraph, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {findIncludes, substituteDirectives, unescapeDirectives, type IncludeResult} from '../load/includes.ts'

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
  // A paragraph whose directives include blocks: parsed again, as blocks, in its place (`asBlocks`).
  visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
    if (parent === undefined || index === undefined) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const blocks = asBlocks(source.slice(start, end), includes, parse, parent.type === 'root')
    if (blocks === null) return
    const included = blocks.text.trim() === '' ? [] : (parse(blocks.text)?.children ?? [])
    for (const child of included) placeAll(child, node.position!)
    ;(parent.children as RootContent[]).splice(index, 1, ...included)
    expanded.push(...blocks.directives.map((offset) => start + offset))
    return index + included.length
  })
  // Inline code and raw HTML take the included text as it is, as in mdBook's textual expansion.
  visit(tree, (node) => {
    if ((node.type !== 'inlineCode' && node.type !== 'html') || !node.value.includes('{{')) return
    const start = node.position?.start.offset
    if (start === undefined) return
    const written = source.slice(start, node.position!.end.offset)
    for (const directive of findIncludes(written)) if (includes[directive.text]?.ok) expanded.push(start + directive.offset)
    node.value = substituteDirectives(node.value, includes)
  })
  // Link and image destinations and titles (`[t](<{{#include url.txt}}>)`, `[t]: u "{{#include t.txt}}"`):
  // mdBook expands them as text before parsing, so the destination or title is what is included.
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return
    if (!node.url.includes('{{') && !node.title?.includes('{{') && !(node.type === 'image' && node.alt?.includes('{{'))) return
    const start = node.position?.start.offset
    if (start === undefined) return
    const written = source.slice(start, node.position!.end.offset)
    for (const directive of findIncludes(written)) if (includes[directive.text]?.ok) expanded.push(start + directive.offset)
    node.url = substituteDirectives(node.url, includes)
    if (node.title) node.title = substituteDirectives(node.title, includes)
    if (node.type === 'image' && node.alt) node.alt = substituteDirectives(node.alt, includes)
  })
  // In the middle of a line: the directive's text is replaced within its text node.
  visit(tree, 'text', (node: Text, index, parent) => {
    if (parent === undefined || index === undefined || !node.value.includes('{{')) return
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const written = source.slice(start, end)
    const link = includedDestination(parent.children as PhrasingContent[], index, written, source, includes, parse)
    if (link) {
      expanded.push(...link.expanded.map((offset) => start + offset))
      return index
    }
    const out: PhrasingContent[] = []
    let rest = node.value
    let searchFrom = 0
    for (const directive of findIncludes(node.value)) {
      const result = includes[directive.text]
      const at = written.indexOf(directive.text, searchFrom)
      // `\{{#include x}}` is text (the parser already dropped the backslash): only the source tells.
      if (!result?.ok || at === -1 || written[at - 1] === '\\') continue
      searchFrom = at + directive.text.length
      const cut = rest.indexOf(directive.text)
      if (cut > 0) out.push({type: 'text', value: rest.slice(0, cut), position: node.position})
      rest = rest.slice(cut + directive.text.length)
      out.push(...inlineContent(result, parse, node.position!))
      expanded.push(start + at)
    }
    if (out.length === 0) return
    if (rest !== '') out.push({type: 'text', value: rest, position: node.position})
    ;(parent.children as PhrasingContent[]).splice(index, 1, ...out)
    return index + out.length
  })
  tree.data = {...tree.data, expandedIncludes: expanded}
  return tree
}

/**
 * What a paragraph (`written`, its source) is once its directives are expanded as mdBook expands them,
 * as text, when that is blocks rather than inline content; with the offsets of the directives in it.
 * Null leaves the paragraph to the inline expansion (a directive in a line of prose whose file is one
 * paragraph: placed exactly where it is).
 * - A paragraph of directives, one a line (one alone, as books write them; or one after the other, as
 *   the Rust Cookbook writes its chapters): what they include, joined as mdBook joins them.
 * - Prose with a directive whose file is more than one paragraph (`Intro.\n{{#include more.md}}`): the
 *   paragraph with each directive replaced by its text, whose blocks start where they start. At the top
 *   level only (`atTopLevel`): within a quote, the paragraph's later lines carry the quote's `>`.
 */
function asBlocks(written: string, includes: Record<string, IncludeResult>, parse: ParseIncluded, atTopLevel: boolean): {text: string; directives: number[]} | null {
  const lines = written.split('\n').map((line) => line.trim())
  const results = lines.map((line) => includes[line])
  if (results.every((result) => result?.ok)) {
    let searchFrom = 0
    const directives = lines.map((line) => {
      const at = written.indexOf(line, searchFrom)
      searchFrom = at + line.length
      return at
    })
    return {text: results.map((result) => (result as Extract<IncludeResult, {ok: true}>).text).join('\n'), directives}
  }
  if (!atTopLevel) return null
  const directives = findIncludes(written).flatMap((directive) => {
    const result = includes[directive.text]
    return result?.ok ? [{...directive, result}] : []
  })
  if (!directives.some(({result}) => inlineParagraph(result, parse) === null)) return null
  let text = ''
  let previous = 0
  for (const directive of directives) {
    text += unescapeDirectives(written.slice(previous, directive.offset)) + directive.result.text
    previous = directive.offset + directive.text.length
  }
  return {text: text + unescapeDirectives(written.slice(previous)), directives: directives.map((directive) => directive.offset)}
}

/**
 * `[text]({{#include url.txt}})`: a destination that is a directive (with a space, so no destination to
 * the parser, which read `[text]` and the text after it). mdBook expands it before parsing, making a link:
 * so does this, replacing the reference and the `(…)` by the link parsed from the expanded text (placed
 * where the reference is). Returns the offsets, in `written`, of the directives it expanded, or null.
 */
function includedDestination(
  children: PhrasingContent[],
  index: number,
  written: string,
  source: string,
  includes: Record<string, IncludeResult>,
  parse: ParseIncluded
): {expanded: number[]} | null {
  const reference = children[index - 1]
  const text = children[index] as Text
  if ((reference?.type !== 'linkReference' && reference?.type !== 'imageReference') || reference.referenceType !== 'shortcut') return null
  if (!text.value.startsWith('(') || !written.startsWith('(')) return null
  const close = text.value.indexOf(')')
  const writtenClose = written.indexOf(')')
  const from = reference.position?.start.offset
  const to = reference.position?.end.offset
  if (close === -1 || writtenClose === -1 || from === undefined || to === undefined) return null
  const directives = findIncludes(written.slice(0, writtenClose + 1)).filter((directive) => includes[directive.text]?.ok)
  if (directives.length === 0) return null
  const blocks = parse(source.slice(from, to) + substituteDirectives(text.value.slice(0, close + 1), includes))?.children ?? []
  const only = blocks.length === 1 && blocks[0]!.type === 'paragraph' && blocks[0].children.length === 1 ? blocks[0].children[0]! : null
  if (only?.type !== 'link' && only?.type !== 'image') return null
  placeAll(only, {start: reference.position!.start, end: text.position!.end})
  const rest = text.value.slice(close + 1)
  children.splice(index - 1, 2, only, ...(rest === '' ? [] : [{type: 'text' as const, value: rest, position: text.position}]))
  return {expanded: directives.map((directive) => directive.offset)}
}

/** What a directive in a line of prose stands for: one paragraph's inline content, else its text. */
function inlineContent(result: Extract<IncludeResult, {ok: true}>, parse: ParseIncluded, position: Position): PhrasingContent[] {
  const content: PhrasingContent[] = inlineParagraph(result, parse) ?? [{type: 'text', value: result.text}]
  for (const child of content) placeAll(child, position)
  return content
}

/** What an include is as inline content: nothing, or its one paragraph's; null when it is more (blocks). */
function inlineParagraph(result: Extract<IncludeResult, {ok: true}>, parse: ParseIncluded): PhrasingContent[] | null {
  if (result.text.trim() === '') return []
  const blocks = parse(result.text.replace(/\n$/, ''))?.children ?? []
  return blocks.length === 1 && blocks[0]!.type === 'paragraph' ? blocks[0].children : null
}

/** Places `node` and everything in it at `position` (markdown that is not where it was written). */
export function placeAll(node: Nodes, position: Position): void {
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
