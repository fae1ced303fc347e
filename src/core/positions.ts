/**
 * Core: positions in source files, as every layer reports and stores them (the model re-exports them),
 * and the conversion of unist positions into them.
 */
import type {Node} from 'unist'

/** A position in a source file: 1-based line and column, 0-based offset (as in unist). */
export interface Point {
  line: number
  column: number
  offset: number
}

/** A span in a source file. `file` is relative to the spec root, with `/` separators. */
export interface SourceSpan {
  file: string
  start: Point
  end: Point
}

const ORIGIN: Point = {line: 1, column: 1, offset: 0}

/** The span of a node in `file` (nodes built by specmark's parser always carry positions). */
export function spanOf(node: Node, file: string): SourceSpan {
  const start = node.position?.start
  const end = node.position?.end
  return {
    file,
    start: start ? {line: start.line, column: start.column, offset: start.offset ?? 0} : ORIGIN,
    end: end ? {line: end.line, column: end.column, offset: end.offset ?? 0} : ORIGIN,
  }
}

/** A zero-width span at a point. */
export function pointSpan(file: string, point: Point): SourceSpan {
  return {file, start: point, end: point}
}
