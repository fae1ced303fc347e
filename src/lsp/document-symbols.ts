/**
 * Language server, the outline of a chapter: its sections, nested by heading depth, and under each the
 * rules labelled in it and the grammar productions it defines. Workspace symbols search the same names
 * across the whole specification. To show another kind of entry, add it where rules are added.
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
  for (const production of snapshot.loaded.spec.grammar) {
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

/** Rule IDs, grammar names and terms whose name contains `query` (case-insensitive), at most `limit`. */
export function workspaceSymbols(snapshot: Snapshot, query: string, limit = 500): WorkspaceSymbol[] {
  const {spec, project} = snapshot.loaded
  const needle = query.toLowerCase()
  const symbols: WorkspaceSymbol[] = []
  const titles = new Map(spec.chapters.map((chapter) => [chapter.id, chapter.title]))
  const push = (name: string, kind: SymbolKind, span: SourceSpan, container: string): boolean => {
    if (!name.toLowerCase().includes(needle)) return true
    symbols.push({name, kind, location: toLocation(project.contentRoot, span), containerName: container})
    return symbols.length < limit
  }
  for (const [id, location] of Object.entries(spec.rules)) {
    if (!push(id, SymbolKind.Key, labelIdSpan(location.position, id), titles.get(location.chapter) ?? location.chapter)) return symbols
  }
  for (const production of spec.grammar) {
    if (!push(production.name, SymbolKind.Class, spanAt(production.position.file, production.position.start, production.name.length), titles.get(production.chapter) ?? production.chapter)) return symbols
  }
  for (const term of spec.terms) {
    if (!push(term.text, SymbolKind.Constant, term.position, titles.get(term.chapter) ?? term.chapter)) return symbols
  }
  return symbols
}

/**
 * Each section's span: from its heading (or the heading's label) to where the next section of the same
 * or a higher level starts, else to the end of the chapter.
 */
function sectionSpans(chapter: Chapter): SourceSpan[] {
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
