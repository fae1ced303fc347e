/**
 * Check: runs every lint rule over the model and returns the diagnostics, sorted. The rules are listed in
 * `rules/index.ts`; each is one module under `rules/`. The project's configured lint levels
 * (`settings.lints`, see `src/config/schema.ts`) apply here, except to rules marked `fixed` (input limits
 * and the spec's rule IDs, which an auditor must be able to rely on); `--deny-warnings` applies last.
 * Rules that check one chapter at a time (`ChapterRule`) run over every chapter, or, given a `CheckMemo`
 * (the language server, `specmark dev`), only over chapters whose model changed since the last check:
 * the diagnostics are the same either way.
 */
import {compareDiagnostics, createCollector, type Diagnostic} from '../diagnostics/diagnostic.ts'
import type {CheckMemo} from './check-memo.ts'
import type {CheckContext, LintRule, RuleReport} from './context.ts'
import {lintRules} from './rules/index.ts'

export interface CheckOptions {
  /** Report warnings as errors. */
  denyWarnings?: boolean
  /** Chapter rules' results from checks of earlier models, to re-run them only for changed chapters. */
  memo?: CheckMemo
}

/** The code of the diagnostics about the configured lint levels themselves. */
export const INVALID_LINT_LEVEL = 'invalid-lint-level'

export function runCheck(context: CheckContext, options: CheckOptions = {}): Diagnostic[] {
  const {report, diagnostics} = createCollector()
  const levels = lintLevels(context, report)
  options.memo?.begin(context)
  for (const rule of lintRules) {
    if (rule.layouts && !rule.layouts.includes(context.project.layout)) continue
    const level = levels.get(rule.code)
    if (level === 'off') continue
    const lenient = rule.dialect === true && !context.project.specSyntax
    const ruleReport: RuleReport = (diagnostic) => {
      const configured = level ?? (lenient ? 'warning' : (diagnostic.severity ?? rule.severity))
      const severity = options.denyWarnings ? 'error' : configured
      report({...diagnostic, code: rule.code, severity})
    }
    if (rule.check) {
      rule.check(context, ruleReport)
      continue
    }
    for (const chapter of context.spec.chapters) {
      if (!options.memo) rule.checkChapter(context, chapter, ruleReport)
      else for (const diagnostic of options.memo.chapterResults(context, chapter, rule.code, (into) => rule.checkChapter(context, chapter, into))) ruleReport(diagnostic)
    }
  }
  return diagnostics.sort(compareDiagnostics)
}

/** The configured levels that may apply; unknown codes and fixed rules are reported, never applied. */
function lintLevels(context: CheckContext, report: ReturnType<typeof createCollector>['report']): Map<string, 'error' | 'warning' | 'off'> {
  const levels = new Map<string, 'error' | 'warning' | 'off'>()
  const byCode = new Map<string, LintRule>(lintRules.map((rule) => [rule.code, rule]))
  const source = context.project.settingsSource ?? null
  for (const [code, level] of Object.entries(context.project.settings.lints ?? {})) {
    const rule = byCode.get(code)
    const place = source?.lintPlaces[code] ?? null
    if (!rule) {
      report({code: INVALID_LINT_LEVEL, severity: 'error', reason: `Unexpected lint code \`${code}\`, expected the code of one of specmark's lints`, place, hint: 'see the table of diagnostics in docs/authoring-guide.md for every code'})
    } else if (rule.fixed && level !== 'error' && level !== rule.severity) {
      report({code: INVALID_LINT_LEVEL, severity: 'error', reason: `Unexpected level \`${level}\` for \`${code}\`, expected its default: input limits and diagnostics about rule IDs cannot be demoted`, place, hint: `remove \`${code}\` from the configured lints`})
    } else {
      levels.set(code, level)
    }
  }
  return levels
}
