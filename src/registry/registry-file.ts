/**
 * The ID registry file, `registry.txt` at the spec root: one line per rule ID ever released, sorted by
 * ID, tab-separated, so that it diffs and merges line by line:
 *
 * ```
 * expr.if.intro	active	0.1.0	0.2.0	<sha256>
 * expr.if.old	renamed:expr.if.new	0.1.0	0.1.0	<sha256>
 * expr.gone	retired:0.2.0	0.1.0	0.1.0	<sha256>	why it was retired
 * ```
 *
 * Columns: ID; status (`active`, `renamed:<new ID>`, or `retired:<release>` where `unreleased` stands for
 * the next release); the release it first appeared in; the release its text last changed in; the sha256
 * of its normalized text at that release; for a retired ID, the reason. Lines starting with `#` are
 * comments. Only `specmark release` and `specmark ids` write it.
 */
import {InputError} from '../diagnostics/diagnostic.ts'
import {isRuleId} from '../model/rule-id.ts'

export const REGISTRY_FILE = 'registry.txt'
export const UNRELEASED = 'unreleased'

export type RegistryStatus = {kind: 'active'} | {kind: 'renamed'; to: string} | {kind: 'retired'; release: string; reason: string}

export interface RegistryEntry {
  id: string
  status: RegistryStatus
  firstRelease: string
  changedRelease: string
  sha256: string
  /** 1-based line in the file (0 for entries not yet written). */
  line: number
}

export interface Registry {
  entries: Map<string, RegistryEntry>
}

const HEADER = [
  '# specmark rule-ID registry: every rule ID ever released, one per line, sorted. Do not edit by hand:',
  '# `specmark release`, `specmark ids rename` and `specmark ids retire` maintain it.',
  '# Columns (tab-separated): id, status (active | renamed:<id> | retired:<release>), first release,',
  '# release of the last text change, sha256 of the normalized text, reason (retired IDs only).',
]

/** Parses registry text; malformed lines are an `InputError` naming the line. */
export function parseRegistry(text: string, display: string): Registry {
  const entries = new Map<string, RegistryEntry>()
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '' || raw.startsWith('#')) return
    const fail = (why: string): never => {
      throw new InputError(`${display}:${line}:1: invalid registry line: ${why}`)
    }
    const [id = '', status = '', firstRelease = '', changedRelease = '', sha256 = '', ...rest] = raw.split('\t')
    if (!isRuleId(id)) fail(`\`${id}\` is not a rule ID`)
    if (!firstRelease || !changedRelease) fail('expected a first and a last-changed release')
    if (!/^[0-9a-f]{64}$/.test(sha256)) fail('expected a sha256 in the fifth column')
    if (entries.has(id)) fail(`\`${id}\` is listed twice`)
    entries.set(id, {id, status: parseStatus(status, rest.join('\t'), fail), firstRelease, changedRelease, sha256, line})
  })
  return {entries}
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
      const columns = [entry.id, status, entry.firstRelease, entry.changedRelease, entry.sha256]
      if (entry.status.kind === 'retired') columns.push(entry.status.reason.replace(/[\t\r\n]+/g, ' '))
      return columns.join('\t')
    })
  return `${[...HEADER, ...lines].join('\n')}\n`
}

