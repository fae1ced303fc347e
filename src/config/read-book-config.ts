/**
 * The `[specmark]` table of `book.toml`, validated against the one settings schema (`schema.ts`), with
 * each problem placed at the line of the key it is about. smol-toml keeps no positions, so keys are found
 * in the text: the table's header (`[specmark]` or `[specmark.lints]`), then the key's own line.
 */
import type {SourceSpan} from '../core/positions.ts'
import {SettingsSchema, type Settings} from './schema.ts'

export interface ConfigProblem {
  message: string
  place: SourceSpan
}

export type ConfigResult = {ok: true; settings: Settings; locate: (path: Array<string | number>) => SourceSpan} | {ok: false; problems: ConfigProblem[]}

/**
 * Validates the `[specmark]` table of a parsed `book.toml`.
 * @param table the table's value (undefined when the book has none)
 * @param text the text of `book.toml`, to place problems
 * @param file how messages name `book.toml`
 */
export function readBookSettings(table: unknown, text: string, file: string): ConfigResult {
  const locate = tomlLocator(text, file, 'specmark')
  const result = SettingsSchema.safeParse(table ?? {})
  if (result.success) return {ok: true, settings: result.data, locate}
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      // An unknown key is placed at the key itself, not at its table.
      const keyPath = (issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path) as Array<string | number>
      const where = keyPath.length > 0 ? ` at \`specmark.${keyPath.join('.')}\`` : ' in `[specmark]`'
      return {message: `${issue.message}${where}`, place: locate(keyPath)}
    }),
  }
}

/** Finds the line where a key under table `root` is written; falls back to the nearest table found. */
export function tomlLocator(text: string, file: string, root: string): (path: Array<string | number>) => SourceSpan {
  const lines = text.split('\n')
  const headerOf = (line: string): string | null => /^\s*\[\s*([^\][]+?)\s*\]\s*(#.*)?$/.exec(line)?.[1]?.replace(/\s*\.\s*/g, '.').replace(/"/g, '') ?? null
  const span = (index: number, column = 1): SourceSpan => {
    const offset = lines.slice(0, index).reduce((sum, line) => sum + line.length + 1, 0) + column - 1
    const point = {line: index + 1, column, offset}
    return {file, start: point, end: point}
  }
  return (path) => {
    const keys = path.map(String)
    // The deepest table header that is a prefix of the path, e.g. `[specmark.lints]` for `lints.x`.
    let best = -1
    let depth = -1
    lines.forEach((line, index) => {
      const header = headerOf(line)
      if (header === null) return
      const parts = header.split('.')
      if (parts[0] !== root) return
      const rest = parts.slice(1)
      if (rest.length <= keys.length && rest.every((part, i) => part === keys[i]) && rest.length > depth) {
        best = index
        depth = rest.length
      }
    })
    if (best === -1) return span(0)
    const remaining = keys.slice(depth)
    if (remaining.length === 0) return span(best)
    // Within the table: the line defining the next key (bare, quoted, or dotted), up to the next header.
    for (let index = best + 1; index < lines.length && headerOf(lines[index]!) === null; index++) {
      const line = lines[index]!
      for (let take = remaining.length; take >= 1; take--) {
        const key = remaining.slice(0, take).map((part) => `"?${escapeRegex(part)}"?`).join('\\s*\\.\\s*')
        const match = new RegExp(`^(\\s*)${key}\\s*=`).exec(line)
        if (match) {
          // An inline table `lints = { a = "x" }`: point at the inner key when it is on this line.
          const inner = remaining[take]
          if (inner !== undefined) {
            const at = line.search(new RegExp(`[{,]\\s*"?${escapeRegex(inner)}"?\\s*=`))
            if (at !== -1) return span(index, at + 1 + (/^[{,]\s*/.exec(line.slice(at))?.[0].length ?? 0))
          }
          return span(index, match[1]!.length + 1)
        }
      }
    }
    return span(best)
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
