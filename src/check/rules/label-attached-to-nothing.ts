/**
 * `label-attached-to-nothing`: a rule label is not followed by a block it could name — it is the last
 * line of the file, or another label or a link definition follows it.
 *
 * Not ok:
 * ```markdown
 * r[expr.if.intro]
 * r[expr.if.condition]
 * The condition …
 * ```
 */
import type {LintRule} from '../context.ts'

const WHY = {
  'end-of-file': 'nothing follows it',
  'another-label': 'another label follows it',
  'not-a-block': 'a link definition follows it',
} as const

export const labelAttachedToNothing: LintRule = {
  code: 'label-attached-to-nothing',
  severity: 'error',
  fixed: true,
  description: 'a rule label is not followed by a block',
  checkChapter({facts}, chapter, report) {
    for (const label of facts.chapters[chapter.id]?.labels ?? []) {
      if (label.block !== null) continue
      report({
        reason: `Unexpected rule label \`r[${label.id}]\` that labels nothing (${WHY[label.orphanReason ?? 'end-of-file']}), expected a paragraph, heading, list, table, admonition or code block after it`,
        place: label.position,
        hint: 'put the label on the line directly above the block it names, or delete it',
      })
    }
  },
}
