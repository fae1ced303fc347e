/**
 * `rule-id-prefix` (our layout): a rule ID does not start with its chapter's prefix from the outline
 * (`expr` for the expressions chapter). Prefixes keep IDs unique across chapters and tell a reader of a
 * citation where to look.
 */
import type {LintRule} from '../context.ts'

export const ruleIdPrefix: LintRule = {
  code: 'rule-id-prefix',
  severity: 'error',
  fixed: true,
  description: 'a rule ID outside its chapter’s prefix',
  layouts: ['specmark'],
  checkChapter({project}, chapter, report) {
    // A file listed twice takes the prefix of its last entry.
    const prefix = project.entries.findLast((entry) => entry.file === chapter.file)?.prefix
    if (!prefix) return
    for (const block of chapter.blocks) {
      const id = block.ruleId
      if (id === null || id === prefix || id.startsWith(`${prefix}.`)) continue
      report({
        reason: `Unexpected rule ID \`${id}\` in chapter \`${chapter.id}\`, expected it to start with \`${prefix}.\``,
        place: block.labelPosition ?? block.position,
        hint: `rename it under \`${prefix}.\` (\`specmark ids rename ${id} ${prefix}.${id.split('.').slice(1).join('.') || id}\`)`,
      })
    }
  },
}
