/**
 * `external-id-collision` (warning): a rule ID of ours is also an ID of an external document listed in
 * `settings.externalIds` (or given with `check --external-ids`), so a bare citation of it is ambiguous
 * between the two documents. Also warns when a configured list cannot be read.
 *
 * Not ok (with the Rust Reference listed): `r[expr.if]`, which the Reference defines too.
 */
import type {LintRule} from '../context.ts'

export const externalIdCollision: LintRule = {
  code: 'external-id-collision',
  severity: 'warning',
  description: 'a rule ID that an external document (e.g. the Rust Reference) also defines',
  check({spec, externalIds}, report) {
    for (const list of externalIds) {
      if (!list.ids) {
        report({reason: `Unexpected unreadable external ID list \`${list.source}\`, expected a file of IDs or a specification folder`, place: null, hint: 'fix the path in `settings.externalIds` (relative to the spec root) or remove it'})
        continue
      }
      for (const chapter of spec.chapters) {
        for (const block of chapter.blocks) {
          if (block.ruleId === null || !list.ids.has(block.ruleId)) continue
          report({
            reason: `Unexpected rule ID \`${block.ruleId}\` that \`${list.source}\` also defines, expected IDs unique across both documents`,
            place: block.labelPosition ?? block.position,
            hint: `rename it before the first release (\`specmark ids rename ${block.ruleId} <new id>\`)`,
          })
        }
      }
    }
  },
}
