/**
 * Check: runs every lint rule over the model and returns the diagnostics, sorted. The rules are listed in
 * `rules/index.ts`; each is one module under `rules/`.
 */
import {compareDiagnostics, createCollector, type Diagnostic} from '../diagnostics/diagnostic.ts'
import type {CheckContext} from './context.ts'
import {lintRules} from './rules/index.ts'

export interface CheckOptions {
  /** Report warnings as errors. */
  denyWarnings?: boolean
}

export function runCheck(context: CheckContext, options: CheckOptions = {}): Diagnostic[] {
  const {report, diagnostics} = createCollector()
  for (const rule of lintRules) {
    if (rule.layouts && !rule.layouts.includes(context.project.layout)) continue
    rule.check(context, (diagnostic) => {
      const severity = options.denyWarnings ? 'error' : (diagnostic.severity ?? rule.severity)
      report({...diagnostic, ruleId: rule.ruleId, severity})
    })
  }
  return diagnostics.sort(compareDiagnostics)
}
