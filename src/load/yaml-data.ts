/**
 * YAML with positions: parses a YAML text, validates it against a zod schema, and maps every problem to a
 * line and column of the file (the YAML may sit inside a markdown file, as front matter does, so the
 * caller passes where the text starts).
 */
import {LineCounter, parseDocument, isNode} from 'yaml'
import type {z} from 'zod'
import type {Point, SourceSpan} from '../core/positions.ts'

export interface YamlProblem {
  message: string
  place: SourceSpan
}

export type YamlResult<T> =
  | {ok: true; data: T; locate: (path: Array<string | number>) => SourceSpan}
  | {ok: false; syntax: boolean; problems: YamlProblem[]}

/**
 * Parses and validates YAML.
 * @param text the YAML text
 * @param file the file it comes from, relative to the content root
 * @param origin where `text` starts in that file (default: the file's start)
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  file: string,
  origin: Point = {line: 1, column: 1, offset: 0}
): YamlResult<z.output<S>> {
  // A lone CR ends a line for micromark but not for the YAML parser; as LF (same length, so offsets
  // stay) both agree on lines, and old Mac line endings are not reported as YAML errors.
  text = text.replace(/\r(?!\n)/g, '\n')
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const span = (offset: number): SourceSpan => {
    const {line, col} = lineCounter.linePos(offset)
    const point: Point = {
      line: origin.line + line - 1,
      column: line === 1 ? origin.column + col - 1 : col,
      offset: origin.offset + offset,
    }
    return {file, start: point, end: point}
  }
  if (document.errors.length > 0) {
    return {
      ok: false,
      syntax: true,
      problems: document.errors.map((error) => ({
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
        place: span(error.pos[0]),
      })),
    }
  }
  const locate = (path: Array<string | number>): SourceSpan => {
    const node = document.getIn(path, true)
    return span(isNode(node) && node.range ? node.range[0] : (document.contents?.range?.[0] ?? 0))
  }
  let data: unknown
  try {
    data = document.toJS({maxAliasCount: 100}) ?? {}
  } catch (error) {
    // Unresolvable or exploding aliases (`*x` without `&x`, billion laughs) are not syntax errors to the
    // parser, but they are to the author.
    return {ok: false, syntax: true, problems: [{message: `invalid YAML: ${(error as Error).message}`, place: span(0)}]}
  }
  const result = schema.safeParse(data)
  if (result.success) return {ok: true, data: result.data, locate}
  return {
    ok: false,
    syntax: false,
    problems: result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? ` at \`${issue.path.join('.')}\`` : ''
      return {message: `${issue.message}${where}`, place: locate(issue.path as Array<string | number>)}
    }),
  }
}
