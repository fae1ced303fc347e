/**
 * The exported view of the specification: one record per labelled block (a citable paragraph), with
 * where it lives, what kind it is, its text and hash, its outgoing references and its release history.
 * Every export format (JSON, CSV, ReqIF) and every release snapshot is made from these records.
 */
import {isNormativeKind} from '../model/block-kind.ts'
import type {Block, Chapter, Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'

export interface ExportedReference {
  kind: 'rule' | 'grammar' | 'term' | 'chapter' | 'anchor' | 'url' | 'std'
  target: string
}

export interface ExportedParagraph {
  id: string
  status: 'active'
  chapter: string
  chapterTitle: string
  /** Section anchor and title, or null before the chapter's first heading. */
  section: string | null
  sectionTitle: string | null
  /** `normative` or `informative`. */
  kind: 'normative' | 'informative'
  /** The finer kind: normative, informative, note, example, warning, edition, target. */
  blockKind: Block['kind']
  type: Block['type']
  text: string
  sha256: string
  references: ExportedReference[]
  /** Release the ID first appeared in, and the release its text last changed in (null: unreleased). */
  firstRelease: string | null
  lastChangedRelease: string | null
  /** Whether the text differs from the last released text (always false for unreleased IDs). */
  changedSinceRelease: boolean
  file: string
  line: number
}

/** An ID that no longer names a paragraph: renamed (it resolves to `to`) or retired (a tombstone). */
export interface WithdrawnId {
  id: string
  status: 'renamed' | 'retired'
  to: string | null
  release: string | null
  reason: string | null
  firstRelease: string
  sha256: string
}

/** The labelled blocks of the specification as export records, in document order. */
export function exportedParagraphs(spec: Spec, registry: Registry | null): ExportedParagraph[] {
  const records: ExportedParagraph[] = []
  for (const chapter of spec.chapters) {
    for (const block of chapter.blocks) {
      if (block.ruleId === null) continue
      const entry = registry?.entries.get(block.ruleId)
      const section = chapter.sections.find((candidate) => candidate.anchor === block.section) ?? null
      records.push({
        id: block.ruleId,
        status: 'active',
        chapter: chapter.id,
        chapterTitle: chapter.title,
        section: section?.anchor ?? null,
        sectionTitle: section?.title ?? null,
        kind: isNormativeKind(block.kind) ? 'normative' : 'informative',
        blockKind: block.kind,
        type: block.type,
        text: block.text,
        sha256: block.hash,
        references: blockReferences(chapter, block),
        firstRelease: entry?.status.kind === 'active' ? entry.firstRelease : null,
        lastChangedRelease: entry?.status.kind === 'active' ? entry.changedRelease : null,
        changedSinceRelease: entry?.status.kind === 'active' ? entry.sha256 !== block.hash : false,
        file: chapter.file,
        line: (block.labelPosition ?? block.position).start.line,
      })
    }
  }
  return records
}

/** The renamed and retired IDs of the registry, sorted by ID. */
export function withdrawnIds(registry: Registry | null): WithdrawnId[] {
  if (!registry) return []
  return [...registry.entries.values()]
    .filter((entry) => entry.status.kind !== 'active')
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((entry) => ({
      id: entry.id,
      status: entry.status.kind as 'renamed' | 'retired',
      to: entry.status.kind === 'renamed' ? entry.status.to : null,
      release: entry.status.kind === 'retired' ? entry.status.release : null,
      reason: entry.status.kind === 'retired' ? entry.status.reason : null,
      firstRelease: entry.firstRelease,
      sha256: entry.sha256,
    }))
}

/**
 * The resolved outgoing references of a block and of the blocks inside it (a labelled admonition cites
 * what its paragraphs cite), each target once, in order.
 */
export function blockReferences(chapter: Chapter, block: Block): ExportedReference[] {
  const blocks = [block, ...chapter.blocks.filter((candidate) => candidate.parent === block.index)]
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
