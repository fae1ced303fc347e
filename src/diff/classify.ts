/**
 * Classifying every change between two versions of a specification, per rule ID (pure). The input is
 * one record per clause on each side — export records (`ExportedParagraph`), release snapshots of any
 * schema, or anything with the same fields — and the newer side's registry. Each ID gets one
 * `ClauseChange` saying what happened to it:
 *
 * - `status`: `added`, `removed`, `retired` (the registry says so, with the reason; also when renamed
 *   first and retired under the new ID), `renamed` (the
 *   registry says so, or — for specs without a registry, such as the Reference — an ID vanished and one
 *   appeared with the same hash), or `kept`;
 * - `facets`, for kept and renamed IDs: `normative` (the main text changed; with a word diff),
 *   `informative` (the examples or notes changed), `links` (the text is the same but a link points
 *   elsewhere), `moved` (to another chapter or section). A renamed ID with facets is "renamed and
 *   changed".
 *
 * Texts and links are compared with renamed IDs mapped to their new names on both sides, so a rename
 * alone changes no other clause. Records from schema 1 snapshots (no `links`: they kept the labelled
 * block only) count as unchanged when that block still begins the clause's text, and their links are
 * not compared.
 *
 * The citation check (`src/citations/`) reads its answers from here too, one ID at a time.
 *
 * To add a facet: extend `ChangeFacet`, decide it in `compareClauses`, and show it in `formatDiffText`
 * and the `/changes/` page.
 */
import {resolveId, type IdStatus} from '../registry/id-resolution.ts'
import {diffText, wordDiff, wordDiffText, type DiffPart} from './word-diff.ts'

/** What a clause record needs to be compared (export records and snapshots of any schema have it). */
export interface ClauseRecord {
  id: string
  chapter: string
  section: string | null
  kind: 'normative' | 'informative'
  text: string
  sha256: string
  /** Absent in schema 1 snapshots. */
  links?: string[]
  informativeText?: string
  informativeLinks?: string[]
  informativeSha256?: string | null
}

export type ChangeStatus = 'added' | 'removed' | 'retired' | 'renamed' | 'kept'
export type ChangeFacet = 'normative' | 'informative' | 'links' | 'moved'

export interface Place {
  chapter: string
  section: string | null
}

export interface ClauseChange {
  /** The ID now (for removed and retired IDs: the ID they had). */
  id: string
  status: ChangeStatus
  /** What changed besides the status (empty for added, removed, retired, and unchanged kept IDs). */
  facets: ChangeFacet[]
  /** The ID before, for renamed IDs (else equal to `id`). */
  previousId: string
  /** How a rename was found. */
  renamedVia?: 'registry' | 'text'
  /** Why and when a retired ID was retired; `as`: the ID it was retired under, when renamed first. */
  retired?: {release: string; reason: string; as?: string}
  /** Whether the clause is normative (on the newer side, else the older). */
  kind: 'normative' | 'informative'
  from: Place | null
  to: Place | null
  before: string | null
  after: string | null
  /** Word diff of the main text (`[-removed-]{+added+}`), when it changed. */
  diff: string | null
  /** The same diff as parts, for renderers. */
  diffParts: DiffPart[] | null
  informativeBefore: string | null
  informativeAfter: string | null
  informativeDiff: string | null
  /** Link targets no longer linked, and newly linked, when the links changed. */
  links: {removed: string[]; added: string[]} | null
  /** True when the older record came from a schema 1 snapshot (first block only). */
  legacy: boolean
}


/** The statuses of IDs: a registry's entries, or (where no registry is at hand, as in the browser) a map. */
export interface IdStatuses {
  get(id: string): {status: IdStatus} | undefined
}

export interface ClassifyOptions {
  /**
   * The newer side's registry (a `Registry`, or just statuses: `statusesOf` makes them from a list of
   * withdrawn IDs, as the citation check has them): renames and retirements.
   */
  registry?: StatusRegistry | null
}

/** Statuses from a list of withdrawn IDs (renamed or retired), for `ClassifyOptions.registry`. */
export function statusesOf(withdrawn: ReadonlyArray<{id: string; status: 'renamed' | 'retired'; to: string | null; release: string | null; reason: string | null}>): StatusRegistry {
  const entries = new Map<string, {status: IdStatus}>()
  for (const entry of withdrawn) {
    if (entry.status === 'renamed' && entry.to !== null) entries.set(entry.id, {status: {kind: 'renamed', to: entry.to}})
    else if (entry.status === 'retired') entries.set(entry.id, {status: {kind: 'retired', release: entry.release ?? 'unreleased', reason: entry.reason ?? ''}})
  }
  return {entries}
}

/** What classifying reads of a registry (a `Registry` is one). */
export interface StatusRegistry {
  entries: IdStatuses
}

/** Every change between two versions, in the newer side's document order, then what vanished. */
export function classifyChanges(before: readonly ClauseRecord[], after: readonly ClauseRecord[], options: ClassifyOptions = {}): ClauseChange[] {
  const registry = options.registry ?? null
  const old = new Map(before.map((record) => [record.id, record]))
  const current = new Map(after.map((record) => [record.id, record]))
  const vanished = before.filter((record) => !current.has(record.id))
  const appeared = after.filter((record) => !old.has(record.id))

  // Renames: the registry's first (following chains to an ID that exists now), then equal hashes.
  const renamedTo = new Map<string, {to: string; via: 'registry' | 'text'}>()
  const taken = new Set<string>()
  for (const record of vanished) {
    if (!registry || registry.entries.get(record.id)?.status.kind !== 'renamed') continue
    const to = renamedWithin(registry, record.id, current)
    if (current.has(to) && !old.has(to) && !taken.has(to)) {
      renamedTo.set(record.id, {to, via: 'registry'})
      taken.add(to)
    }
  }
  const appearedByHash = new Map<string, ClauseRecord[]>()
  for (const record of appeared) if (!taken.has(record.id)) appearedByHash.set(record.sha256, [...(appearedByHash.get(record.sha256) ?? []), record])
  const vanishedByHash = new Map<string, number>()
  for (const record of vanished) vanishedByHash.set(record.sha256, (vanishedByHash.get(record.sha256) ?? 0) + 1)
  for (const record of vanished) {
    if (renamedTo.has(record.id) || registry?.entries.get(record.id)?.status.kind === 'retired') continue
    const candidates = appearedByHash.get(record.sha256) ?? []
    // Only an unambiguous match is a rename: one vanished and one new clause with this hash.
    if (candidates.length === 1 && vanishedByHash.get(record.sha256) === 1) {
      renamedTo.set(record.id, {to: candidates[0]!.id, via: 'text'})
      taken.add(candidates[0]!.id)
    }
  }
  const renamedFrom = new Map([...renamedTo].map(([from, rename]) => [rename.to, from]))
  // Names are compared as they are now: an old ID renamed since reads as its new ID on both sides.
  const nameNow = (id: string): string => {
    const rename = renamedTo.get(id)
    if (rename) return rename.to
    if (registry && registry.entries.get(id)?.status.kind === 'renamed') return renamedWithin(registry, id, current)
    return id
  }
  const renames = [...renamedTo].filter(([from, {to}]) => from !== to)

  const changes: ClauseChange[] = []
  for (const record of after) {
    const previousId = old.has(record.id) ? record.id : renamedFrom.get(record.id)
    if (previousId === undefined) {
      changes.push(base(record.id, 'added', record.id, null, record))
      continue
    }
    const previous = old.get(previousId)!
    const change = compareClauses(previous, record, nameNow, renames)
    if (previousId !== record.id) {
      change.status = 'renamed'
      change.previousId = previousId
      change.renamedVia = renamedTo.get(previousId)!.via
    }
    changes.push(change)
  }
  for (const record of vanished) {
    if (renamedTo.has(record.id)) continue
    // Renamed, then retired under its new ID: retired all the same.
    const retiredAs = registry ? renamedWithin(registry, record.id, current) : record.id
    const entry = registry?.entries.get(retiredAs)
    if (entry?.status.kind === 'retired') {
      changes.push({...base(record.id, 'retired', record.id, record, null), retired: {release: entry.status.release, reason: entry.status.reason, ...(retiredAs === record.id ? {} : {as: retiredAs})}})
    } else {
      changes.push(base(record.id, 'removed', record.id, record, null))
    }
  }
  return changes
}

/**
 * Where a renamed ID went on the newer side: across several releases it may have been renamed more
 * than once, so the registry's chain is followed until an ID that side has (or its end).
 */
function renamedWithin(registry: StatusRegistry, id: string, present: ReadonlyMap<string, unknown>): string {
  // The one resolver (`resolveId`), with "current" meaning "on the newer side"; the ID itself was renamed.
  return resolveId(id, {isCurrent: (candidate) => candidate !== id && present.has(candidate), status: (candidate) => registry.entries.get(candidate)?.status}).id
}

/** Whether a change is worth reporting (anything but a kept ID with no facet). */
export function isChange(change: ClauseChange): boolean {
  return change.status !== 'kept' || change.facets.length > 0
}

function base(id: string, status: ChangeStatus, previousId: string, before: ClauseRecord | null, after: ClauseRecord | null): ClauseChange {
  const record = (after ?? before)!
  return {
    id,
    status,
    facets: [],
    previousId,
    kind: record.kind,
    from: before ? placeOf(before) : null,
    to: after ? placeOf(after) : null,
    before: before?.text ?? null,
    after: after?.text ?? null,
    diff: null,
    diffParts: null,
    informativeBefore: before?.informativeText ?? null,
    informativeAfter: after?.informativeText ?? null,
    informativeDiff: null,
    links: null,
    legacy: before !== null && before.links === undefined,
  }
}

function placeOf(record: ClauseRecord): Place {
  return {chapter: record.chapter, section: record.section}
}

function compareClauses(previous: ClauseRecord, record: ClauseRecord, nameNow: (id: string) => string, renames: Array<[string, {to: string}]>): ClauseChange {
  const change = base(record.id, 'kept', previous.id, previous, record)
  const facets: ChangeFacet[] = []
  const renameText = (text: string): string => renameIdsIn(text, renames)
  if (change.legacy) {
    // Schema 1 kept the labelled block alone: unchanged when that block still begins the clause.
    const head = renameText(previous.text)
    const unchanged = record.text === head || record.text.startsWith(`${head} `)
    if (!unchanged) facets.push('normative')
  } else {
    const textChanged = renameText(previous.text) !== record.text
    if (textChanged) facets.push('normative')
    const linksBefore = (previous.links ?? []).map((link) => linkNow(link, nameNow))
    const linksAfter = (record.links ?? []).map((link) => linkNow(link, nameNow))
    if (!sameList(linksBefore, linksAfter)) {
      if (!textChanged) facets.push('links')
      change.links = listDelta(linksBefore, linksAfter)
    }
    const informativeBefore = previous.informativeText ?? ''
    const informativeAfter = record.informativeText ?? ''
    const informativeLinksBefore = (previous.informativeLinks ?? []).map((link) => linkNow(link, nameNow))
    const informativeLinksAfter = (record.informativeLinks ?? []).map((link) => linkNow(link, nameNow))
    if (renameText(informativeBefore) !== informativeAfter || !sameList(informativeLinksBefore, informativeLinksAfter)) {
      facets.push('informative')
      change.informativeDiff = wordDiffText(informativeBefore, informativeAfter)
    }
  }
  if (facets.includes('normative')) {
    change.diffParts = wordDiff(previous.text, record.text)
    change.diff = diffText(change.diffParts)
  }
  if (previous.chapter !== record.chapter || previous.section !== record.section) facets.push('moved')
  change.facets = facets
  return change
}

/** A link identity with a renamed rule ID as its name now. */
function linkNow(link: string, nameNow: (id: string) => string): string {
  return link.startsWith('rule:') ? `rule:${nameNow(link.slice('rule:'.length))}` : link
}

/** The text with each renamed ID (written as the text of a `[rule.id]` link) as its new name. */
function renameIdsIn(text: string, renames: Array<[string, {to: string}]>): string {
  let result = text
  for (const [from, {to}] of renames) {
    if (!result.includes(from)) continue
    const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    result = result.replace(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`, 'g'), to)
  }
  return result
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index])
}

function listDelta(before: readonly string[], after: readonly string[]): {removed: string[]; added: string[]} {
  const count = (items: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1)
    return counts
  }
  const a = count(before)
  const b = count(after)
  const removed = [...a].flatMap(([item, n]) => Array<string>(Math.max(0, n - (b.get(item) ?? 0))).fill(item))
  const added = [...b].flatMap(([item, n]) => Array<string>(Math.max(0, n - (a.get(item) ?? 0))).fill(item))
  return {removed, added}
}
