/**
 * `duplicate-production`: a grammar production name is defined more than once (across all grammar
 * blocks of the specification). Grammar links and nonterminals would be ambiguous.
 */
import type {Production} from '../../model/types.ts'
import type {LintRule} from '../context.ts'

export const duplicateProduction: LintRule = {
  ruleId: 'duplicate-production',
  severity: 'error',
  description: 'a grammar production is defined more than once',
  check({spec}, report) {
    const first = new Map<string, Production>()
    for (const production of spec.grammar) {
      const earlier = first.get(production.name)
      if (!earlier) {
        first.set(production.name, production)
        continue
      }
      report({
        reason: `Unexpected second definition of production \`${production.name}\`, expected each production to be defined once`,
        place: production.position,
        cause: {reason: 'first defined here', place: earlier.position},
      })
    }
  },
}
