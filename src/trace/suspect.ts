/**
 * Suspect links: a test citing a clause whose cited part changed after a given release was written (or
 * last reviewed) against the old text, so the link needs review. Pure over the traceability report and
 * the clauses as released (`ReleasedTexts`, read from a release snapshot by `released-texts.ts`).
 *
 * A clause is suspect when it is cited and its main text or link targets changed since the release, as
 * `classifyChanges` decides (a rename alone, of it or of what it links to, is no change; a change to its
 * examples or notes alone does not make its tests suspect). A clause renamed since the release is
 * compared with its old ID's; a clause new since the release has nothing to be suspect against and is not
 * listed.
 *
 * To compare against another source of released texts (a registry service, another format), build a
 * `ReleasedTexts` from it; nothing here changes.
 */
import {classifyChanges, type ChangeFacet, type ClauseRecord} from '../diff/classify.ts'
import {wordDiffText} from '../diff/word-diff.ts'
import {registryLookup, resolveId} from '../registry/id-resolution.ts'
import type {TraceIndex} from './cited-ids.ts'
import type {TraceReport} from './coverage.ts'

/** A clause as released (a snapshot record of any schema). */
export type ReleasedParagraph = ClauseRecord

/** Each rule ID's text and hash as released in one version. */
export interface ReleasedTexts {
  version: string
  paragraphs: ReadonlyMap<string, ReleasedParagraph>
}

export interface SuspectLink {
  id: string
  chapter: string
  /** The ID the paragraph had at the release (differs from `id` when it was renamed since). */
  releasedAs: string
  /** The tests citing it. */
  tests: string[]
  /** What changed: `normative` (the text) and/or `links` (the same text links elsewhere); `moved` too. */
  facets: ChangeFacet[]
  before: string
  after: string
  /** Word diff, `[-removed-]` and `{+added+}` as in `git diff --word-diff`. */
  diff: string
}

/** The cited paragraphs whose text differs from their text at `released.version`, in document order. */
export function findSuspects(report: TraceReport, index: TraceIndex, released: ReleasedTexts): SuspectLink[] {
  const renamedFrom = new Map<string, string[]>()
  if (index.registry) {
    const lookup = registryLookup(index.registry)
    for (const entry of index.registry.entries.values()) {
      if (entry.status.kind !== 'renamed') continue
      const now = resolveId(entry.id, lookup)
      if (now.kind === 'current') renamedFrom.set(now.id, [...(renamedFrom.get(now.id) ?? []), entry.id])
    }
  }
  const suspects: SuspectLink[] = []
  for (const traced of report.paragraphs) {
    if (traced.tests.length === 0) continue
    const paragraph = index.byId.get(traced.id)!
    const releasedAs = released.paragraphs.has(traced.id) ? traced.id : (renamedFrom.get(traced.id) ?? []).find((old) => released.paragraphs.has(old))
    if (releasedAs === undefined) continue
    const before = released.paragraphs.get(releasedAs)!
    if (before.sha256 === paragraph.hash) continue
    const now: ClauseRecord = {id: paragraph.id, chapter: paragraph.chapter, section: paragraph.section, kind: paragraph.normative ? 'normative' : 'informative', text: paragraph.text, links: paragraph.links, sha256: paragraph.hash}
    const change = classifyChanges([before], [now], {registry: index.registry}).find((candidate) => candidate.id === paragraph.id)
    const facets = change?.facets.filter((facet) => facet !== 'informative') ?? []
    if (!facets.includes('normative') && !facets.includes('links')) continue
    suspects.push({
      id: traced.id,
      chapter: traced.chapter,
      releasedAs,
      tests: traced.tests,
      facets,
      before: before.text,
      after: paragraph.text,
      diff: wordDiffText(before.text, paragraph.text),
    })
  }
  return suspects
}
