/**
 * Language server, folding ranges: the front matter, every section (to the next heading of its level or
 * higher), every admonition, code or grammar block, list and table of more than one line.
 */
import {FoldingRangeKind, type FoldingRange} from 'vscode-languageserver'
import {sectionSpans} from './document-symbols.ts'
import type {Snapshot} from './workspace.ts'

const FOLDABLE = new Set(['admonition', 'code', 'grammar', 'data', 'list', 'table', 'blockquote', 'html'])

export function foldingRanges(snapshot: Snapshot, file: string, text: string): FoldingRange[] {
  const ranges: FoldingRange[] = []
  const add = (startLine: number, endLine: number, kind?: FoldingRangeKind): void => {
    if (endLine > startLine) ranges.push({startLine, endLine, ...(kind ? {kind} : {})})
  }
  const front = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(text)
  if (front) add(0, front[0].trimEnd().split('\n').length - 1, FoldingRangeKind.Region)
  const chapter = snapshot.chapters.get(file)
  if (!chapter) return ranges
  for (const span of sectionSpans(chapter)) {
    // A section ends on the line before the next one starts (or on the chapter's last line).
    const endLine = span.end.column === 1 ? span.end.line - 2 : span.end.line - 1
    add(span.start.line - 1, endLine)
  }
  for (const block of chapter.blocks) {
    if (FOLDABLE.has(block.type)) add((block.labelPosition ?? block.position).start.line - 1, block.position.end.line - 1)
  }
  return ranges
}
