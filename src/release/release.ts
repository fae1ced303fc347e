/**
 * `specmark release VERSION`: records a release. Every rule ID in the sources enters the registry (first
 * release = VERSION) or, if its clause hash changed, gets VERSION as the release it last changed in; IDs
 * retired since the last release get VERSION as their retirement release. An ID renamed since the last
 * release inherits its old ID's history (a rename alone is no change). A change to a clause's
 * informative part only is recorded (its informative hash) and reported, but is no change of what is
 * cited. The export document as released is kept as `releases/VERSION.json`. The registry is always
 * written in the current schema (an older one was migrated when loaded; the summary says so). Refused
 * while `check` finds errors; the snapshot and the registry are written as one transaction
 * (`src/fs/transaction.ts`): both or neither.
 */
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {buildExportDocument} from '../export/export-json.ts'
import type {SourceStamp} from '../load/source-stamp.ts'
import {assertCommitted} from '../fs/dirty-guard.ts'
import {commitWrites} from '../fs/transaction.ts'
import type {Project} from '../load/project.ts'
import type {Spec} from '../model/types.ts'
import {REGISTRY_FILE, UNRELEASED, serializeRegistry, type Registry, type RegistryEntry, type RegistryMigration} from '../registry/registry-file.ts'
import {listSnapshots, snapshotPath} from './snapshot.ts'

export interface ReleaseSummary {
  version: string
  added: string[]
  /** IDs whose clause hash (main part) changed. */
  changed: string[]
  /** IDs whose informative part only changed. */
  informativeChanged: string[]
  /** IDs first released under another ID, with that ID. */
  renamed: Array<{id: string; from: string}>
  retired: string[]
  unchanged: number
  /** Set when the registry was in an older schema: what its migration did. */
  migration: RegistryMigration | null
}

/** What a release reads of the assembled model (`Model` in `src/pipeline/assemble-model.ts` is one). */
export interface ReleaseInput {
  project: Pick<Project, 'root'>
  spec: Spec
  registry: Registry | null
  /** The commit and date of the sources released (the snapshot records them). */
  stamp: SourceStamp
}

/** The registry after releasing `version` (pure; `registry` is not modified). */
export function releaseRegistry(model: ReleaseInput, version: string): {registry: Registry; summary: ReleaseSummary} {
  const registry: Registry = {entries: new Map([...(model.registry?.entries ?? new Map())].map(([id, entry]) => [id, {...entry, status: {...entry.status}}]))}
  const summary: ReleaseSummary = {version, added: [], changed: [], informativeChanged: [], renamed: [], retired: [], unchanged: 0, migration: model.registry?.migration ?? null}
  const renamedFrom = new Map<string, RegistryEntry>()
  for (const entry of registry.entries.values()) if (entry.status.kind === 'renamed' && !renamedFrom.has(entry.status.to)) renamedFrom.set(entry.status.to, entry)
  for (const chapter of model.spec.chapters) {
    for (const clause of chapter.clauses) {
      let entry = registry.entries.get(clause.id)
      if (!entry) {
        const old = renamedFrom.get(clause.id)
        entry = {id: clause.id, status: {kind: 'active'}, firstRelease: old?.firstRelease ?? version, changedRelease: old?.changedRelease ?? version, sha256: old?.sha256 ?? '', informativeSha256: old?.informativeSha256 ?? null, line: 0}
        registry.entries.set(clause.id, entry)
        if (old) summary.renamed.push({id: clause.id, from: old.id})
        else {
          entry.sha256 = clause.hash
          entry.informativeSha256 = clause.informativeHash
          summary.added.push(clause.id)
          continue
        }
      }
      if (entry.sha256 !== clause.hash) {
        entry.changedRelease = version
        entry.sha256 = clause.hash
        entry.informativeSha256 = clause.informativeHash
        summary.changed.push(clause.id)
      } else if (entry.informativeSha256 !== clause.informativeHash) {
        entry.informativeSha256 = clause.informativeHash
        summary.informativeChanged.push(clause.id)
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

export async function release(model: ReleaseInput, version: string, options: {allowDirty?: boolean} = {}): Promise<ReleaseSummary> {
  if (!/^[0-9A-Za-z][0-9A-Za-z.+-]*$/.test(version) || version === UNRELEASED) {
    throw new InputError(`\`${version}\` is not a release version (letters, digits, \`.\`, \`+\`, \`-\`)`)
  }
  const root = model.project.root
  if ((await listSnapshots(root)).includes(version)) throw new InputError(`release ${version} exists already; releases are never rewritten`)
  assertCommitted([path.join(root, REGISTRY_FILE)], options.allowDirty ?? false)
  const {registry, summary} = releaseRegistry(model, version)
  // The snapshot records the commit and date of the sources released (ReqIF's LAST-CHANGE of each clause).
  const document = buildExportDocument({...model.spec, version}, registry, model.stamp)
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
