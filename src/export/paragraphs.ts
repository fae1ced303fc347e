/**
 * The exported view of the specification: one record per rule ID — its clause (see `Clause`), with
 * where it lives, what kind it is, the texts, link identities and hashes of its main and informative
 * parts, its outgoing references and its release history. Every export format (JSON, CSV, ReqIF) and
 * every release snapshot is made from these records.
 */
import type {Block, Chapter, Clause, Spec} from '../model/types.ts'
import {registryLookup, resolveId} from '../registry/id-resolution.ts'
import {releasedEntry, type Registry} from '../registry/registry-file.ts'

export interface ExportedReference {
  kind: 'rule' | 'grammar' | 'term' | 'chapter' | 'anchor' | 'url' | 'std'
  target: string
}

export interface ExportedParagraph {
  id: string
  status: 'active'
  /** `clause`: text of its own; `section`: a pure section ID. */
  clause: Clause['kind']
  chapter: string
  chapterTitle: string
  /** Section anchor and title, or null before the chapter's first heading. */
  section: string | null
  sectionTitle: string | null
  /** `normative` or `informative` (the clause's). */
  kind: 'normative' | 'informative'
  /** The labelled block's finer kind: normative, informative, note, example, warning, edition, target. */
  blockKind: Block['kind']
  /** The labelled block's markdown construct. */
  type: Block['type']
  /** The clause's main text, and its hash (over the text and `links`): what a citation pins. */
  text: string
  sha256: string
  links: string[]
  /** The clause's informative part (examples, notes): '' and null when it has none. */
  informativeText: string
  informativeLinks: string[]
  informativeSha256: string | null
  references: ExportedReference[]
  /** Release the ID first appeared in, and the release its text last changed in (null: unreleased). */
  firstRelease: string | null
  lastChangedRelease: string | null
  /** Whether the text differs from the last released text (always false for unreleased IDs). */
  changedSinceRelease: boolean
  file: string
  line: number
}

/** An ID that no longer names a paragraph: renamed (`resolveId` leads it to `to`) or retired (a tombstone). */
export interface WithdrawnId {
  id: string
  status: 'renamed' | 'retired'
  to: string | null
  release: string | null
  reason: string | null
  firstRelease: string
  sha256: string
}

/**
 * The clauses of the specification as export records, in document order. Each chapter's records are made
 * once per chapter object and registry (below) and shared, so callers must not modify them.
 */
export function exportedParagraphs(spec: Spec, registry: Registry | null): ExportedParagraph[] {
  return spec.chapters.flatMap((chapter) => chapterRecords(chapter, registry))
}

/** One chapter's records (`exportedParagraphs` lists every chapter's), shared: not to be modified. */
export function chapterRecords(chapter: Chapter, registry: Registry | null): ExportedParagraph[] {
  const known = byChapter.get(chapter)
  if (known?.registry === registry) return known.records
  const records = chapterParagraphs(chapter, registry)
  byChapter.set(chapter, {registry, records})
  return records
}

/**
 * One chapter's records, by chapter and registry: a chapter's model object is never changed once built,
 * and the model builder keeps an unchanged chapter's object from one build to the next (the language
 * server, `specmark dev`), so an edit makes the records of the edited chapter only.
 */
const byChapter = new WeakMap<Chapter, {registry: Registry | null; records: ExportedParagraph[]}>()

function chapterParagraphs(chapter: Chapter, registry: Registry | null): ExportedParagraph[] {
  const records: ExportedParagraph[] = []
  const sections = new Map(chapter.sections.map((section) => [section.anchor, section]))
  for (const clause of chapter.clauses) {
    const block = chapter.blocks[clause.head]!
    const entry = releasedEntry(registry, clause.id)
    const section = (clause.section !== null ? sections.get(clause.section) : undefined) ?? null
    records.push({
      id: clause.id,
      status: 'active',
      clause: clause.kind,
      chapter: chapter.id,
      chapterTitle: chapter.title,
      section: section?.anchor ?? null,
      sectionTitle: section?.title ?? null,
      kind: clause.normative ? 'normative' : 'informative',
      blockKind: block.kind,
      type: block.type,
      text: clause.text,
      sha256: clause.hash,
      links: clause.links,
      informativeText: clause.informativeText,
      informativeLinks: clause.informativeLinks,
      informativeSha256: clause.informativeHash,
      references: clauseReferences(chapter, clause),
      firstRelease: entry?.firstRelease ?? null,
      lastChangedRelease: entry?.changedRelease ?? null,
      changedSinceRelease: entry ? entry.sha256 !== clause.hash : false,
      file: chapter.file,
      line: clause.labelPosition.start.line,
    })
  }
  return records
}

/** The renamed and retired IDs of the registry, sorted by ID. */
export function withdrawnIds(registry: Registry | null): WithdrawnId[] {
  if (!registry) return []
  const lookup = registryLookup(registry)
  return [...registry.entries.values()]
    .filter((entry) => entry.status.kind !== 'active')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((entry) => ({
      id: entry.id,
      status: entry.status.kind as 'renamed' | 'retired',
      // Through a chain of renames (`a` → `b` → `c`) to the ID that names the paragraph now.
      to: entry.status.kind === 'renamed' ? resolveId(entry.id, lookup).id : null,
      release: entry.status.kind === 'retired' ? entry.status.release : null,
      reason: entry.status.kind === 'retired' ? entry.status.reason : null,
      firstRelease: entry.firstRelease,
      sha256: entry.sha256,
    }))
}

/** The resolved outgoing references of every block of a clause, each target once, in order. */
export function clauseReferences(chapter: Chapter, clause: Clause): ExportedReference[] {
  const blocks = clause.blocks.map((index) => chapter.blocks[index]!)
  const seen = new Set<string>()
  const references: ExportedReference[] = []
  for (const reference of blocks.flatMap((candidate) => candidate.refs)) {
    if (!reference.resolved || reference.kind === 'unknown' || reference.kind === 'asset') continue
    const key = `${reference.kind}\0${reference.target}`
    if (seen.has(key)) continue
    seen.add(key)
    references.push({kind: reference.kind, target: reference.target})
  }
  return references
}
