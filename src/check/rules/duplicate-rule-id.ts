/**
 * `duplicate-rule-id`: a rule ID is defined by more than one label. An ID names exactly one paragraph;
 * a second definition makes citations ambiguous (the FLS shipped such duplicates).
 *
 * Not ok: `r[expr.if.intro]` twice, in one chapter or in two.
 */
import {laterDuplicates} from '../duplicates.ts'
import type {LintRule} from '../context.ts'

export const duplicateRuleId: LintRule = {
  code: 'duplicate-rule-id',
  severity: 'error',
  fixed: true,
  description: 'a rule ID is defined more than once',
  check({spec, facts}, report) {
    const labels = spec.chapters.flatMap((chapter) => facts.chapters[chapter.id]?.labels ?? [])
    for (const {item, first} of laterDuplicates(labels, (label) => label.id)) {
      report({
        reason: `Unexpected second definition of rule \`${item.id}\`, expected each rule ID to be defined once`,
        place: item.position,
        hint: 'give one of the two paragraphs a new ID',
        cause: {reason: 'first defined here', place: first.position},
      })
    }
  },
}
