/**
 * Editing sources by position: an edit replaces a span of a file's text (given by offsets the model
 * recorded) with new text; edits of one file are applied together, back to front, and the file is written
 * atomically, refusing if it changed since it was read. Nothing else of the file is touched.
 */
import path from 'node:path'
import {assertCommitted} from '../fs/dirty-guard.ts'
import {writeFileAtomic} from '../fs/atomic-write.ts'
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
 * Writes every edited file atomically.
 * @param contentRoot folder the edits' paths are relative to
 * @param sources the text each file had when the edits were computed, by file
 * @param options `allowDirty`: rewrite files with uncommitted changes too (default: refuse)
 * @returns the files written
 */
export async function writeEdits(contentRoot: string, sources: Map<string, string>, edits: TextEdit[], options: {allowDirty?: boolean} = {}): Promise<string[]> {
  const byFile = new Map<string, TextEdit[]>()
  for (const edit of edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit])
  assertCommitted([...byFile.keys()].map((file) => path.join(contentRoot, file)), options.allowDirty ?? false)
  const written: string[] = []
  for (const [file, fileEdits] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const original = sources.get(file)
    if (original === undefined) throw new InternalError(`no source read for ${file}`)
    const updated = applyEdits(original, fileEdits)
    if (updated === original) continue
    await writeFileAtomic(path.join(contentRoot, file), updated, {expected: original})
    written.push(file)
  }
  return written
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
