/**
 * The search index's records, at paragraph granularity: pagefind indexes pages, so instead of letting it
 * crawl the HTML, the build hands it one custom record per labelled block (its URL lands on the
 * paragraph, `…/#r-<ID>`) and one per section for the unlabelled text between them (its URL lands on
 * the section heading). Hidden lines of examples (Rust's `# `, an mdBook's `hidelines` prefix) are left out, as readers never see them. Rule IDs are metadata, not content, so that excerpts show the text: the search
 * dialog matches IDs itself, exactly and by prefix. Each record carries the chapter's part and owning teams as filters, and its rule
 * ID and section as metadata for the result list. Pure: from the model and the rendered spec's URLs.
 * <https://pagefind.app/docs/node-api/#indexaddcustomrecord>
 *
 * To make something new searchable or filterable: add it to `content`, `meta` or `filters` here (the
 * search UI in `site/scripts/search.ts` shows `meta` and offers every filter).
 */
import type {Block, Chapter, Spec} from '../model/types.ts'
import {hiddenLinePrefix, isHiddenPrefixedLine, isHiddenRustLine} from '../parse/code-info.ts'
import {isRustBlock} from '../render/code-blocks.ts'
import {chapterPath} from '../render/urls.ts'
import {anchorFor, pageAnchor} from '../core/anchors.ts'
import {isSearched, type SearchSettings} from '../load/project.ts'

export interface SearchRecord {
  /** Relative to the site's base, starting with `/` (pagefind prefixes its `baseUrl`). */
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
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
  const titleOf = (section: string | null): string => (section !== null ? sectionTitles.get(section) : undefined) ?? chapter.title
  const filters: Record<string, string[]> = {[FILTERS.part]: [partTitle]}
  if (chapter.owners.length > 0) filters[FILTERS.team] = chapter.owners
  const records: SearchRecord[] = []
  // Unlabelled text is gathered per section (wherever in the section it is written): one record each.
  const sections = new Map<string, SearchRecord>()

  const hidden = hiddenLines(chapter, hidelines)
  for (const block of chapter.blocks) {
    if (block.parent !== null || !searchable(block)) continue
    const text = withoutHidden(block, hidden)
    if (block.ruleId !== null) {
      records.push({
        url: `${page}#${anchorFor(block.ruleId)}`,
        content: text,
        language,
        meta: {title: titleOf(block.section), chapter: chapter.title, rule: block.ruleId},
        filters,
      })
      continue
    }
    const url = block.section !== null ? `${page}#${pageAnchor(block.section)}` : page
    const existing = sections.get(url)
    if (existing) {
      existing.content += `\n${text}`
      continue
    }
    const record = {url, content: text, language, meta: {title: titleOf(block.section), chapter: chapter.title}, filters}
    sections.set(url, record)
    records.push(record)
  }
  return records
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
