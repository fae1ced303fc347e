/**
 * `released-id-vanished`: a rule ID that was released is no longer defined in the sources, and the
 * registry does not say it was renamed or retired. Auditors' citations of it would stop resolving.
 */
import path from 'node:path'
import {REGISTRY_FILE} from '../../registry/registry-file.ts'
import type {LintRule} from '../context.ts'

export const releasedIdVanished: LintRule = {
  code: 'released-id-vanished',
  severity: 'error',
  fixed: true,
  description: 'a released rule ID is gone without being renamed or retired',
  check({project, spec, registry, releases}, report) {
    if (!registry) return
    const file = path.relative(project.contentRoot, path.join(project.root, REGISTRY_FILE))
    for (const entry of registry.entries.values()) {
      if (entry.status.kind !== 'active' || entry.id in spec.rules) continue
      const start = {line: entry.line, column: 1, offset: 0}
      const lastFile = releases.files.get(entry.id)
      report({
        reason: `Unexpected disappearance of rule \`${entry.id}\` (released in ${entry.firstRelease}${lastFile ? `, last in ${lastFile}` : ''}), expected every released ID to stay defined, be renamed or be retired`,
        place: {file, start, end: start},
        hint: `restore its \`r[${entry.id}]\` label, or run \`specmark ids rename ${entry.id} NEW-ID\` if it moved, or \`specmark ids retire ${entry.id} --reason "…"\` if its rule was removed`,
      })
    }
  },
}
