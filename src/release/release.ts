/**
 * `specmark release VERSION`: records a release. Every rule ID in the sources enters the registry (first
 * release = VERSION) or, if its text changed, gets VERSION as the release it last changed in; IDs retired
 * since the last release get VERSION as their retirement release. The export document as released is
 * kept as `releases/VERSION.json`. Refused while `check` finds errors; the snapshot and the registry are
 * written as one transaction (`src/fs/transaction.ts`): both or neither.
 */
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {buildExportDocument} from '../export/export-json.ts'
import {sourceStamp} from '../export/timestamp.ts'
import {assertCommitted} from '../fs/dirty-guard.ts'
import {commitWrites} from '../fs/transaction.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import {REGISTRY_FILE, UNRELEASED, serializeRegistry, type Registry} from '../registry/registry-file.ts'
import {listSnapshots, snapshotPath} from '../registry/snapshot.ts'

export interface ReleaseSummary {
  version: string
  added: string[]
  changed: string[]
  retired: string[]
  unchanged: number
}

/** The registry after releasing `version` (pure; `registry` is not modified). */
export function releaseRegistry(loaded: Model, version: string): {registry: Registry; summary: ReleaseSummary} {
  const registry: Registry = {entries: new Map([...(loaded.registry?.entries ?? new Map())].map(([id, entry]) => [id, {...entry, status: {...entry.status}}]))}
  const summary: ReleaseSummary = {version, added: [], changed: [], retired: [], unchanged: 0}
  for (const chapter of loaded.spec.chapters) {
    for (const block of chapter.blocks) {
      if (block.ruleId === null) continue
      const entry = registry.entries.get(block.ruleId)
      if (!entry) {
        registry.entries.set(block.ruleId, {id: block.ruleId, status: {kind: 'active'}, firstRelease: version, changedRelease: version, sha256: block.hash, line: 0})
        summary.added.push(block.ruleId)
      } else if (entry.sha256 !== block.hash) {
        entry.changedRelease = version
        entry.sha256 = block.hash
        summary.changed.push(block.ruleId)
      } else {
        summary.unchanged++
      }
    }
  }
  for (const entry of registry.entries.values()) {
    if (entry.status.kind === 'retired' && entry.status.release === UNRELEASED) {
      entry.status.release = version
      summary.retired.push(entry.id)
    }
  }
  return {registry, summary}
}

export async function release(loaded: Model, version: string, options: {allowDirty?: boolean} = {}): Promise<ReleaseSummary> {
  if (!/^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(version) || version === UNRELEASED) {
    throw new InputError(`\`${version}\` is not a release version (letters, digits, \`.\`, \`+\`, \`-\`)`)
  }
  const root = loaded.project.root
  if ((await listSnapshots(root)).includes(version)) throw new InputError(`release ${version} exists already; releases are never rewritten`)
  assertCommitted([path.join(root, REGISTRY_FILE)], options.allowDirty ?? false)
  const {registry, summary} = releaseRegistry(loaded, version)
  // The snapshot records the commit and date of the sources released (ReqIF's LAST-CHANGE of each clause).
  const document = buildExportDocument({...loaded.spec, version}, registry, sourceStamp(root))
  await commitWrites(
    root,
    [
      {file: snapshotPath(root, version), content: `${JSON.stringify(document, null, 2)}\n`, expected: null},
      {file: path.join(root, REGISTRY_FILE), content: serializeRegistry(registry)},
    ],
    `release ${version}`
  )
  return summary
}
