/**
 * What a lint rule sees: the loaded project, the model, the builder's facts and the link index. Rules are
 * pure: they read this and report diagnostics.
 */
import type {Report, Severity} from '../diagnostics/diagnostic.ts'
import type {Model} from '../pipeline/assemble-model.ts'

export type CheckContext = Model

/** What every rule module exports. */
export interface LintRule {
  /** Kebab-case code shown in brackets: `error[duplicate-rule-id]`. */
  code: string
  /** Default severity. */
  severity: Severity
  /** One line: what the rule checks. */
  description: string
  /**
   * True for rules whose level no configuration may change: input limits and diagnostics about the
   * spec's rule IDs (what auditors cite must never be silently broken).
   */
  fixed?: boolean
  /** Which layouts the rule applies to (default: both). */
  layouts?: Array<'specmark' | 'mdbook'>
  check(context: CheckContext, report: RuleReport): void
}

/** A report function with the rule's id and severity filled in. */
export type RuleReport = (diagnostic: Omit<Parameters<Report>[0], 'code' | 'severity'> & {severity?: Severity}) => void
