/**
 * Input limits, checked before parsing: markdown's container nesting costs micromark time that grows
 * with the cube of the depth (a list nested 800 deep takes 16 s), so a file nested deeper than any real
 * specification is refused with a diagnostic instead of stalling the build. The limits are documented in
 * the README.
 */

/** Deepest blockquote nesting accepted (`> > > …`). */
export const MAX_BLOCKQUOTE_DEPTH = 64
/** Widest indentation accepted, in columns (about 64 levels of nested lists). */
export const MAX_INDENT_COLUMNS = 256

export interface LimitProblem {
  message: string
  line: number
}

/** The first place where `source` exceeds a nesting limit, or null. */
export function findLimitProblem(source: string): LimitProblem | null {
  let line = 0
  for (const text of source.split('\n')) {
    line++
    let indent = 0
    let quotes = 0
    for (const ch of text) {
      if (ch === ' ') indent++
      else if (ch === '\t') indent += 4 - (indent % 4)
      else if (ch === '>') quotes++
      else break
      if (quotes > MAX_BLOCKQUOTE_DEPTH) {
        return {message: `blockquotes nested deeper than ${MAX_BLOCKQUOTE_DEPTH} levels`, line}
      }
    }
    if (indent > MAX_INDENT_COLUMNS) return {message: `a line indented more than ${MAX_INDENT_COLUMNS} columns (lists nested too deep)`, line}
  }
  return null
}
