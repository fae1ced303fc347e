/**
 * The one ID resolver: where a rule ID resolves today, following the registry's renames (chains of them,
 * stopping at a cycle) to a current paragraph, a retired ID's tombstone, or nothing. The site's `/id/`
 * pages, trace (cited IDs, suspect links), the exports (withdrawn IDs) and the language server (hover,
 * go to definition) all resolve through `resolveId`; each
 * supplies what "current" means to it and where the statuses come from (the registry, or the site's
 * rendered aliases).
 */
import type {Spec} from '../model/types.ts'
import type {Registry, RegistryEntry} from './registry-file.ts'

/** What the registry (or the site's alias list) says of an ID that is not current. */
export type IdStatus = {kind: 'active'} | {kind: 'renamed'; to: string} | {kind: 'retired'; release: string; reason: string}

export interface IdLookup {
  /** Whether `id` names a current paragraph (or whatever the caller resolves to). */
  isCurrent(id: string): boolean
  /** The recorded status of `id`, if any. */
  status(id: string): IdStatus | undefined
}

export type IdResolution =
  /** `id` is current; `via` the renamed IDs passed through (empty when the start is current). */
  | {kind: 'current'; id: string; via: string[]}
  /** The chain ends at `id`, retired. */
  | {kind: 'retired'; id: string; release: string; reason: string; via: string[]}
  /** The chain ends at `id`, which is neither current nor retired (or the renames loop). */
  | {kind: 'unknown'; id: string; via: string[]}

export function resolveId(start: string, lookup: IdLookup): IdResolution {
  const via: string[] = []
  let id = start
  for (;;) {
    if (lookup.isCurrent(id)) return {kind: 'current', id, via}
    const status = lookup.status(id)
    if (status?.kind === 'retired') return {kind: 'retired', id, release: status.release, reason: status.reason, via}
    if (status?.kind !== 'renamed' || via.includes(id)) return {kind: 'unknown', id, via}
    via.push(id)
    id = status.to
  }
}

/**
 * The registry as a lookup. By default an ID is current when the registry does not say it was renamed or
 * retired (active, or not recorded): pass `isCurrent` to ask the model instead.
 */
export function registryLookup(registry: Registry | null, isCurrent?: (id: string) => boolean): IdLookup {
  const status = (id: string): RegistryEntry['status'] | undefined => registry?.entries.get(id)?.status
  return {isCurrent: isCurrent ?? ((id) => (status(id)?.kind ?? 'active') === 'active'), status}
}

/** The registry as a lookup whose current IDs are the model's rules: what exports and the language server ask. */
export function modelLookup(spec: Pick<Spec, 'rules'>, registry: Registry | null): IdLookup {
  return registryLookup(registry, (id) => Object.hasOwn(spec.rules, id))
}
