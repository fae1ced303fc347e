/**
 * The search index's records, one per section of a chapter (its text before the first heading, then
 * each section's), each block of it marked: pagefind indexes pages, so instead of letting it crawl the
 * HTML, the build hands it one small page per section (`pagefind-shards.ts` writes it), in which a
 * labelled block is a paragraph with its rule's anchor (`r-<ID>`) and unlabelled text a `div`. Pagefind
 * records where each anchor starts among the page's words, so the search dialog lands each match on its
 * paragraph (`site/scripts/search.ts`); a match in unlabelled text lands on the section. One record per
 * paragraph cost pagefind twice the CPU (3,653 records for the Reference against 739 sections: 1.2 s
 * against 0.7 s), and a query's words must all be in one section, not one paragraph.
 *
 * Hidden lines of examples (Rust's `# `, an mdBook's `hidelines` prefix) are left out, as readers never
 * see them. Rule IDs are anchors, not content, so that excerpts show the text: the search dialog matches
 * IDs itself, exactly and by prefix. Each record carries the chapter's part and owning teams as filters,
 * and its section and chapter titles as metadata for the result list. Pure: from the model and the
 * rendered spec's URLs. <https://pagefind.app/docs/node-api/#indexaddhtmlfile>
 *
 * To make something new searchable or filterable: add it to `blocks`, `meta` or `filters` here (the
 * search UI in `site/scripts/search.ts` shows `meta` and offers every filter).
 */
import type {Block, Chapter, Spec} from '../model/types.ts'
import {hiddenLinePrefix, isHiddenPrefixedLine, isHiddenRustLine} from '../parse/code-info.ts'
import {isRustBlock} from '../render/code-blocks.ts'
import {chapterPath} from '../render/urls.ts'
import {anchorFor, pageAnchor} from '../core/anchors.ts'
import {isSearched, type SearchSettings} from '../load/project.ts'

export interface SearchRecord {
  /** The section's URL, relative to the site's base, starting with `/` (pagefind prefixes its `baseUrl`). */
  url: string
  /** The section's blocks in document order: a labelled one with its rule's anchor, unlabelled text (in a row, one block) without. */
  blocks: SearchBlock[]
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
}

export interface SearchBlock {
  /** The block's paragraph anchor (`r-<ID>`) when it is labelled, else null. */
  anchor: string | null
  text: string
}

/** The filter names the search UI offers. */
export const FILTERS = {part: 'part', team: 'team'} as const

/**
 * Every record of the specification, in document order, in the book's `language`; an mdBook's chapters
 * that its `[output.html.search]` leaves out of the index (`isSearched`: the Reference's grammar summary,
 * syntax index and test summary) are left out here too.
 */
export function searchRecords(spec: Spec, options: {language?: string; search?: SearchSettings; hidelines?: Record<string, string>} = {}): SearchRecord[] {
  const partTitles = new Map(spec.parts.map((part) => [part.id, part.title]))
  return spec.chapters
    .filter((chapter) => isSearched(options.search, chapter.file))
    .flatMap((chapter) => chapterRecords(chapter, partTitles.get(chapter.partId) ?? chapter.partId, options.language ?? 'en', spec.urls, options.hidelines ?? {}))
}

function chapterRecords(chapter: Chapter, partTitle: string, language: string, urls: Spec['urls'], hidelines: Record<string, string>): SearchRecord[] {
  const page = `/${chapterPath(chapter.id, urls)}`
  const sectionTitles = new Map(chapter.sections.map((section) => [section.anchor, section.title]))
  const filters: Record<string, string[]> = {[FILTERS.part]: [partTitle]}
  if (chapter.owners.length > 0) filters[FILTERS.team] = chapter.owners
  // One record a section, wherever in the chapter its blocks are written, in the order first met.
  const sections = new Map<string | null, SearchRecord>()
  const hidden = hiddenLines(chapter, hidelines)
  for (const block of chapter.blocks) {
    if (block.parent !== null || !searchable(block)) continue
    let record = sections.get(block.section)
    if (!record) {
      const title = (block.section !== null ? sectionTitles.get(block.section) : undefined) ?? chapter.title
      record = {url: block.section !== null ? `${page}#${pageAnchor(block.section)}` : page, blocks: [], language, meta: {title, chapter: chapter.title}, filters}
      sections.set(block.section, record)
    }
    const anchor = block.ruleId !== null ? anchorFor(block.ruleId) : null
    const text = withoutHidden(block, hidden)
    // Unlabelled text in a row (a heading and what follows it) is one block: one place to land on.
    const last = record.blocks.at(-1)
    if (anchor === null && last && last.anchor === null) last.text += `\n${text}`
    else record.blocks.push({anchor, text})
  }
  return [...sections.values()]
}

/**
 * The hidden lines of each example (a Rust example's `# ` lines, which rustdoc compiles, and those an
 * mdBook's `hidelines` prefix hides: no reader sees them), by the index of the top-level block they are
 * in (the example itself, or the admonition holding it), whitespace normalized as block text is.
 */
function hiddenLines(chapter: Chapter, hidelines: Record<string, string>): Map<number, string[]> {
  const result = new Map<number, string[]>()
  for (const block of chapter.blocks) {
    if (!block.code) continue
    const prefix = isRustBlock(block.code.lang) ? null : hiddenLinePrefix(block.code, hidelines)
    if (prefix === null && !isRustBlock(block.code.lang)) continue
    const lines = block.code.value
      .split('\n')
      .filter((line) => (prefix === null ? isHiddenRustLine(line) : isHiddenPrefixedLine(line, prefix)))
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '')
    if (lines.length === 0) continue
    let top = block
    while (top.parent !== null) top = chapter.blocks[top.parent]!
    result.set(top.index, [...(result.get(top.index) ?? []), ...lines])
  }
  return result
}

/** A block's text without the hidden lines of the examples in it. */
function withoutHidden(block: Block, hidden: Map<number, string[]>): string {
  let text = block.text
  for (const line of hidden.get(block.index) ?? []) {
    const at = text.indexOf(line)
    if (at >= 0) text = `${text.slice(0, at)}${text.slice(at + line.length)}`
  }
  return hidden.has(block.index) ? text.replace(/\s+/g, ' ').trim() : text
}

function searchable(block: Block): boolean {
  return block.text !== '' && block.type !== 'thematicBreak'
}
