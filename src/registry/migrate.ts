/**
 * Migrating a registry written in an older schema, in memory, when it is loaded. Schema 1 recorded the
 * hash of each ID's labelled block alone; schema 2 records the hash of its clause (see `Clause`). The
 * migration must mark no ID as changed by itself: an active ID whose labelled block still hashes to the
 * recorded value is unchanged since its release, and takes its clause's hash (and informative hash) as
 * released. An ID whose block changed keeps its old hash, which its clause hash cannot match, so it stays
 * changed — as it was before the migration. Renamed and retired IDs keep their hashes (tombstones).
 *
 * Nothing is written here: `check` reports the migration, and the next `specmark release` writes the
 * registry in the current schema. To add a schema: bump `REGISTRY_SCHEMA`, read the old columns in
 * `parseRegistry`, and add a step here.
 */
import type {Spec} from '../model/types.ts'
import {REGISTRY_SCHEMA, type Registry} from './registry-file.ts'

/** The registry in the current schema (the same object when it already is); pure. */
export function migrateRegistry(registry: Registry | null, spec: Spec): Registry | null {
  if (!registry || (registry.schema ?? REGISTRY_SCHEMA) >= REGISTRY_SCHEMA) return registry
  const from = registry.schema ?? 1
  const entries = new Map(registry.entries)
  let recomputed = 0
  const changed: string[] = []
  for (const [id, entry] of registry.entries) {
    if (entry.status.kind !== 'active') continue
    const location = spec.rules[id]
    const chapter = location ? spec.chapters.find((candidate) => candidate.id === location.chapter) : undefined
    const clause = chapter?.clauses[location!.clause]
    const head = clause ? chapter!.blocks[clause.head] : undefined
    if (!clause || !head) continue
    if (head.hash === entry.sha256) {
      entries.set(id, {...entry, sha256: clause.hash, informativeSha256: clause.informativeHash})
      recomputed++
    } else {
      changed.push(id)
    }
  }
  return {entries, schema: REGISTRY_SCHEMA, migration: {from, to: REGISTRY_SCHEMA, recomputed, changed: changed.sort()}}
}
