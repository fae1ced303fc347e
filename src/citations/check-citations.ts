/**
 * The citation check, pure: for each citation `(version, ID, hash)`, whether it still holds in a target
 * text (a later release, or the sources as they are), and if not, why. Shared by `specmark citations
 * check` and the site's citation page, which runs it in the browser on the release data the site ships
 * (`citation-data.ts` defines that data; no Node API here).
 *
 * Each citation gets one status, the first that applies:
 *
 * | status | holds | meaning |
 * |---|---|---|
 * | `unknown-version` | no | the version is no release |
 * | `unknown-id` | no | the cited release has no such ID |
 * | `hash-mismatch` | no | the hash is not that of the ID's clause in the cited release |
 * | `retired` | no | the ID was retired (release, reason) |
 * | `renamed` | if unchanged | the ID was renamed (to what; `changed` says whether its text changed too) |
 * | `normative-changed` | no | the clause's normative text changed (word diff), or a link in it now points elsewhere |
 * | `informative-changed` | yes | only its informative part (examples, notes) changed |
 * | `moved` | yes | same text, another chapter or section |
 * | `unchanged` | yes | |
 *
 * A renamed, changed or informative-changed clause that also moved says so in `moved`.
 *
 * What changed between the cited release and the target is decided by `classifyChanges`
 * (`src/diff/classify.ts`), the same classification `diff`, `release`, `trace --since` and the
 * `/changes/` pages use: this module only maps its answer for the cited ID to a status. So a rename of
 * a clause the cited one links to changes nothing here either, and an ID renamed, then retired under
 * its new name, is retired.
 */
import {classifyChanges, statusesOf, type ClauseChange, type ClauseRecord} from '../diff/classify.ts'
import type {DiffPart} from '../diff/word-diff.ts'
import {resolveId, type IdResolution} from '../registry/id-resolution.ts'
import type {Citation} from './parse-citations.ts'

/**
 * One clause as a release (or the current text) holds it: the record `classifyChanges` compares (from a
 * schema 1 snapshot: without links and informative part).
 */
export type CitableClause = ClauseRecord

/** An ID that no longer names a clause in a text: renamed, or retired. */
export interface WithdrawnClause {
  id: string
  status: 'renamed' | 'retired'
  to: string | null
  /** For a retired ID, the release it was retired in (`unreleased`: since the last one). */
  release: string | null
  reason: string | null
}

/** A release, or the current text, as the check reads it. */
export interface CitableText {
  version: string
  clauses: CitableClause[]
  withdrawn: WithdrawnClause[]
}

export type CitationStatus =
  | 'unchanged'
  | 'informative-changed'
  | 'moved'
  | 'normative-changed'
  | 'renamed'
  | 'retired'
  | 'unknown-id'
  | 'unknown-version'
  | 'hash-mismatch'

export interface Place {
  chapter: string
  section: string | null
}

export interface CitationResult {
  citation: Citation
  status: CitationStatus
  holds: boolean
  /** One line saying what happened, for people. */
  message: string
  /** The ID the clause has in the target (after renames), when it still exists. */
  currentId: string | null
  /** The clause's hash in the target, when it still exists. */
  currentHash: string | null
  /** For `renamed`: whether the cited (normative) text or its links changed as well. */
  changed?: boolean
  /** Where the clause moved, when it did. */
  moved?: {from: Place; to: Place}
  /** The normative word diff (`[-old-]{+new+}`), and as parts, when the text changed. */
  diff?: string
  diffParts?: DiffPart[]
  /** Link targets no longer linked and newly linked, when the same words link elsewhere. */
  links?: {removed: string[]; added: string[]}
  /** For `retired`. */
  retired?: {release: string | null; reason: string | null}
  /** For `hash-mismatch`: the hash the cited release has for the ID. */
  expectedHash?: string
}

export interface CheckResult {
  /** The text checked against. */
  target: string
  results: CitationResult[]
  /** How many citations no longer hold. */
  failing: number
}

/**
 * Checks `citations` against `target`, reading each cited version from `releases` (keyed by version).
 */
export function checkCitations(citations: Citation[], releases: ReadonlyMap<string, CitableText>, target: CitableText): CheckResult {
  const registry = statusesOf(target.withdrawn)
  const targetClauses = new Map(target.clauses.map((clause) => [clause.id, clause]))
  const changesSince = (cited: CitableText): Map<string, ClauseChange> => classifiedSince(cited, target, registry)
  // Renames are followed by the one ID resolver, over the target's withdrawn IDs (for the "via" of a message).
  const resolve = (id: string) => resolveId(id, {isCurrent: (candidate) => targetClauses.has(candidate), status: (candidate) => registry.entries.get(candidate)?.status})
  const context: Context = {releases, target, targetClauses, resolve, changesSince}
  const results = citations.map((citation) => checkOne(citation, context))
  return {target: target.version, results, failing: results.filter((result) => !result.holds).length}
}

/**
 * The changes from a cited release to the target, keyed by the ID each clause had in the cited one:
 * classified once per pair of texts, which the site's citation page checks against on every submit.
 */
const classified = new WeakMap<CitableText, WeakMap<CitableText, Map<string, ClauseChange>>>()

function classifiedSince(cited: CitableText, target: CitableText, registry: ReturnType<typeof statusesOf>): Map<string, ClauseChange> {
  let byTarget = classified.get(cited)
  if (!byTarget) classified.set(cited, (byTarget = new WeakMap()))
  let changes = byTarget.get(target)
  if (!changes) {
    changes = new Map(classifyChanges(cited.clauses, target.clauses, {registry}).flatMap((change) => (change.status === 'added' ? [] : [[change.previousId, change] as const])))
    byTarget.set(target, changes)
  }
  return changes
}

interface Context {
  releases: ReadonlyMap<string, CitableText>
  target: CitableText
  targetClauses: ReadonlyMap<string, CitableClause>
  resolve: (id: string) => IdResolution
  changesSince: (cited: CitableText) => Map<string, ClauseChange>
}

function checkOne(citation: Citation, {releases, target, targetClauses, resolve, changesSince}: Context): CitationResult {
  const base = {citation, currentId: null, currentHash: null}
  const fail = (status: CitationStatus, message: string, extra: Partial<CitationResult> = {}): CitationResult => ({...base, status, holds: false, message, ...extra})
  const cited = releases.get(citation.version)
  if (!cited) {
    const known = [...releases.keys()]
    return fail('unknown-version', `\`${citation.version}\` is no release${known.length > 0 ? ` (releases: ${known.join(', ')})` : ''}`)
  }
  const clause = cited.clauses.find((candidate) => candidate.id === citation.id)
  if (!clause) {
    const gone = cited.withdrawn.find((entry) => entry.id === citation.id)
    return fail('unknown-id', gone ? `\`${citation.id}\` was already ${gone.status} in ${citation.version}` : `release ${citation.version} has no clause \`${citation.id}\``)
  }
  if (citation.hash !== null && !clause.sha256.startsWith(citation.hash)) {
    return fail('hash-mismatch', `#${citation.hash} is not the hash of \`${citation.id}\` in ${citation.version} (#${clause.sha256.slice(0, 8)})`, {expectedHash: clause.sha256})
  }

  const change = changesSince(cited).get(citation.id)
  if (change?.status === 'retired') {
    const {release, reason, as} = change.retired!
    const when = release === 'unreleased' ? 'since the last release' : `in ${release}`
    return fail('retired', `retired ${when}${as ? ` (renamed to \`${as}\` first)` : ''}${reason ? `: ${reason}` : ''}`, {retired: {release, reason}})
  }
  if (!change || change.status === 'removed') return fail('unknown-id', `\`${citation.id}\` is in neither the clauses nor the withdrawn IDs of ${target.version}`)

  const normative = change.facets.includes('normative')
  const links = change.facets.includes('links')
  const changed = normative || links
  const moved = change.facets.includes('moved') ? {from: change.from!, to: change.to!} : undefined
  const found = {
    ...base,
    currentId: change.id,
    currentHash: targetClauses.get(change.id)!.sha256,
    ...(moved ? {moved} : {}),
    ...(normative ? {diff: change.diff!, diffParts: change.diffParts!} : {}),
    ...(change.links ? {links: change.links} : {}),
  }
  const movedNote = moved ? `, moved from ${placeName(moved.from)} to ${placeName(moved.to)}` : ''
  if (change.status === 'renamed') {
    // The IDs between the cited one and the current one (none when the rename was found by its text).
    const resolved = resolve(citation.id)
    const via = resolved.kind === 'current' && resolved.id === change.id ? resolved.via.slice(1) : []
    return {
      ...found,
      status: 'renamed',
      holds: !changed,
      changed,
      message: `renamed to \`${change.id}\`${via.length > 0 ? ` (via ${via.map((step) => `\`${step}\``).join(', ')})` : ''}, ${normative ? 'and its normative text changed' : links ? 'and its links were retargeted' : 'text unchanged'}${movedNote}`,
    }
  }
  // The hash covers what the clause links to: the same words with a retargeted link are a change too.
  if (changed) return {...found, status: 'normative-changed', holds: false, message: `${normative ? 'normative text changed' : 'its links were retargeted (same words)'}${movedNote}`}
  if (change.facets.includes('informative')) return {...found, status: 'informative-changed', holds: true, message: `only the informative part (examples, notes) changed${movedNote}`}
  if (moved) return {...found, status: 'moved', holds: true, message: `unchanged, moved from ${placeName(moved.from)} to ${placeName(moved.to)}`}
  return {...found, status: 'unchanged', holds: true, message: 'unchanged'}
}

const placeName = (where: Place): string => (where.section === null ? where.chapter : `${where.chapter}#${where.section}`)
