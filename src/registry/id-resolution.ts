/**
 * Where every rule ID ever released resolves today — what `/id/<ID>/` pages show: the paragraph it names
 * (active), the paragraph it was renamed to (a redirect, following chains of renames), or a tombstone
 * saying when and why it was retired. IDs in the sources that were never released resolve as active too.
 */
import type {Spec} from '../model/types.ts'
import {resolveRenamed, type Registry} from './registry-file.ts'
import {anchorFor} from '../core/anchors.ts'

export type IdResolution =
  | {id: string; kind: 'active'; chapter: string; anchor: string; lastChangedRelease: string | null; firstRelease: string | null}
  | {id: string; kind: 'renamed'; to: string; resolvesTo: string | null; chapter: string | null; anchor: string | null}
  | {id: string; kind: 'retired'; release: string; reason: string; firstRelease: string}

export function resolveAllIds(spec: Spec, registry: Registry | null): IdResolution[] {
  const resolutions: IdResolution[] = []
  for (const [id, location] of Object.entries(spec.rules)) {
    const entry = registry?.entries.get(id)
    const released = entry?.status.kind === 'active' ? entry : null
    resolutions.push({id, kind: 'active', chapter: location.chapter, anchor: anchorFor(id), lastChangedRelease: released?.changedRelease ?? null, firstRelease: released?.firstRelease ?? null})
  }
  for (const entry of registry?.entries.values() ?? []) {
    if (entry.status.kind === 'renamed') {
      const target = resolveRenamed(registry!, entry.status.to)
      const location = target === null ? undefined : spec.rules[target]
      resolutions.push({id: entry.id, kind: 'renamed', to: entry.status.to, resolvesTo: location ? target : null, chapter: location?.chapter ?? null, anchor: location && target !== null ? anchorFor(target) : null})
    } else if (entry.status.kind === 'retired') {
      resolutions.push({id: entry.id, kind: 'retired', release: entry.status.release, reason: entry.status.reason, firstRelease: entry.firstRelease})
    }
  }
  return resolutions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
