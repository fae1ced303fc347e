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
 */
import {wordDiff, wordDiffText, type DiffPart} from '../diff/word-diff.ts'
import type {Citation} from './parse-citations.ts'

/** One clause as a release (or the current text) holds it. */
export interface CitableClause {
  id: string
  /** The normative (cited) hash. */
  sha256: string
  text: string
  chapter: string
  section: string | null
  /** The informative part's hash, where the data has one (null or absent: none). */
  informativeSha256?: string | null
}

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
  /** For `renamed`: whether the text changed as well. */
  changed?: boolean
  /** Where the clause moved, when it did. */
  moved?: {from: Place; to: Place}
  /** The normative word diff (`[-old-]{+new+}`), and as parts, when the text changed. */
  diff?: string
  diffParts?: DiffPart[]
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
  const targetClauses = new Map(target.clauses.map((clause) => [clause.id, clause]))
  const targetWithdrawn = new Map(target.withdrawn.map((entry) => [entry.id, entry]))
  const results = citations.map((citation) => checkOne(citation, releases, target.version, targetClauses, targetWithdrawn))
  return {target: target.version, results, failing: results.filter((result) => !result.holds).length}
}

function checkOne(
  citation: Citation,
  releases: ReadonlyMap<string, CitableText>,
  targetVersion: string,
  targetClauses: ReadonlyMap<string, CitableClause>,
  targetWithdrawn: ReadonlyMap<string, WithdrawnClause>
): CitationResult {
  const base = {citation, currentId: null, currentHash: null}
  const fail = (status: CitationStatus, message: string, extra: Partial<CitationResult> = {}): CitationResult => ({...base, status, holds: false, message, ...extra})
  const cited = releases.get(citation.version)
  if (!cited) {
    const known = [...releases.keys()]
    return fail('unknown-version', `\`${citation.version}\` is no release${known.length > 0 ? ` (releases: ${known.join(', ')})` : ''}`)
  }
  const clause = cited.clauses.find((candidate) => candidate.id === citation.id)
  if (!clause) {
    const withdrawn = cited.withdrawn.find((entry) => entry.id === citation.id)
    return fail('unknown-id', withdrawn ? `\`${citation.id}\` was already ${withdrawn.status} in ${citation.version}` : `release ${citation.version} has no clause \`${citation.id}\``)
  }
  if (citation.hash !== null && !clause.sha256.startsWith(citation.hash)) {
    return fail('hash-mismatch', `#${citation.hash} is not the hash of \`${citation.id}\` in ${citation.version} (#${clause.sha256.slice(0, 8)})`, {expectedHash: clause.sha256})
  }

  // Follow renames to the clause's ID in the target.
  let id = citation.id
  const renames: string[] = []
  for (let hops = 0; hops < 64 && !targetClauses.has(id); hops++) {
    const withdrawn = targetWithdrawn.get(id)
    if (!withdrawn) break
    if (withdrawn.status === 'retired') {
      const when = withdrawn.release === null || withdrawn.release === 'unreleased' ? 'since the last release' : `in ${withdrawn.release}`
      const via = renames.length > 0 ? ` (renamed to \`${id}\` first)` : ''
      return fail('retired', `retired ${when}${via}${withdrawn.reason ? `: ${withdrawn.reason}` : ''}`, {retired: {release: withdrawn.release, reason: withdrawn.reason}})
    }
    if (withdrawn.to === null) break
    renames.push(withdrawn.to)
    id = withdrawn.to
  }
  const now = targetClauses.get(id)
  if (!now) return fail('unknown-id', `\`${id}\` is in neither the clauses nor the withdrawn IDs of ${targetVersion}`)

  const changed = now.sha256 !== clause.sha256
  const informativeChanged = (now.informativeSha256 ?? null) !== (clause.informativeSha256 ?? null) && clause.informativeSha256 !== undefined && now.informativeSha256 !== undefined
  const moved = now.chapter !== clause.chapter || now.section !== clause.section ? {from: place(clause), to: place(now)} : undefined
  const found = {...base, currentId: id, currentHash: now.sha256, ...(moved ? {moved} : {})}
  const diff = changed ? {diff: wordDiffText(clause.text, now.text), diffParts: wordDiff(clause.text, now.text)} : {}
  const movedNote = moved ? `, moved from ${placeName(moved.from)} to ${placeName(moved.to)}` : ''
  if (renames.length > 0) {
    return {
      ...found,
      status: 'renamed',
      holds: !changed,
      changed,
      ...diff,
      message: `renamed to \`${id}\`${renames.length > 1 ? ` (via ${renames.slice(0, -1).map((step) => `\`${step}\``).join(', ')})` : ''}, ${changed ? (clause.text === now.text ? 'and its links were retargeted' : 'and its normative text changed') : 'text unchanged'}${movedNote}`,
    }
  }
  // The hash covers what the clause links to: the same words with a retargeted link are a change too.
  if (changed) return {...found, status: 'normative-changed', holds: false, ...diff, message: `${clause.text === now.text ? 'its links were retargeted (same words)' : 'normative text changed'}${movedNote}`}
  if (informativeChanged) return {...found, status: 'informative-changed', holds: true, message: `only the informative part (examples, notes) changed${movedNote}`}
  if (moved) return {...found, status: 'moved', holds: true, message: `unchanged, moved from ${placeName(moved.from)} to ${placeName(moved.to)}`}
  return {...found, status: 'unchanged', holds: true, message: 'unchanged'}
}

const place = (clause: CitableClause): Place => ({chapter: clause.chapter, section: clause.section})
const placeName = (where: Place): string => (where.section === null ? where.chapter : `${where.chapter}#${where.section}`)
