/**
 * Lints of the interop guidance data (`interop/data/*.yaml`, see `src/interop/schema.ts`):
 * - `interop-data-invalid`: a file or record that does not match its schema;
 * - `interop-unknown-reference`: a support cell naming an unknown tool or construct, a duplicate id or
 *   cell, a normative reference that is not a rule ID of this specification;
 * - `interop-unsourced`: a support cell or type-map row without `source` or `as_of` (a warning);
 * - `interop-stale`: one whose `as_of` is older than `settings.dataMaxAgeDays` (a warning; the date is
 *   compared with `SOURCE_DATE_EPOCH` when set, so reproducible runs give reproducible results).
 */
import {laterDuplicates} from '../duplicates.ts'
import type {SourceSpan} from '../../model/types.ts'
import type {LintRule} from '../context.ts'

export const interopDataInvalid: LintRule = {
  code: 'interop-data-invalid',
  severity: 'error',
  description: 'interop data that does not match its schema',
  check({interop}, report) {
    for (const problem of interop?.problems ?? []) {
      report({reason: `Unexpected interop data: ${problem.message}`, place: problem.place, hint: 'the fields of each data file are documented in src/interop/schema.ts'})
    }
  },
}

export const interopUnknownReference: LintRule = {
  code: 'interop-unknown-reference',
  severity: 'error',
  description: 'interop data referring to something that does not exist',
  check({interop, spec}, report) {
    if (!interop) return
    const tools = new Set(interop.tools.map((tool) => tool.id))
    const constructs = new Set(interop.constructs.map((construct) => construct.id))
    for (const cell of interop.support) {
      if (!tools.has(cell.tool)) report({reason: `Unexpected tool \`${cell.tool}\`, expected an id from tools.yaml`, place: cell.place})
      if (!constructs.has(cell.construct)) report({reason: `Unexpected construct \`${cell.construct}\`, expected an id from constructs.yaml`, place: cell.place})
    }
    for (const [records, what] of [[interop.tools, 'tool'], [interop.constructs, 'construct'], [interop.types, 'type-map row']] as const) {
      for (const {item, first} of laterDuplicates<{id: string; place: SourceSpan}>(records, (record) => record.id)) {
        report({reason: `Unexpected second ${what} \`${item.id}\`, expected unique ids`, place: item.place, cause: {reason: 'first defined here', place: first.place}})
      }
    }
    for (const {item, first} of laterDuplicates(interop.support, (cell) => `${cell.tool} ${cell.construct} ${cell.direction}`)) {
      report({reason: `Unexpected second cell for \`${item.tool}\` × \`${item.construct}\` (${item.direction}), expected one cell each`, place: item.place, cause: {reason: 'first defined here', place: first.place}})
    }
    for (const record of [...interop.constructs, ...interop.types]) {
      for (const id of record.normative_refs) {
        if (id in spec.rules) continue
        report({reason: `Unexpected normative reference \`${id}\` of \`${record.id}\`, expected a rule ID of this specification`, place: record.place})
      }
    }
  },
}

export const interopUnsourced: LintRule = {
  code: 'interop-unsourced',
  severity: 'warning',
  description: 'an interop data cell without a source or date',
  check({interop}, report) {
    for (const record of [...(interop?.support ?? []), ...(interop?.types ?? [])]) {
      const missing = [record.source ? null : '`source`', record.as_of ? null : '`as_of`'].filter(Boolean)
      if (missing.length === 0) continue
      const name = 'tool' in record ? `${record.tool} × ${record.construct}` : record.id
      report({reason: `Unexpected claim without ${missing.join(' and ')} (\`${name}\`), expected every cell to cite where and when it was verified`, place: record.place})
    }
  },
}

const DAY = 24 * 60 * 60 * 1000

export const interopStale: LintRule = {
  code: 'interop-stale',
  severity: 'warning',
  description: 'an interop data cell older than the configured age',
  check({interop, project}, report) {
    const epoch = process.env.SOURCE_DATE_EPOCH
    const now = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now()
    const limit = project.settings.dataMaxAgeDays
    for (const record of [...(interop?.tools ?? []), ...(interop?.support ?? []), ...(interop?.types ?? [])]) {
      if (!record.as_of) continue
      const age = Math.floor((now - Date.parse(`${record.as_of}T00:00:00Z`)) / DAY)
      if (age <= limit) continue
      report({
        reason: `Unexpected stale claim: verified ${record.as_of}, ${age} days ago, expected at most ${limit} days`,
        place: record.place,
        hint: 'verify it against the current tool and update `as_of` (and `source`), or raise `settings.dataMaxAgeDays` in outline.yaml',
      })
    }
  },
}
