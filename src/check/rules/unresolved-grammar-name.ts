/**
 * `unresolved-grammar-name`: a grammar production uses a nonterminal that no grammar block defines, or a
 * grammar link (`[x][grammar-Name]`, `[x]: grammar-Name`) names an undefined production.
 */
import type {LintRule} from '../context.ts'

export const unresolvedGrammarName: LintRule = {
  code: 'unresolved-grammar-name',
  severity: 'error',
  description: 'a grammar name is used but never defined',
  dialect: true,
  check({spec, facts, index}, report) {
    for (const production of spec.grammar) {
      for (const use of production.uses) {
        if (index.productions.has(use.name)) continue
        report({
          reason: `Unexpected undefined nonterminal \`${use.name}\` in production \`${production.name}\`, expected a name defined in a grammar block`,
          place: use.position,
          hint: `define it in a \`grammar\` block (\`${use.name} -> …\`) or correct the name`,
        })
      }
    }
    for (const chapter of spec.chapters) {
      const references = [...chapter.blocks.flatMap((block) => block.refs), ...(facts.chapters[chapter.id]?.definitionRefs ?? [])]
      for (const reference of references) {
        if (reference.kind !== 'grammar' || reference.resolved) continue
        report({
          reason: `Unexpected link to undefined grammar production \`${reference.target}\`, expected a production name`,
          place: reference.position,
        })
      }
    }
  },
}
