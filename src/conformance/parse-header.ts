/**
 * Reads a conformance test's header: `//@ directive: value` lines that say which rules the program tests
 * and how rustc must treat it, and `//~ CODE` annotations that pin an expected error to a line.
 *
 * ```rust
 * //@ reference: pat.exhaustive.integers      (one a line, one or more lines: the rules this program is evidence for)
 * //@ compile-fail: E0004                      (or check-pass, run-pass, run-fail)
 * //@ edition: 2021                            (default 2024)
 * //@ compile-flags: -C overflow-checks=off    (extra rustc arguments)
 * //@ stdout: 3                                (run-pass/run-fail: the output, one directive a line)
 * //@ error: `||` operators are not supported   (compile-fail: an error message part, for errors without a code)
 * //@ aux-build: auxiliary/my_macros.rs        (a crate built first and passed with `--extern my_macros`)
 * fn main() { match 0usize { 0 => {} } } //~ E0004
 * ```
 *
 * `//~^ CODE` points at the line above (one `^` per line), as rust-lang/rust's compiletest does.
 * Problems with the header are returned with their line, never thrown.
 */

export type Mode = 'check-pass' | 'run-pass' | 'run-fail' | 'compile-fail'

export const MODES: readonly Mode[] = ['check-pass', 'run-pass', 'run-fail', 'compile-fail']

export interface Annotation {
  code: string
  /** The 1-based line the error's primary span must start on. */
  line: number
  /** The line the annotation is written on. */
  at: number
}

export interface TestHeader {
  references: Array<{id: string; line: number}>
  mode: Mode | null
  /** Where the mode directive is: failures are reported there. */
  modeLine: number
  /** compile-fail: the error codes that must all be reported (and no other coded error). */
  codes: string[]
  edition: string
  flags: string[]
  /** compile-fail: parts of error messages that must be reported (for errors rustc gives no code). */
  messages: string[]
  /** Expected standard output lines, or null when the test does not check its output. */
  stdout: string[] | null
  /** Crates built before the test, each passed to it with `--extern` (paths relative to the test's folder). */
  auxBuild: Array<{path: string; line: number}>
  annotations: Annotation[]
  problems: Array<{line: number; message: string}>
}

const DIRECTIVE = /^\s*\/\/@\s*([a-z-]+)\s*(?::\s?(.*))?$/
const ANNOTATION = /\/\/~(\^*)\s*(E\d{4})\b/g
const ERROR_CODE = /^E\d{4}$/
const EDITIONS = new Set(['2015', '2018', '2021', '2024'])

/** The crate name of an auxiliary file: its stem, with `-` read as `_` (as Cargo does). */
export function auxCrateName(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.rs$/, '').replaceAll('-', '_')
}

export function parseHeader(source: string): TestHeader {
  const header: TestHeader = {references: [], mode: null, modeLine: 1, codes: [], messages: [], edition: '2024', flags: [], stdout: null, auxBuild: [], annotations: [], problems: []}
  const setMode = (mode: Mode, line: number): void => {
    if (header.mode) header.problems.push({line, message: `Unexpected second mode \`${mode}\`, expected one of ${MODES.join(', ')} per test (already \`${header.mode}\`)`})
    header.mode = mode
    header.modeLine = line
  }
  source.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1
    for (const match of text.matchAll(ANNOTATION)) header.annotations.push({code: match[2]!, line: line - match[1]!.length, at: line})
    const directive = DIRECTIVE.exec(text)
    if (!directive) return
    const name = directive[1]!
    const value = (directive[2] ?? '').trimEnd()
    switch (name) {
      case 'reference': {
        const ids = value.split(/[\s,]+/).filter(Boolean)
        for (const id of ids) header.references.push({id, line})
        if (ids.length === 0) header.problems.push({line, message: 'Unexpected empty `reference:`, expected a rule ID'})
        // `trace` (and so the site's coverage) reads one ID a line, as rust-lang/rust's compiletest writes them:
        // a second ID on the line would be run here but never counted there.
        if (ids.length > 1) header.problems.push({line, message: `Unexpected ${ids.length} rule IDs on one \`reference:\` line, expected one ID a line (\`//@ reference: ${ids[1]}\` on a line of its own)`})
        break
      }
      case 'check-pass':
      case 'run-pass':
      case 'run-fail':
        setMode(name, line)
        break
      case 'compile-fail': {
        setMode(name, line)
        const codes = value.split(/[\s,]+/).filter(Boolean)
        const bad = codes.filter((code) => !ERROR_CODE.test(code))
        if (bad.length > 0) header.problems.push({line, message: `Unexpected error code \`${bad.join('`, `')}\`, expected codes such as \`E0382\``})
        header.codes.push(...codes.filter((code) => ERROR_CODE.test(code)))
        break
      }
      case 'error':
        if (value.trim() === '') header.problems.push({line, message: 'Unexpected empty `error:`, expected part of the error message'})
        else header.messages.push(value.trim())
        break
      case 'edition':
        if (!EDITIONS.has(value.trim())) header.problems.push({line, message: `Unexpected edition \`${value}\`, expected one of ${[...EDITIONS].join(', ')}`})
        else header.edition = value.trim()
        break
      case 'compile-flags':
        header.flags.push(...value.split(/\s+/).filter(Boolean))
        break
      case 'stdout':
        ;(header.stdout ??= []).push(value)
        break
      case 'aux-build': {
        const file = value.trim()
        // A file of the suite, named from the test's own folder: its stem is the crate name the test uses.
        if (!/^[\w./-]+\.rs$/.test(file) || file.startsWith('/') || !/^[A-Za-z_]\w*$/.test(auxCrateName(file))) {
          header.problems.push({line, message: `Unexpected \`aux-build: ${value}\`, expected a relative path to a \`.rs\` file whose name is a crate name, such as \`auxiliary/my_macros.rs\``})
        } else header.auxBuild.push({path: file, line})
        break
      }
      default:
        header.problems.push({line, message: `Unexpected directive \`${name}\`, expected reference, ${MODES.join(', ')}, error, edition, compile-flags, stdout or aux-build`})
    }
  })
  if (header.mode === 'compile-fail' && header.codes.length === 0 && header.messages.length === 0) {
    header.problems.push({line: header.modeLine, message: 'Unexpected `compile-fail` without an error code, expected e.g. `//@ compile-fail: E0382` (or `//@ error: …` for an error without a code)'})
  }
  if (header.messages.length > 0 && header.mode !== 'compile-fail') header.problems.push({line: header.modeLine, message: '`error:` needs a compile-fail test'})
  if (!header.mode) header.problems.push({line: 1, message: `Unexpected test without a mode, expected one of \`//@ ${MODES.join('`, `//@ ')}\``})
  if (header.references.length === 0) header.problems.push({line: 1, message: 'Unexpected test citing no rule, expected at least one `//@ reference: <rule id>`'})
  if (header.stdout && header.mode !== 'run-pass' && header.mode !== 'run-fail') {
    header.problems.push({line: header.modeLine, message: '`stdout:` needs a test that runs, expected `run-pass` or `run-fail`'})
  }
  for (const annotation of header.annotations) {
    if (header.mode !== 'compile-fail') header.problems.push({line: annotation.at, message: `Unexpected \`//~ ${annotation.code}\` in a \`${header.mode ?? 'mode-less'}\` test, expected it only in compile-fail tests`})
    else if (!header.codes.includes(annotation.code)) header.problems.push({line: annotation.at, message: `Unexpected \`//~ ${annotation.code}\` not listed in \`compile-fail:\`, expected the header to name every code`})
  }
  return header
}
