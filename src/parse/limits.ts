/**
 * Input limits, checked by one linear scan before parsing, so that no chapter within the size limit can
 * stall (or crash) a build. Each limit is far beyond what a real specification needs and below where
 * a parser's cost stops being linear:
 *
 * - container nesting: micromark's time grows with the cube of the depth (a list nested 800 deep takes
 *   16 s), and mdast-util-to-hast recurses once per level (`> - ` ×3,000 on one line overflows the stack).
 *   Counted per line: blockquote markers, list markers and indentation.
 * - emphasis delimiters: micromark's attention resolver compares every `*`/`_` run of a paragraph with
 *   every earlier one (`*a` ×50,000 took 202 s). Bounded by the sum over paragraphs of the squared count.
 * - footnote definitions: each closes a container whose events micromark re-walks (5,000 took 11 s).
 * - include directives: each is a file read (40,000 took 15.7 s).
 * - link reference definitions: each is a node carried through every stage (270,000 took 4.7 GB).
 *
 * The limits are documented in the README; `input-too-complex` reports them.
 */

/** Deepest container nesting accepted on one line (`> > > …`, `- - - x`, or a mix). */
export const MAX_NESTING = 64
/** Kept for the message: the deepest blockquote nesting accepted. */
export const MAX_BLOCKQUOTE_DEPTH = MAX_NESTING
/** Widest indentation accepted, in columns (about 64 levels of nested lists). */
export const MAX_INDENT_COLUMNS = 256
/** Largest sum, over a chapter's paragraphs, of the squared number of `*`/`_` runs in each. */
export const MAX_EMPHASIS_WORK = 10_000_000
/** Most footnote definitions in one chapter. */
export const MAX_FOOTNOTES = 1_000
/** Most `{{#include}}` directives in one chapter. */
export const MAX_INCLUDES = 1_000
/** Most link reference definitions in one chapter. */
export const MAX_LINK_DEFINITIONS = 10_000

export interface LimitProblem {
  message: string
  line: number
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]\s]+\]:/
const LINK_DEFINITION = /^ {0,3}\[(?!\^)(?:[^\]\\]|\\.){1,999}\]:/
const INCLUDE = /\{\{\s*#(?:include|rustdoc_include|playground|playpen)\s/g
/** A `*` run anywhere, or a `_` run not inside a word (which can neither open nor close emphasis). */
const EMPHASIS_RUN = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu

/** Whether `source` has more include directives than one chapter may (a cheap count, before reading any). */
export function tooManyIncludes(source: string): boolean {
  if (!source.includes('{{')) return false
  INCLUDE.lastIndex = 0
  let count = 0
  while (INCLUDE.exec(source) !== null) if (++count > MAX_INCLUDES) return true
  return false
}

/** The container nesting a line opens: blockquote and list markers before its content, and its indentation. */
function lineNesting(text: string): {depth: number; indent: number} {
  let depth = 0
  let indent = 0
  let index = 0
  while (index < text.length) {
    const ch = text[index]!
    if (ch === ' ') {
      indent++
      index++
    } else if (ch === '\t') {
      indent += 4 - (indent % 4)
      index++
    } else if (ch === '>') {
      depth++
      index++
    } else if ((ch === '-' || ch === '*' || ch === '+') && (index + 1 === text.length || text[index + 1] === ' ' || text[index + 1] === '\t')) {
      depth++
      // The space that ends a list marker belongs to the marker, not to the indentation.
      index += 2
    } else {
      // Most lines start with text: test the first character before slicing for an ordered-list marker.
      if (ch < '0' || ch > '9') break
      const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(text.slice(index, index + 11))
      if (!ordered) break
      depth++
      index += ordered[0].length + 1
    }
  }
  return {depth, indent}
}

/** The first place where `source` exceeds an input limit, or null. */
export function findLimitProblem(source: string): LimitProblem | null {
  const lines = source.split(/\r\n|\r|\n/)
  let fence: string | null = null
  let footnotes = 0
  let definitions = 0
  let includes = 0
  let emphasisWork = 0
  let paragraphRuns = 0
  let paragraphStart = 0
  const endParagraph = (): void => {
    emphasisWork += paragraphRuns * paragraphRuns
    paragraphRuns = 0
  }
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!
    const line = index + 1
    const {depth, indent} = lineNesting(text)
    if (depth > MAX_NESTING) return {message: `containers (blockquotes, lists) nested more than ${MAX_NESTING} deep on one line`, line}
    if (indent > MAX_INDENT_COLUMNS) return {message: `a line indented more than ${MAX_INDENT_COLUMNS} columns (lists nested too deep)`, line}
    if (text.includes('{{#')) {
      includes += text.match(INCLUDE)?.length ?? 0
      if (includes > MAX_INCLUDES) return {message: `more than ${MAX_INCLUDES} include directives in one chapter`, line}
    }
    const fenceMatch = FENCE.exec(text)
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null
      continue
    }
    if (fenceMatch) {
      endParagraph()
      fence = fenceMatch[1]!
      continue
    }
    if (text.trim() === '') {
      endParagraph()
      continue
    }
    if (FOOTNOTE_DEFINITION.test(text) && ++footnotes > MAX_FOOTNOTES) return {message: `more than ${MAX_FOOTNOTES} footnote definitions in one chapter`, line}
    if (LINK_DEFINITION.test(text) && ++definitions > MAX_LINK_DEFINITIONS) return {message: `more than ${MAX_LINK_DEFINITIONS} link reference definitions in one chapter`, line}
    if (paragraphRuns === 0) paragraphStart = line
    if (text.includes('*') || text.includes('_')) {
      paragraphRuns += text.match(EMPHASIS_RUN)?.length ?? 0
      if (emphasisWork + paragraphRuns * paragraphRuns > MAX_EMPHASIS_WORK) {
        return {message: `too many emphasis delimiters (\`*\`, \`_\`) in a paragraph (${paragraphRuns} runs from line ${paragraphStart})`, line: paragraphStart}
      }
    }
  }
  return null
}
