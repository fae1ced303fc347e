/**
 * `unused-term`: a term is defined but never used. A definition nothing refers to is either dead or its
 * uses forgot to link it.
 */
import type {LintRule} from '../context.ts'

export const unusedTerm: LintRule = {
  code: 'unused-term',
  severity: 'warning',
  description: 'a defined term that is never used',
  check({spec}, report) {
    const used = new Set<string>()
    for (const chapter of spec.chapters) {
      for (const reference of chapter.blocks.flatMap((block) => block.refs)) {
        if (reference.kind === 'term' && reference.resolved) used.add(reference.target)
      }
    }
    for (const term of spec.terms) {
      if (used.has(term.slug)) continue
      report({
        reason: `Unexpected term \`${term.text}\` that is defined but never used, expected at least one \`[${term.text}](term:)\``,
        place: term.position,
      })
    }
  },
}
