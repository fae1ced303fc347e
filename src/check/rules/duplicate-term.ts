/**
 * `duplicate-term`: a term is defined (`[term](dfn:)`) more than once. A term has one definition, which
 * every use links to and the glossary shows.
 */
import {laterDuplicates} from '../duplicates.ts'
import type {LintRule} from '../context.ts'

export const duplicateTerm: LintRule = {
  code: 'duplicate-term',
  severity: 'error',
  description: 'a term is defined more than once',
  check({spec}, report) {
    for (const {item, first} of laterDuplicates(spec.terms, (term) => term.slug)) {
      report({
        reason: `Unexpected second definition of term \`${item.text}\`, expected each term to be defined once`,
        place: item.position,
        hint: 'keep one definition and link the other place to it with `[text](term:)`',
        cause: {reason: 'first defined here', place: first.position},
      })
    }
  },
}
