/**
 * `duplicate-production`: a grammar production name is defined more than once (across all grammar
 * blocks of the specification). Grammar links and nonterminals would be ambiguous.
 */
import {laterDuplicates} from '../duplicates.ts'
import type {LintRule} from '../context.ts'

export const duplicateProduction: LintRule = {
  code: 'duplicate-production',
  severity: 'error',
  description: 'a grammar production is defined more than once',
  dialect: true,
  check({spec}, report) {
    for (const {item, first} of laterDuplicates(spec.grammar, (production) => production.name)) {
      report({
        reason: `Unexpected second definition of production \`${item.name}\`, expected each production to be defined once`,
        place: item.position,
        cause: {reason: 'first defined here', place: first.position},
      })
    }
  },
}
