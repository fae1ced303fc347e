/**
 * `undefined-term`: a term use (`[text](term:)` or `[text](term:slug)`) names a term that no
 * `[term](dfn:)` defines.
 */
import type {LintRule} from '../context.ts'

export const undefinedTerm: LintRule = {
  code: 'undefined-term',
  severity: 'error',
  description: 'a use of a term that is not defined',
  checkChapter(_context, chapter, report) {
    for (const reference of chapter.blocks.flatMap((block) => block.refs)) {
      if (reference.kind !== 'term' || reference.resolved) continue
      report({
        reason: `Unexpected use of undefined term \`${reference.target}\`, expected a term defined with \`[${reference.target.replace(/-/g, ' ')}](dfn:)\``,
        place: reference.position,
        hint: 'define the term once, or name an existing one with `[text](term:slug)`',
      })
    }
  },
}
