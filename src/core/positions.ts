/**
 * Core: positions in source files, as every layer reports and stores them (the model re-exports them).
 */

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
