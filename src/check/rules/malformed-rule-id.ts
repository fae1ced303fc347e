/**
 * `malformed-rule-id`: a label's ID is not lowercase dot-separated components of `a-z`, `0-9`, `_`, `-`.
 *
 * Ok: `r[layout.repr.c.struct]`. Not ok: `r[Expr.If]`, `r[expr..if]`, `r[expr if]`, `r[.expr]`, or an ID
 * longer than `MAX_RULE_ID_LENGTH` (200) characters.
 */
import {isRuleId, MAX_RULE_ID_LENGTH} from '../../core/rule-id.ts'
import type {LintRule} from '../context.ts'

export const malformedRuleId: LintRule = {
  code: 'malformed-rule-id',
  severity: 'error',
  fixed: true,
  description: 'a rule ID does not have the form `a.b.c`',
  checkChapter({facts}, chapter, report) {
    for (const label of facts.chapters[chapter.id]?.labels ?? []) {
      if (isRuleId(label.id) && label.id.length > MAX_RULE_ID_LENGTH) {
        report({
          reason: `Unexpected rule ID of ${label.id.length} characters, expected at most ${MAX_RULE_ID_LENGTH} (its page \`/id/<ID>/\` is a folder named after it)`,
          place: label.position,
          hint: 'shorten it: an ID names a paragraph, it does not describe it',
        })
        continue
      }
      if (isRuleId(label.id)) continue
      const suggestion = label.id.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[.-]+|[.-]+$/g, '')
      report({
        reason: `Unexpected rule ID \`${label.id}\`, expected lowercase dot-separated components of \`a-z\`, \`0-9\`, \`_\` and \`-\``,
        place: label.position,
        ...(suggestion && suggestion !== label.id ? {hint: `write it as \`r[${suggestion}]\``} : {}),
      })
    }
  },
}
