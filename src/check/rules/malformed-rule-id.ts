/**
 * `malformed-rule-id`: a label's ID is not lowercase dot-separated components of `a-z`, `0-9`, `_`, `-`.
 *
 * Ok: `r[layout.repr.c.struct]`. Not ok: `r[Expr.If]`, `r[expr..if]`, `r[expr if]`, `r[.expr]`.
 */
import {isRuleId} from '../../model/rule-id.ts'
import type {LintRule} from '../context.ts'

export const malformedRuleId: LintRule = {
  ruleId: 'malformed-rule-id',
  severity: 'error',
  fixed: true,
  description: 'a rule ID does not have the form `a.b.c`',
  check({spec, facts}, report) {
    for (const chapter of spec.chapters) {
      for (const label of facts.chapters[chapter.id]?.labels ?? []) {
        if (isRuleId(label.id)) continue
        const suggestion = label.id.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[.-]+|[.-]+$/g, '')
        report({
          reason: `Unexpected rule ID \`${label.id}\`, expected lowercase dot-separated components of \`a-z\`, \`0-9\`, \`_\` and \`-\``,
          place: label.position,
          ...(suggestion && suggestion !== label.id ? {hint: `write it as \`r[${suggestion}]\``} : {}),
        })
      }
    }
  },
}
