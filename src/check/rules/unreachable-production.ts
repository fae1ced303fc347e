/**
 * `unreachable-production` (our layout): a grammar production that no `@root` production reaches. A
 * grammar for a specification must be one connected whole; a stray production is usually a renamed or
 * forgotten one. Reported only when the grammar has at least one `@root`.
 */
import type {LintRule} from '../context.ts'

export const unreachableProduction: LintRule = {
  code: 'unreachable-production',
  severity: 'error',
  description: 'a grammar production no root reaches',
  dialect: true,
  layouts: ['specmark'],
  check({spec, index}, report) {
    const roots = spec.grammar.filter((production) => production.isRoot)
    if (roots.length === 0) return
    const reached = new Set<string>()
    const pending = roots.map((production) => production.name)
    while (pending.length > 0) {
      const name = pending.pop()!
      if (reached.has(name)) continue
      reached.add(name)
      for (const use of index.productions.get(name)?.uses ?? []) pending.push(use.name)
    }
    for (const production of spec.grammar) {
      if (reached.has(production.name)) continue
      report({
        reason: `Unexpected production \`${production.name}\` that no \`@root\` production reaches, expected every production to be used`,
        place: production.position,
        hint: 'use it from another production, mark it `@root` if it is a start symbol, or delete it',
      })
    }
  },
}
