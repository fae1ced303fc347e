/**
 * Annotation patterns: how a test file says which paragraphs it exercises. A pattern is a regular
 * expression matched once over a whole file (flags `g`, `m`, `d`), whose capture group holds one ID or
 * several IDs separated by spaces or commas.
 *
 * Presets:
 * - `reference` (the default): rust-lang/rust's compiletest header `//@ reference: expr.if.cond`, one ID
 *   per line, the header repeated for several rules
 *   (<https://github.com/rust-lang/reference/blob/3b38834b/dev-guide/src/rules/test-annotations.md>).
 * - `ferrocene`: Ferrocene's `// ferrocene-annotations: fls_z7q8kbjwdc7g`, usually at the end of a test
 *   and followed by a comment line with the section title (which is not captured).
 *
 * To add a preset: add an entry to `ANNOTATION_PRESETS` with its regex and the literal every match
 * contains (`needle`, used to skip files cheaply), add a scanner test in `test/trace/scan.test.ts`, and
 * list it in the README's "Traceability" section. Users without a preset pass `--pattern REGEX`; the ID is
 * the group named `id` if there is one, else the first capture group.
 */
import {InputError} from '../diagnostics/diagnostic.ts'

export interface AnnotationPattern {
  /** The preset name, or the regex source for a custom pattern. */
  name: string
  /** Global, multiline, with indices (`d`) so that each ID's column is known. */
  regex: RegExp
  /** The capture group holding the ID(s): a group number, or `id` for a named group. */
  group: number | 'id'
  /** A literal every match contains; files without it are not matched at all (null: always match). */
  needle: string | null
}

// IDs are captured as runs of non-space characters so that a malformed ID is reported as unknown rather
// than silently skipped. Both presets are anchored at the start of a line: rustc's `.stderr` snapshots
// quote test lines behind `LL |`, and those quotes are not citations.
export const ANNOTATION_PRESETS = {
  reference: {regex: /^[ \t]*\/\/@[ \t]*reference:[ \t]*(\S+)/dgm, needle: 'reference:'},
  ferrocene: {regex: /^[ \t]*\/\/[ \t]*ferrocene-annotations:[ \t]*([^\r\n]*)/dgm, needle: 'ferrocene-annotations:'},
} as const satisfies Record<string, {regex: RegExp; needle: string}>

export type AnnotationPreset = keyof typeof ANNOTATION_PRESETS

export const DEFAULT_PRESET: AnnotationPreset = 'reference'

export interface PatternOptions {
  /** Preset names; each entry may itself be a comma-separated list (default: `reference` when no `patterns`). */
  annotations?: string[]
  /** Custom regular expressions, as written on the command line. */
  patterns?: string[]
}

/** The patterns to scan with. Unknown presets and invalid regexes are an `InputError`. */
export function resolvePatterns(options: PatternOptions = {}): AnnotationPattern[] {
  const custom = (options.patterns ?? []).map(compilePattern)
  const names = (options.annotations ?? []).flatMap((entry) => entry.split(',')).map((name) => name.trim()).filter(Boolean)
  if (names.length === 0 && custom.length === 0) names.push(DEFAULT_PRESET)
  const presets = [...new Set(names)].map((name): AnnotationPattern => {
    if (!Object.hasOwn(ANNOTATION_PRESETS, name)) {
      throw new InputError(`unknown annotation preset \`${name}\`, expected one of ${Object.keys(ANNOTATION_PRESETS).map((key) => `\`${key}\``).join(', ')}`)
    }
    const preset = ANNOTATION_PRESETS[name as AnnotationPreset]
    return {name, regex: new RegExp(preset.regex.source, preset.regex.flags), group: 1, needle: preset.needle}
  })
  return [...presets, ...custom]
}

/** Compiles a user's `--pattern`: it must be a valid regex with a capture group for the ID. */
export function compilePattern(source: string): AnnotationPattern {
  let regex: RegExp
  try {
    regex = new RegExp(source, 'dgm')
  } catch (error) {
    throw new InputError(`invalid --pattern \`${source}\`: ${(error as Error).message}`)
  }
  // Matching the empty alternative reveals how many groups the pattern has without running it on input.
  const groups = new RegExp(`${source}|`).exec('')!.length - 1
  const named = /\(\?<id>/.test(source)
  if (groups === 0) throw new InputError(`invalid --pattern \`${source}\`: expected a capture group around the ID, as in \`^// covers: (\\S+)\``)
  if (regex.test('')) throw new InputError(`invalid --pattern \`${source}\`: it matches the empty string`)
  regex.lastIndex = 0
  return {name: source, regex, group: named ? 'id' : 1, needle: null}
}

/** The IDs in a captured annotation value: separated by spaces and/or commas. */
export function splitIds(value: string): Array<{id: string; offset: number}> {
  const ids: Array<{id: string; offset: number}> = []
  for (const match of value.matchAll(/[^\s,]+/g)) ids.push({id: match[0], offset: match.index})
  return ids
}
