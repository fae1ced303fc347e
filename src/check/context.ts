/**
 * What a lint rule sees: the loaded project, the model, the builder's facts and the link index. Rules are
 * pure: they read this and report diagnostics.
 */
import type {Report, Severity} from '../diagnostics/diagnostic.ts'
import type {Chapter} from '../model/types.ts'
import type {Model} from '../pipeline/assemble-model.ts'

export type CheckContext = Model

/** What every rule module exports: a rule checks the whole model, or one chapter at a time. */
export type LintRule = LintRuleInfo & (WholeModelRule | ChapterRule)

interface WholeModelRule {
  check(context: CheckContext, report: RuleReport): void
  checkChapter?: never
}

/**
 * A rule whose diagnostics about a chapter depend on nothing but that chapter (its model object and
 * `facts.chapters[chapter.id]`) and what is fixed for one load of the project — `project`, `registry`,
 * `interop`, `externalIds`, and which chapters exist (`index.chapterByFile`) — never on another chapter's
 * content. `check` runs it over every chapter in order; the language server and `specmark dev` run it
 * again only for chapters whose model changed (`CheckMemo`). A rule reading other chapters' content
 * (`spec.rules`, `spec.grammar`, `spec.terms`, the rest of `index`) is a whole-model `check`.
 */
interface ChapterRule {
  checkChapter(context: CheckContext, chapter: Chapter, report: RuleReport): void
  check?: never
}

interface LintRuleInfo {
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
  /**
   * True for rules about what only mdbook-spec reads (grammar blocks, its admonition kinds): in an mdBook
   * that does not run it (`Project.specSyntax` false) their errors are warnings, as mdBook shows such
   * blocks as they are and builds. A configured level still applies.
   */
  dialect?: boolean
}

/** A report function with the rule's id and severity filled in. */
export type RuleReport = (diagnostic: Omit<Parameters<Report>[0], 'code' | 'severity'> & {severity?: Severity}) => void
