/**
 * `withdrawn-id-redefined`: a label defines an ID that the registry records as retired or renamed. A
 * released ID is never reused for other content; a renamed one resolves to its new ID forever.
 * Also reports a rename whose target is not defined, so that the old ID would resolve to nothing, and
 * renames that lead back to themselves (`a → a`, or `a → b → a`): such an ID resolves to nothing either.
 */
import path from 'node:path'
import {REGISTRY_FILE} from '../../registry/registry-file.ts'
import type {LintRule} from '../context.ts'

export const withdrawnIdRedefined: LintRule = {
  code: 'withdrawn-id-redefined',
  severity: 'error',
  fixed: true,
  description: 'a retired or renamed rule ID is defined again',
  check({project, spec, registry}, report) {
    if (!registry) return
    for (const chapter of spec.chapters) {
      for (const block of chapter.blocks) {
        const entry = block.ruleId === null ? undefined : registry.entries.get(block.ruleId)
        if (!entry || entry.status.kind === 'active') continue
        const why =
          entry.status.kind === 'retired'
            ? `retired in ${entry.status.release}${entry.status.reason ? ` (${entry.status.reason})` : ''}`
            : `renamed to \`${entry.status.to}\``
        report({
          reason: `Unexpected definition of rule \`${entry.id}\`, which was ${why}, expected a new ID`,
          place: block.labelPosition ?? block.position,
          hint: 'released IDs are never reused: give this paragraph a new ID (`specmark ids assign` picks one)',
        })
      }
    }
    const file = path.relative(project.contentRoot, path.join(project.root, REGISTRY_FILE))
    const reported = new Set<string>()
    for (const entry of registry.entries.values()) {
      if (entry.status.kind !== 'renamed' || reported.has(entry.id)) continue
      // Follow the chain; a cycle is reported once, at the first of its IDs met.
      const chain = [entry.id]
      let next = registry.entries.get(entry.status.to)
      while (next && next.status.kind === 'renamed' && !chain.includes(next.id)) {
        chain.push(next.id)
        next = registry.entries.get(next.status.to)
      }
      if (next && next.status.kind === 'renamed' && chain.includes(next.id)) {
        const cycle = chain.slice(chain.indexOf(next.id))
        for (const id of cycle) reported.add(id)
        const first = registry.entries.get(cycle[0]!)!
        const start = {line: first.line, column: 1, offset: 0}
        report({
          reason:
            cycle.length === 1
              ? `Unexpected rename of \`${first.id}\` to itself, expected a rename to another ID`
              : `Unexpected cycle of renames ${[...cycle, cycle[0]].map((id) => `\`${id}\``).join(' → ')}, expected renames to end at a defined ID`,
          place: {file, start, end: start},
          hint: `edit ${REGISTRY_FILE} so that \`${first.id}\` is renamed to the ID its paragraph has now`,
        })
        continue
      }
    }
    for (const entry of registry.entries.values()) {
      if (entry.status.kind !== 'renamed' || reported.has(entry.id)) continue
      const target = registry.entries.get(entry.status.to)
      if (entry.status.to in spec.rules || (target && target.status.kind !== 'active')) continue
      const start = {line: entry.line, column: 1, offset: 0}
      report({
        reason: `Unexpected rename of \`${entry.id}\` to undefined rule \`${entry.status.to}\`, expected the new ID to be defined`,
        place: {file, start, end: start},
        hint: `define \`r[${entry.status.to}]\`, or rename \`${entry.id}\` again to the ID its paragraph has now`,
      })
    }
  },
}
