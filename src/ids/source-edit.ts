/**
 * Editing sources by position: an edit replaces a span of a file's text (given by offsets the model
 * recorded) with new text; edits of one file are applied together, back to front, and all files are written
 * as one transaction (`src/fs/transaction.ts`), refusing if one changed since it was read. Nothing else of the file is touched.
 */
import path from 'node:path'
import {assertCommitted} from '../fs/dirty-guard.ts'
import type {PlannedWrite} from '../fs/transaction.ts'
import {InternalError} from '../diagnostics/diagnostic.ts'

export interface TextEdit {
  /** File relative to the content root. */
  file: string
  start: number
  end: number
  text: string
}

/** Applies edits to one text; edits must not overlap. */
export function applyEdits(text: string, edits: Array<Pick<TextEdit, 'start' | 'end' | 'text'>>): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start)
  let result = text
  let limit = Infinity
  for (const edit of sorted) {
    if (edit.end > limit || edit.start > edit.end) throw new InternalError(`overlapping edits at offset ${edit.start}`)
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
    limit = edit.start
  }
  return result
}

/**
 * The writes that apply `edits`: one per file whose text changes, each expecting the text the edits were
 * computed from (see `commitWrites`, which writes them as one transaction). Refuses files with uncommitted
 * changes in git unless `allowDirty`.
 * @param contentRoot folder the edits' paths are relative to
 * @param sources the text each file had when the edits were computed, by file
 */
export function planEdits(contentRoot: string, sources: Map<string, string>, edits: TextEdit[], options: {allowDirty?: boolean} = {}): {writes: PlannedWrite[]; files: string[]} {
  const byFile = new Map<string, TextEdit[]>()
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit])
  assertCommitted([...byFile.keys()].map((file) => path.join(contentRoot, file)), options.allowDirty ?? false)
  const writes: PlannedWrite[] = []
  const files: string[] = []
  for (const [file, fileEdits] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const original = sources.get(file)
    if (original === undefined) throw new InternalError(`no source read for ${file}`)
    const updated = applyEdits(original, fileEdits)
    if (updated === original) continue
    writes.push({file: path.join(contentRoot, file), content: updated, expected: original})
    files.push(file)
  }
  return {writes, files}
}

/** The line ending a text uses (CRLF if its first line ends so). */
export function lineEnding(text: string): string {
  const index = text.indexOf('\n')
  return index > 0 && text[index - 1] === '\r' ? '\r\n' : '\n'
}

/** The offset where the line holding `offset` starts. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}
