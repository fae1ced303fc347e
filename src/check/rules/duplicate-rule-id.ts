/**
 * `duplicate-rule-id`: a rule ID is defined by more than one label. An ID names exactly one paragraph;
 * a second definition makes citations ambiguous (the FLS shipped such duplicates).
 *
 * Not ok: `r[expr.if.intro]` twice, in one chapter or in two.
 */
import type {LabelFact} from '../../model/facts.ts'
import type {LintRule} from '../context.ts'

export const duplicateRuleId: LintRule = {
  ruleId: 'duplicate-rule-id',
  severity: 'error',
  description: 'a rule ID is defined more than once',
  check({spec, facts}, report) {
    const first = new Map<string, LabelFact>()
    for (const chapter of spec.chapters) {
      for (const label of facts.chapters[chapter.id]?.labels ?? []) {
        const earlier = first.get(label.id)
        if (!earlier) {
          first.set(label.id, label)
          continue
        }
        report({
          reason: `Unexpected second definition of rule \`${label.id}\`, expected each rule ID to be defined once`,
          place: label.position,
          hint: 'give one of the two paragraphs a new ID',
          cause: {reason: 'first defined here', place: earlier.position},
        })
      }
    }
  },
}
