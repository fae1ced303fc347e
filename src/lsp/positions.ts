/**
 * Language server, positions and URIs: converting between the model's places (a file relative to the
 * content root, 1-based line and column, 0-based offset) and the protocol's (a `file:` URI, 0-based line
 * and character). Both count columns in UTF-16 code units — micromark advances its column once per
 * `charCodeAt` unit, so `é😀 [x]` puts the link at column 5, character 4 — so the conversion is a plain
 * shift by one, with no need for the text. To extend: add converters here, never inline them elsewhere.
 */
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {Location, Position, Range} from 'vscode-languageserver'
import type {Point, SourceSpan} from '../model/types.ts'

/** The protocol range of a model span. */
export function toRange(span: SourceSpan): Range {
  return {start: toPosition(span.start), end: toPosition(span.end)}
}

/** The protocol position of a model point (lines and columns never go below the first). */
export function toPosition(point: Point): Position {
  return {line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1)}
}

/** A span of `length` code units starting at a model point, on one line (a name inside a larger span). */
export function spanAt(file: string, start: Point, length: number): SourceSpan {
  return {file, start, end: {line: start.line, column: start.column + length, offset: start.offset + length}}
}

/** Whether `offset` lies inside `span` (both ends included, so a cursor right after a link still hits it). */
export function containsOffset(span: SourceSpan, offset: number): boolean {
  return span.start.offset <= offset && offset <= span.end.offset
}

/** The `file:` URI of a model file. */
export function fileUri(contentRoot: string, file: string): string {
  return pathToFileURL(path.join(contentRoot, file)).href
}

/** The protocol location of a model span. */
export function toLocation(contentRoot: string, span: SourceSpan): Location {
  return {uri: fileUri(contentRoot, span.file), range: toRange(span)}
}

/**
 * The model file (relative to the content root, `/`-separated) of a URI, or null for a URI that is not
 * a file inside the content root.
 */
export function uriToFile(contentRoot: string, uri: string): string | null {
  if (!uri.startsWith('file:')) return null
  let absolute: string
  try {
    absolute = fileURLToPath(uri)
  } catch {
    return null
  }
  const relative = path.relative(contentRoot, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null
  return relative.split(path.sep).join('/')
}

/** Line starts of a text, for offset ↔ position conversions on sources the model did not place. */
export function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** The protocol position of a UTF-16 offset in a text whose line starts are `starts`. */
export function positionAt(starts: number[], offset: number): Position {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return {line: low, character: offset - starts[low]!}
}

/** The UTF-16 offset of a protocol position (clamped to the line's end and the text's length). */
export function offsetAt(text: string, starts: number[], position: Position): number {
  if (position.line >= starts.length) return text.length
  const start = starts[position.line]!
  const next = position.line + 1 < starts.length ? starts[position.line + 1]! - 1 : text.length
  const end = next > start && text[next - 1] === '\r' ? next - 1 : next
  return Math.min(start + Math.max(0, position.character), end)
}
