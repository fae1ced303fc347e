/**
 * mdbook-toc's table of contents: in an mdBook with `[preprocessor.toc]`, the chapter's first marker (a
 * block written exactly as `marker` says: `<!-- toc -->` by default, `[[_TOC_]]` or GitHub's two-line
 * one if the table sets it) is replaced by a list of links to the headings that follow it, up to
 * `max-level` (4 by default), nested as mdbook-toc nests them (from the first heading's level; a level
 * skipped is closed up). Each link goes where the heading's anchor is: the anchors are given here as the
 * model gives them (`build-chapter.ts`: mdBook's ids, every heading and term in one document order), so
 * they are the page's, where mdbook-toc counts only the headings after the marker.
 * <https://github.com/badboy/mdbook-toc> (`src/lib.rs` at 18c836d)
 */
import type {Heading, Link, List, ListItem, PhrasingContent, Root} from 'mdast'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {toString} from 'mdast-util-to-string'
import {createAnchorAllocator} from '../core/anchors.ts'
import {headingAnchor} from './heading-attributes.ts'
import {placeAll} from './prose-includes.ts'

/** `[preprocessor.toc]`. */
export interface TocSettings {
  marker: string
  maxLevel: number
}

export const DEFAULT_TOC: TocSettings = {marker: '<!-- toc -->', maxLevel: 4}

/** `tree` (of `text`) with its first marker replaced by the table of contents of the headings after it. */
export function insertToc(tree: Root, text: string, settings: TocSettings): Root {
  const marker = settings.marker.trim()
  const at = tree.children.findIndex((node) => node.position !== undefined && text.slice(node.position.start.offset, node.position.end.offset).trim() === marker)
  if (at === -1) return tree
  const position = tree.children[at]!.position!
  const entries: Array<{level: number; anchor: string; content: PhrasingContent[]}> = []
  const allocate = createAnchorAllocator()
  visit(tree, (node) => {
    if (node.type !== 'heading' && node.type !== 'descriptionTerm') return
    // Every heading and term takes its anchor, in order, as the model gives them; those after the marker are listed.
    const anchor = headingAnchor(node, allocate)
    if (node.type !== 'heading' || node.depth > settings.maxLevel || (node.position?.start.offset ?? 0) < position.end.offset!) return
    const content = linkText(node)
    if (toString({type: 'paragraph', children: content}).trim() !== '') entries.push({level: node.depth, anchor, content})
  })
  const list = nestedList(entries, position)
  tree.children.splice(at, 1, ...(list ? [list] : []))
  return tree
}

/** A heading's content as a link's: what it shows, without links of its own, notes or raw HTML. */
function linkText(heading: Heading): PhrasingContent[] {
  const copy = structuredClone(heading.children)
  const flatten = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes.flatMap((node): PhrasingContent[] => {
      if (node.type === 'link' || node.type === 'linkReference') return flatten(node.children)
      if (node.type === 'html' || node.type === 'footnoteReference') return []
      if ('children' in node) return [{...node, children: flatten(node.children as PhrasingContent[])} as PhrasingContent]
      return [node]
    })
  return flatten(copy)
}

/** The entries as mdbook-toc nests them (`build_toc`), placed at the marker; null for none. */
function nestedList(entries: Array<{level: number; anchor: string; content: PhrasingContent[]}>, position: Position): List | null {
  if (entries.length === 0) return null
  const lowest = Math.min(...entries.map((entry) => entry.level))
  let lastLower = entries[0]!.level
  const root: List = {type: 'list', ordered: false, spread: false, children: []}
  // The open lists, by depth from the lowest level.
  const open: List[] = [root]
  for (const entry of entries) {
    let level = entry.level
    if (level > lastLower + 1) level = lastLower + 1
    else lastLower = level
    const depth = level - lowest
    while (open.length > depth + 1) open.pop()
    while (open.length < depth + 1) {
      const parent = open.at(-1)!
      let item = parent.children.at(-1)
      if (!item) parent.children.push((item = {type: 'listItem', spread: false, children: []}))
      const list: List = {type: 'list', ordered: false, spread: false, children: []}
      item.children.push(list)
      open.push(list)
    }
    const link: Link = {type: 'link', url: `#${entry.anchor}`, children: entry.content}
    const item: ListItem = {type: 'listItem', spread: false, children: [{type: 'paragraph', children: [link]}]}
    open.at(-1)!.children.push(item)
  }
  placeAll(root, position)
  return root
}
