/**
 * The one diagnostic type of specmark, shaped after unified's `VFileMessage`: every problem any stage finds
 * in the user's input is one of these, never a thrown string. Internal bugs are thrown `InternalError`s and
 * kept apart from user diagnostics.
 */
import type {SourceSpan} from '../core/positions.ts'

export type Severity = 'error' | 'warning'

export interface Diagnostic {
  /** The lint's kebab-case code: `duplicate-rule-id` (never a spec rule ID, which is `Block.ruleId`). */
  code: string
  severity: Severity
  /** One line: "Unexpected X, expected Y", offending values in backticks, no trailing period. */
  reason: string
  /** Where the problem is; null for problems of the whole project (e.g. a missing root). */
  place: SourceSpan | null
  /** How to fix it, when known. */
  hint?: string
  /** A related location, e.g. where a duplicate was first defined. */
  cause?: {reason: string; place: SourceSpan}
  source: 'specmark'
}

/** Where a diagnostic is collected by a pass. Passes take a report function and return data. */
export type Report = (diagnostic: Omit<Diagnostic, 'source'>) => void

/** A failed invariant inside specmark itself: a bug, never a problem with the user's input. */
export class InternalError extends Error {
  constructor(message: string, options?: {cause?: unknown}) {
    super(`specmark internal error: ${message}`, options)
    this.name = 'InternalError'
  }
}

/**
 * A problem that stops a command before it can produce results: a missing root, an unreadable file,
 * invalid UTF-8 or YAML. The CLI prints it as one line and exits with status 2.
 */
export class InputError extends Error {
  readonly place: SourceSpan | null
  constructor(message: string, place: SourceSpan | null = null) {
    super(message)
    this.name = 'InputError'
    this.place = place
  }
}

/** Compares diagnostics for stable output: by file, then position, then rule id, then reason. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const fileA = a.place?.file ?? ''
  const fileB = b.place?.file ?? ''
  if (fileA !== fileB) return fileA < fileB ? -1 : 1
  const offsetA = a.place?.start.offset ?? -1
  const offsetB = b.place?.start.offset ?? -1
  if (offsetA !== offsetB) return offsetA - offsetB
  if (a.code !== b.code) return a.code < b.code ? -1 : 1
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0
}

/** Creates a collector: the `report` function passes call, and the list it fills. */
export function createCollector(): {report: Report; diagnostics: Diagnostic[]} {
  const diagnostics: Diagnostic[] = []
  const report: Report = (diagnostic) => {
    diagnostics.push({...diagnostic, source: 'specmark'})
  }
  return {report, diagnostics}
}
