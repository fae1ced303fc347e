/**
 * `missing-rule-id` (our layout): a normative paragraph, list or table has no rule label. Every normative
 * statement must be citable; explanations belong in a `> [!NOTE]`.
 */
import type {LintRule} from '../context.ts'

const CITABLE = new Set(['paragraph', 'list', 'table'])

export const missingRuleId: LintRule = {
  code: 'missing-rule-id',
  severity: 'error',
  fixed: true,
  description: 'a normative paragraph without a rule ID',
  layouts: ['specmark'],
  checkChapter(_context, chapter, report) {
    for (const block of chapter.blocks) {
      // A block inside a label's clause is covered by that label (see `Clause`).
      if (block.kind !== 'normative' || block.clause !== null || !CITABLE.has(block.type)) continue
      report({
        reason: `Unexpected normative ${block.type} without a rule ID, expected an \`r[…]\` label on the line above it`,
        place: block.position,
        hint: 'run `specmark ids assign` to give it an ID, or move it into a `> [!NOTE]` if it is informative',
      })
    }
  },
}
