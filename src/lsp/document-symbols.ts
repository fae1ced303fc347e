/**
 * Language server, the outline of a chapter: its sections, nested by heading depth, and under each the
 * rules labelled in it and the grammar productions it defines. Workspace symbols search the same names,
 * and every heading, across the whole specification. To show another kind of entry, add it where rules are added.
 */
import {SymbolKind, type DocumentSymbol, type WorkspaceSymbol} from 'vscode-languageserver'
import type {Chapter, SourceSpan} from '../model/types.ts'
import {spanAt, toLocation, toRange} from './positions.ts'
import {labelIdSpan} from './symbol-at.ts'
import type {Snapshot} from './workspace.ts'

/** Longest detail shown beside a rule: the start of its text. */
const DETAIL = 60

export function documentSymbols(snapshot: Snapshot, file: string): DocumentSymbol[] {
  const chapter = snapshot.chapters.get(file)
  if (!chapter) return []
  const roots: DocumentSymbol[] = []
  const spans = sectionSpans(chapter)
  // One symbol per section, nested under the nearest open section of a lower depth.
  const sections: DocumentSymbol[] = []
  const open: Array<{depth: number; symbol: DocumentSymbol}> = []
  chapter.sections.forEach((section, index) => {
    while (open.length > 0 && open[open.length - 1]!.depth >= section.depth) open.pop()
    const symbol: DocumentSymbol = {
      name: section.title || `#${section.anchor}`,
      ...(section.ruleId ? {detail: section.ruleId} : {}),
      kind: SymbolKind.Namespace,
      range: toRange(spans[index]!),
      selectionRange: toRange(section.position),
      children: [],
    }
    const parent = open[open.length - 1]?.symbol
    if (parent) parent.children!.push(symbol)
    else roots.push(symbol)
    open.push({depth: section.depth, symbol})
    sections.push(symbol)
  })
  // Rules and productions go under the innermost section they are written in.
  const entries: Array<{start: number; symbol: DocumentSymbol}> = []
  for (const block of chapter.blocks) {
    if (block.ruleId === null || block.type === 'heading') continue
    const label = block.labelPosition ?? block.position
    entries.push({
      start: label.start.offset,
      symbol: {
        name: block.ruleId,
        detail: block.text.length > DETAIL ? `${block.text.slice(0, DETAIL)}…` : block.text,
        kind: SymbolKind.Key,
        range: toRange({file, start: label.start, end: block.position.end}),
        selectionRange: toRange(labelIdSpan(label, block.ruleId)),
      },
    })
  }
  for (const production of snapshot.model.spec.grammar) {
    if (production.chapter !== chapter.id) continue
    const head = spanAt(file, production.position.start, production.name.length)
    entries.push({start: head.start.offset, symbol: {name: production.name, detail: `grammar (${production.category})`, kind: SymbolKind.Class, range: toRange(head), selectionRange: toRange(head)}})
  }
  entries.sort((a, b) => a.start - b.start)
  for (const entry of entries) {
    let innermost: DocumentSymbol | null = null
    for (const [index, span] of spans.entries()) {
      if (span.start.offset <= entry.start && entry.start < span.end.offset) innermost = sections[index]!
    }
    if (innermost) innermost.children!.push(entry.symbol)
    else roots.push(entry.symbol)
  }
  return inSourceOrder(roots)
}

/** Sorts symbols (and their children) by where they start, sections and rules interleaved. */
function inSourceOrder(symbols: DocumentSymbol[]): DocumentSymbol[] {
  for (const symbol of symbols) if (symbol.children) inSourceOrder(symbol.children)
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
}

/**
 * Rule IDs, headings, chapter titles, grammar names and terms matching `query` fuzzily (its characters in
 * order, case-insensitive; see `fuzzyScore`), best match first. Every match is returned: the client decides
 * how many to show.
 */
export function workspaceSymbols(snapshot: Snapshot, query: string): WorkspaceSymbol[] {
  const {spec, project} = snapshot.model
  const needle = query.toLowerCase().replace(/\s+/g, '')
  const scored: Array<{score: number; symbol: WorkspaceSymbol}> = []
  const titles = new Map(spec.chapters.map((chapter) => [chapter.id, chapter.title]))
  const push = (name: string, kind: SymbolKind, span: SourceSpan, container: string): void => {
    const score = fuzzyScore(needle, name)
    if (score !== null) scored.push({score, symbol: {name, kind, location: toLocation(project.contentRoot, span), containerName: container}})
  }
  for (const [id, location] of Object.entries(spec.rules)) push(id, SymbolKind.Key, labelIdSpan(location.position, id), titles.get(location.chapter) ?? location.chapter)
  for (const chapter of spec.chapters) {
    for (const section of chapter.sections) {
      if (section.title !== '') push(section.title, section.depth === 1 ? SymbolKind.File : SymbolKind.Namespace, section.position, chapter.title)
    }
  }
  for (const production of spec.grammar) {
    push(production.name, SymbolKind.Class, spanAt(production.position.file, production.position.start, production.name.length), titles.get(production.chapter) ?? production.chapter)
  }
  for (const term of spec.terms) push(term.text, SymbolKind.Constant, term.position, titles.get(term.chapter) ?? term.chapter)
  // Stable for equal scores: shorter names first, then by name.
  scored.sort((a, b) => b.score - a.score || a.symbol.name.length - b.symbol.name.length || (a.symbol.name < b.symbol.name ? -1 : 1))
  return scored.map((entry) => entry.symbol)
}

/**
 * How well `name` matches the lower-case `needle` as a subsequence, or null when it does not: a point per
 * character, more for characters that follow each other or start a word (after `.`, `-`, `_`, a space or
 * at the start), so `exifc` ranks `expr.if.condition` above names that merely contain the letters.
 */
export function fuzzyScore(needle: string, name: string): number | null {
  if (needle === '') return 0
  const haystack = name.toLowerCase()
  let score = 0
  let previous = -2
  let position = 0
  for (const character of needle) {
    const found = haystack.indexOf(character, position)
    if (found === -1) return null
    score += 1
    if (found === previous + 1) score += 3
    if (found === 0 || /[.\-_ /:]/.test(haystack[found - 1]!)) score += 2
    previous = found
    position = found + 1
  }
  // A tighter match is better: penalize the letters skipped.
  return score * 100 - (previous + 1 - needle.length)
}

/**
 * Each section's span: from its heading (or the heading's label) to where the next section of the same
 * or a higher level starts, else to the end of the chapter.
 */
export function sectionSpans(chapter: Chapter): SourceSpan[] {
  const last = chapter.blocks[chapter.blocks.length - 1]
  const end = last ? last.position.end : {line: 1, column: 1, offset: 0}
  const starts = chapter.sections.map((section) => {
    const heading = chapter.blocks.find((block) => block.type === 'heading' && block.position.start.offset === section.position.start.offset)
    return heading?.labelPosition?.start ?? section.position.start
  })
  return chapter.sections.map((section, index) => {
    const next = chapter.sections.findIndex((candidate, other) => other > index && candidate.depth <= section.depth)
    return {file: chapter.file, start: starts[index]!, end: next === -1 ? end : starts[next]!}
  })
}
