/**
 * `duplicate-term`: a term is defined (`[term](dfn:)`) more than once. A term has one definition, which
 * every use links to and the glossary shows.
 */
import type {Term} from '../../model/types.ts'
import type {LintRule} from '../context.ts'

export const duplicateTerm: LintRule = {
  ruleId: 'duplicate-term',
  severity: 'error',
  description: 'a term is defined more than once',
  check({spec}, report) {
    const first = new Map<string, Term>()
    for (const term of spec.terms) {
      const earlier = first.get(term.slug)
      if (!earlier) {
        first.set(term.slug, term)
        continue
      }
      report({
        reason: `Unexpected second definition of term \`${term.text}\`, expected each term to be defined once`,
        place: term.position,
        hint: 'keep one definition and link the other place to it with `[text](term:)`',
        cause: {reason: 'first defined here', place: earlier.position},
      })
    }
  },
}
