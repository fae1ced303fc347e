/**
 * Printing diagnostics: rustc-style text (`path:line:col: error[code]: message`, then `help:` and
 * `note:` lines) and JSON (the diagnostics as data, with paths as printed).
 */
import path from 'node:path'
import {escapeControls} from './escape.ts'
import {displayPath} from '../core/paths.ts'
import type {SourceSpan} from '../core/positions.ts'
import type {Diagnostic} from './diagnostic.ts'

/** Turns a model path (relative to the content root) into the path shown to the user. */
export type PathDisplay = (file: string) => string

export function createPathDisplay(contentRoot: string): PathDisplay {
  return (file) => displayPath(path.join(contentRoot, file))
}

function where(place: SourceSpan | null, display: PathDisplay): string {
  if (!place) return 'specmark'
  return `${display(place.file)}:${place.start.line}:${place.start.column}`
}

/** Formats diagnostics as text, one block per diagnostic, ending with a count line. */
export function formatText(diagnostics: Diagnostic[], display: PathDisplay): string {
  const lines: string[] = []
  for (const diagnostic of diagnostics) {
    lines.push(`${where(diagnostic.place, display)}: ${diagnostic.severity}[${diagnostic.code}]: ${escapeControls(diagnostic.reason)}`)
    if (diagnostic.cause) lines.push(`  note: ${escapeControls(diagnostic.cause.reason)}: ${where(diagnostic.cause.place, display)}`)
    if (diagnostic.hint) lines.push(...diagnostic.hint.split('\n').map((line, index) => (index === 0 ? `  help: ${line}` : `        ${line}`)))
  }
  return lines.join('\n')
}

/** A count with its noun, plural unless it is one: `1 chapter`, `3 rule IDs`, `0 warnings`. */
export function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** The closing count line: `2 errors, 1 warning`. */
export function summarize(diagnostics: Diagnostic[]): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length
  return `${counted(errors, 'error')}, ${counted(diagnostics.length - errors, 'warning')}`
}

/** Diagnostics as JSON-ready data, with file paths as shown in text output. */
export function toJson(diagnostics: Diagnostic[], display: PathDisplay): object[] {
  const span = (place: SourceSpan | null) =>
    place ? {file: display(place.file), line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column} : null
  return diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.reason,
    ...span(diagnostic.place),
    ...(diagnostic.hint ? {hint: diagnostic.hint} : {}),
    ...(diagnostic.cause ? {related: {message: diagnostic.cause.reason, ...span(diagnostic.cause.place)}} : {}),
  }))
}
