/**
 * mdbook-tabs' tabs (`packages/mdbook-tabs` of RustForWeb/mdbook-plugins at its HEAD): in an mdBook with
 * `[preprocessor.tabs]`, the markdown between `{{#tabs}}` (or `{{#tabs global="name"}}`) and
 * `{{#endtabs}}` is a set of tabs, each between `{{#tab name="…"}}` and `{{#endtab}}`. They become the
 * HTML the preprocessor writes (`tabs.rs`): a `div.mdbook-tabs-container` holding a `nav.mdbook-tabs`
 * of one button per tab (the first `active`) and one `div.mdbook-tab-content` per tab (all but the first
 * `hidden`), whose markdown stays markdown. The book's copy of the preprocessor's `tabs.js` and
 * `tabs.css` (its `additional-js` and `additional-css`) switches and draws them, as on its mdBook site.
 *
 * The preprocessor finds each directive as a line of text of its own, wherever the markdown put it (the
 * usual tabs are one paragraph, directive and content lines alike): such paragraphs are split at their
 * directive lines, each piece placed where it is written. The directives become raw HTML blocks, which
 * the renderer nests as the browser would (`html-containers.ts`): tabs written at the top level of a
 * chapter, as the preprocessor's own book writes them. A directive without its end is left as text, as
 * the preprocessor leaves it; tabs inside a tab are read as it reads them, once the outer ones are.
 */
import type {ElementContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {Html, Nodes, Paragraph, Parents, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Point} from 'unist'
import {visit} from 'unist-util-visit'
import {location} from 'vfile-location'

type Kind = 'tabs' | 'tab' | 'endtab' | 'endtabs'

/** A directive alone on its line, as the preprocessor's `is_tabs_start` … `is_tab_end` find it. */
const DIRECTIVE = /^\{\{#(tabs|tab|endtab|endtabs)(?:\s[^}]*)?\}\}$/

declare module 'mdast' {
  interface HtmlData {
    /** A tabs directive, until `readTabs` turns it into the preprocessor's HTML. */
    tabs?: {kind: Kind; text: string}
  }
}

/** Replaces the tabs in `tree` (parsed from `source`) by the preprocessor's HTML. Mutates and returns `tree`. */
export function readTabs(tree: Root, source: string): Root {
  if (!source.includes('{{#tab')) return tree
  const place = location(source)
  visit(tree, (node: Nodes) => {
    if (!('children' in node)) return
    const parent = node as Parents
    if (!parent.children.some((child) => child.type === 'paragraph' && mayHoldDirective(child))) return
    parent.children = parent.children.flatMap((child) => (child.type === 'paragraph' ? splitAtDirectives(child, source, place) : [child])) as typeof parent.children
    buildTabs(parent.children as RootContent[])
  })
  return tree
}

function mayHoldDirective(paragraph: Paragraph): boolean {
  return paragraph.children.some((child) => child.type === 'text' && child.value.includes('{{#'))
}

/**
 * The paragraph as paragraphs and directives: each line of text that is a directive becomes one, placed
 * where it is written, and the lines between stay paragraphs (their inline markup whole).
 */
function splitAtDirectives(paragraph: Paragraph, source: string, place: ReturnType<typeof location>): RootContent[] {
  const lines: PhrasingContent[][] = [[]]
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      lines.at(-1)!.push(child)
      if (child.type === 'break') lines.push([])
      continue
    }
    // Each line of the text, placed by finding it in the source from where the text starts (a line of a
    // quote or a list item has its prefix there).
    let cursor = child.position?.start.offset ?? -1
    child.value.split('\n').forEach((line, index) => {
      if (index > 0) lines.push([])
      if (line === '') return
      const at = cursor < 0 ? -1 : source.indexOf(line, cursor)
      const piece: Text = {type: 'text', value: line}
      if (at >= 0) {
        piece.position = {start: place.toPoint(at) as Point, end: place.toPoint(at + line.length) as Point}
        cursor = at + line.length
      }
      lines.at(-1)!.push(piece)
    })
  }
  const directiveOf = (line: PhrasingContent[]): Html | null => {
    const only = line.length === 1 && line[0]!.type === 'text' ? line[0] : null
    const match = only ? DIRECTIVE.exec(only.value.trim()) : null
    return only && match ? {type: 'html', value: '', data: {tabs: {kind: match[1] as Kind, text: only.value.trim()}}, ...(only.position ? {position: only.position} : {})} : null
  }
  if (!lines.some((line) => directiveOf(line) !== null)) return [paragraph]
  const out: RootContent[] = []
  let run: PhrasingContent[][] = []
  const flush = (): void => {
    const children = run.flatMap((line, index) => (index === 0 ? line : [{type: 'text', value: '\n'} as Text, ...line]))
    run = []
    if (children.every((child) => child.type === 'text' && child.value.trim() === '')) return
    const first = children.find((child) => child.position)?.position
    const last = children.findLast((child) => child.position)?.position
    out.push({type: 'paragraph', children: mergeTexts(children), ...(first && last ? {position: {start: first.start, end: last.end}} : {})})
  }
  for (const line of lines) {
    const directive = directiveOf(line)
    if (directive === null) {
      run.push(line)
      continue
    }
    flush()
    out.push(directive)
  }
  flush()
  return out
}

/** Adjacent text nodes as one (the pieces of one text, split at its line ends, joined again). */
function mergeTexts(children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const child of children) {
    const previous = merged.at(-1)
    if (child.type === 'text' && previous?.type === 'text') {
      merged[merged.length - 1] = {type: 'text', value: previous.value + child.value, ...(previous.position && child.position ? {position: {start: previous.position.start, end: child.position.end}} : previous.position ? {position: previous.position} : {})}
    } else merged.push(child)
  }
  return merged
}

/**
 * Turns the directives among `children` into the preprocessor's HTML: each `{{#tabs}}` with its
 * `{{#endtabs}}` (nested ones counted) and the tabs between at its own depth. Unmatched directives go
 * back to being text.
 */
function buildTabs(children: RootContent[]): void {
  const directive = (node: RootContent | undefined) => (node?.type === 'html' ? node.data?.tabs : undefined)
  for (let start = 0; start < children.length; start++) {
    if (directive(children[start])?.kind !== 'tabs') continue
    let depth = 0
    let end = -1
    const tabs: number[] = []
    const endtabs: number[] = []
    for (let index = start + 1; index < children.length && end < 0; index++) {
      const kind = directive(children[index])?.kind
      if (kind === 'tabs') depth++
      else if (kind === 'endtabs' && depth > 0) depth--
      else if (kind === 'endtabs') end = index
      else if (depth === 0 && kind === 'tab') tabs.push(index)
      else if (depth === 0 && kind === 'endtab') endtabs.push(index)
    }
    if (end < 0) continue
    const names = tabs.map((index) => attribute(directive(children[index])!.text, 'name') ?? '')
    const global = attribute(directive(children[start])!.text, 'global')
    ;(children[start] as Html).value = containerOpening(names, global)
    tabs.forEach((index, order) => {
      ;(children[index] as Html).value = toHtml({type: 'element', tagName: 'div', properties: {className: order === 0 ? ['mdbook-tab-content'] : ['mdbook-tab-content', 'hidden'], dataTabname: names[order]!}, children: []}).replace(/<\/div>$/, '')
    })
    for (const index of [...endtabs, end]) (children[index] as Html).value = '</div>'
    for (const index of [start, ...tabs, ...endtabs, end]) delete (children[index] as Html).data
  }
  // What no `{{#tabs}}` … `{{#endtabs}}` took is text again, as the preprocessor leaves it.
  children.forEach((node, index) => {
    const left = directive(node)
    if (left) children[index] = {type: 'paragraph', children: [{type: 'text', value: left.text}], ...(node.position ? {position: node.position} : {})}
  })
}

/** `key="value"` of a directive (its serde key-values), or null. */
function attribute(text: string, key: string): string | null {
  return new RegExp(`(?:^|[\\s,])${key}\\s*=\\s*"([^"]*)"`).exec(text.replace(/^\{\{#\w+|\}\}$/g, ''))?.[1] ?? null
}

/** The container's opening tag and its buttons, as `tabs.rs` writes them. */
function containerOpening(names: string[], global: string | null): string {
  const buttons: ElementContent[] = names.flatMap((name, index) => [
    ...(index > 0 ? [{type: 'text' as const, value: '\n'}] : []),
    {type: 'element' as const, tagName: 'button', properties: {className: index === 0 ? ['mdbook-tab', 'active'] : ['mdbook-tab'], dataTabname: name}, children: [{type: 'text' as const, value: name}]},
  ])
  const nav = toHtml({type: 'element', tagName: 'nav', properties: {className: ['mdbook-tabs']}, children: [{type: 'text', value: '\n'}, ...buttons, {type: 'text', value: '\n'}]})
  const opening = toHtml({type: 'element', tagName: 'div', properties: {className: ['mdbook-tabs-container'], ...(global === null ? {} : {dataTabglobal: global})}, children: []}).replace(/<\/div>$/, '')
  return `${opening}\n${nav}`
}
