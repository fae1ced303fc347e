/**
 * The document version every page, export and citation states, with the releases recorded by
 * `specmark release` as the source of truth (the outline's `version` only names the document before its
 * first release):
 *
 * - right after `release 1.0`, when every clause is as released, the version is `1.0`;
 * - once any clause differs from the newest release (its hash changed, it is new, it vanished, or an ID
 *   was retired or renamed since), the version is `unreleased (since 1.0)`;
 * - before the first release, the outline's version (`0.1.0-draft`; `unversioned` for an mdBook).
 *
 * Pure: the caller reads the newest snapshot's IDs (`assembleModel` does), so this stays testable.
 */
import type {Spec} from '../model/types.ts'
import {UNRELEASED, type Registry} from '../registry/registry-file.ts'

/** What the newest release snapshot holds, as far as the version is concerned. */
export interface LatestRelease {
  version: string
  /** Every ID the snapshot holds a clause for. */
  ids: ReadonlySet<string>
}

export interface DocumentVersion {
  /** What to print: `1.0`, `unreleased (since 1.0)`, or the outline's version before any release. */
  label: string
  /** The newest release, or null before the first. */
  release: string | null
  /** True when the text is exactly the newest release's. */
  released: boolean
}

export function documentVersion(spec: Spec, registry: Registry | null, latest: LatestRelease | null): DocumentVersion {
  if (latest === null) return {label: spec.version, release: null, released: false}
  const released = sameAsRelease(spec, registry, latest)
  return {label: released ? latest.version : unreleasedSince(latest.version), release: latest.version, released}
}

/** The label of a text that changed since `version`. */
export function unreleasedSince(version: string): string {
  return `${UNRELEASED} (since ${version})`
}

function sameAsRelease(spec: Spec, registry: Registry | null, latest: LatestRelease): boolean {
  if (registry === null) return false
  const current = new Set<string>()
  for (const chapter of spec.chapters) {
    for (const clause of chapter.clauses) {
      current.add(clause.id)
      const entry = registry.entries.get(clause.id)
      // The registry holds each ID's clause hash as last released (migrated with the hashing rules).
      if (entry?.status.kind !== 'active' || entry.sha256 !== clause.hash || entry.changedRelease === UNRELEASED) return false
    }
  }
  if (current.size !== latest.ids.size || [...latest.ids].some((id) => !current.has(id))) return false
  // A retirement or rename recorded since the release is a change too.
  return ![...registry.entries.values()].some((entry) => entry.status.kind === 'retired' && entry.status.release === UNRELEASED)
}
