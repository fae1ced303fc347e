/**
 * `registry-schema-outdated`: `registry.txt` was written in an older schema (schema 1 hashed each ID's
 * labelled block alone; schema 2 hashes its clause). It is still read: its hashes were recomputed in
 * memory (`src/registry/migrate.ts`), so the migration alone marks no ID as changed. The warning says what
 * the migration did and that the next `specmark release` writes the current schema.
 *
 * ok: a registry with a `# schema: 2` line. not ok: a registry without one.
 */
import path from 'node:path'
import {REGISTRY_FILE} from '../../registry/registry-file.ts'
import type {LintRule} from '../context.ts'

export const registrySchemaOutdated: LintRule = {
  code: 'registry-schema-outdated',
  severity: 'warning',
  description: 'the ID registry is in an older schema and was migrated in memory',
  check({project, registry}, report) {
    const migration = registry?.migration
    if (!migration) return
    const file = path.relative(project.contentRoot, path.join(project.root, REGISTRY_FILE))
    const start = {line: 1, column: 1, offset: 0}
    const changed = migration.changed.length
    report({
      reason: `Unexpected registry schema ${migration.from}, expected schema ${migration.to} (clause hashes): read migrated, ${migration.recomputed} hash${migration.recomputed === 1 ? '' : 'es'} recomputed from unchanged texts, ${changed} ID${changed === 1 ? '' : 's'} changed since release${changed > 0 ? ` (${migration.changed.slice(0, 3).map((id) => `\`${id}\``).join(', ')}${changed > 3 ? ', …' : ''})` : ''}`,
      place: {file, start, end: start},
      hint: 'the next `specmark release` writes the registry in the current schema; nothing else is needed',
    })
  },
}
