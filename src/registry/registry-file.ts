/**
 * The ID registry file, `registry.txt` at the spec root: one line per rule ID ever released, sorted by
 * ID, tab-separated, so that it diffs and merges line by line:
 *
 * ```
 * # schema: 2
 * expr.if.intro	active	0.1.0	0.2.0	<sha256>	<sha256 or ->
 * expr.if.old	renamed:expr.if.new	0.1.0	0.1.0	<sha256>	-
 * expr.gone	retired:0.2.0	0.1.0	0.1.0	<sha256>	-	why it was retired
 * ```
 *
 * Columns: ID; status (`active`, `renamed:<new ID>`, or `retired:<release>` where `unreleased` stands for
 * the next release); the release it first appeared in; the release its clause's main part last changed
 * in; the clause hash at that release (`Clause.hash`); the hash of its informative part at the last
 * release (`-` for none); for a retired ID, the reason. Lines starting with `#` are comments, except the
 * `# schema: N` line.
 *
 * Schema 1 (no schema line) had no informative column, and its hash covered the labelled block alone.
 * Such files are still read: `migrateRegistry` (`migrate.ts`) recomputes their hashes, and the next
 * release writes schema 2. Only `specmark release` and `specmark ids` write the file.
 */
import {InputError} from '../diagnostics/diagnostic.ts'
import {isRuleId} from '../core/rule-id.ts'
import {registryLookup, resolveId} from './id-resolution.ts'

export const REGISTRY_FILE = 'registry.txt'
/** The schema `serializeRegistry` writes. */
export const REGISTRY_SCHEMA = 2
export const UNRELEASED = 'unreleased'

export type RegistryStatus = {kind: 'active'} | {kind: 'renamed'; to: string} | {kind: 'retired'; release: string; reason: string}

export interface RegistryEntry {
  id: string
  status: RegistryStatus
  firstRelease: string
  changedRelease: string
  /** The clause hash at the last release (for a schema 1 file before migration: the labelled block's). */
  sha256: string
  /** The hash of the clause's informative part at the last release; null when it had none (or schema 1). */
  informativeSha256: string | null
  /** 1-based line in the file (0 for entries not yet written). */
  line: number
}

export interface Registry {
  entries: Map<string, RegistryEntry>
  /** The schema the file was written in (absent: the current one). */
  schema?: number
  /** Set when the file was in an older schema and its hashes were recomputed in memory (`migrate.ts`). */
  migration?: RegistryMigration
}

/** What migrating an older registry did (nothing is written until the next release). */
export interface RegistryMigration {
  from: number
  to: number
  /** Active IDs whose released text is unchanged: their hash is now their clause hash. */
  recomputed: number
  /** Active IDs whose labelled block changed since the release: they stay changed. */
  changed: string[]
}

const HEADER = [
  '# specmark rule-ID registry: every rule ID ever released, one per line, sorted. Do not edit by hand:',
  '# `specmark release`, `specmark ids rename` and `specmark ids retire` maintain it.',
  '# Columns (tab-separated): id, status (active | renamed:<id> | retired:<release>), first release,',
  '# release of the last change, sha256 of the clause (normative text and link targets), sha256 of its',
  '# informative part (- for none), reason (retired IDs only).',
  `# schema: ${REGISTRY_SCHEMA}`,
]

/** Parses registry text; malformed lines are an `InputError` naming the line. */
export function parseRegistry(text: string, display: string): Registry {
  const entries = new Map<string, RegistryEntry>()
  const lines = text.split(/\r?\n/)
  const schemaLine = lines.findIndex((raw) => /^#\s*schema:/.test(raw))
  let schema = 1
  if (schemaLine !== -1) {
    const match = /^#\s*schema:\s*(\d+)\s*$/.exec(lines[schemaLine]!)
    schema = match ? Number(match[1]) : 0
    if (schema < 1 || schema > REGISTRY_SCHEMA) {
      throw new InputError(`${display}:${schemaLine + 1}:1: unsupported registry schema \`${lines[schemaLine]!.replace(/^#\s*schema:\s*/, '')}\`, expected 1 to ${REGISTRY_SCHEMA} (a newer specmark wrote it?)`)
    }
  }
  lines.forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '' || raw.startsWith('#')) return
    const fail = (why: string): never => {
      throw new InputError(`${display}:${line}:1: invalid registry line: ${why}`)
    }
    const [id = '', status = '', firstRelease = '', changedRelease = '', sha256 = '', ...rest] = raw.split('\t')
    if (!isRuleId(id)) fail(`\`${id}\` is not a rule ID`)
    if (!firstRelease || !changedRelease) fail('expected a first and a last-changed release')
    if (!/^[0-9a-f]{64}$/.test(sha256)) fail('expected a sha256 in the fifth column')
    let informativeSha256: string | null = null
    if (schema >= 2) {
      const column = rest.shift() ?? ''
      if (column !== '-' && !/^[0-9a-f]{64}$/.test(column)) fail('expected a sha256 or `-` in the sixth column')
      informativeSha256 = column === '-' ? null : column
    }
    if (entries.has(id)) fail(`\`${id}\` is listed twice`)
    entries.set(id, {id, status: parseStatus(status, rest.join('\t'), fail), firstRelease, changedRelease, sha256, informativeSha256, line})
  })
  return {entries, schema}
}

function parseStatus(text: string, reason: string, fail: (why: string) => never): RegistryStatus {
  if (text === 'active') return {kind: 'active'}
  if (text.startsWith('renamed:')) {
    const to = text.slice('renamed:'.length)
    return isRuleId(to) ? {kind: 'renamed', to} : fail(`\`${to}\` is not a rule ID`)
  }
  if (text.startsWith('retired:')) {
    const release = text.slice('retired:'.length)
    return release ? {kind: 'retired', release, reason} : fail('expected the release after `retired:`')
  }
  return fail(`unknown status \`${text}\`, expected active, renamed:<id> or retired:<release>`)
}

/** Serializes a registry: header, then one line per ID in code-point order. */
export function serializeRegistry(registry: Registry): string {
  const lines = [...registry.entries.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => {
      const status =
        entry.status.kind === 'active' ? 'active' : entry.status.kind === 'renamed' ? `renamed:${entry.status.to}` : `retired:${entry.status.release}`
      const columns = [entry.id, status, entry.firstRelease, entry.changedRelease, entry.sha256, entry.informativeSha256 ?? '-']
      if (entry.status.kind === 'retired') columns.push(entry.status.reason.replace(/[\t\r\n]+/g, ' '))
      return columns.join('\t')
    })
  return `${[...HEADER, ...lines].join('\n')}\n`
}

/**
 * The first name of every ID that was renamed, by the name it has now: `a` for `c` after `a` → `b` →
 * `c` (and `a` for `b`). What links hash as (see `BuildOptions.firstNames`). When two IDs were renamed
 * into one, the first in code-point order wins.
 */
export function firstNames(registry: Registry | null): Record<string, string> {
  const names: Record<string, string> = {}
  if (!registry) return names
  const ids = [...registry.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  // An ID renamed from nothing earlier is a chain's start; walk each chain forward from its start.
  const renamedInto = new Set<string>()
  for (const entry of registry.entries.values()) if (entry.status.kind === 'renamed') renamedInto.add(entry.status.to)
  for (const id of ids) {
    if (renamedInto.has(id)) continue
    const seen = new Set<string>([id])
    for (let entry = registry.entries.get(id); entry?.status.kind === 'renamed'; entry = registry.entries.get(entry.status.to)) {
      const next = entry.status.to
      if (seen.has(next)) break
      seen.add(next)
      if (!Object.hasOwn(names, next)) names[next] = id
    }
  }
  return names
}

/**
 * The registry's record of the clause an ID names now: its own active entry, or — for an ID given by a
 * rename since the last release — the entry of the ID it was renamed from (which carries the clause's
 * history). Undefined for an ID never released.
 */
export function releasedEntry(registry: Registry | null, id: string): RegistryEntry | undefined {
  const own = registry?.entries.get(id)
  if (own) return own.status.kind === 'active' ? own : undefined
  if (!registry) return undefined
  // A renamed entry is this clause's history when its chain of renames ends at `id`.
  const lookup = registryLookup(registry)
  for (const entry of registry.entries.values()) {
    if (entry.status.kind === 'renamed' && resolveId(entry.id, lookup).id === id) return entry
  }
  return undefined
}

