/**
 * Which guidance cites each normative paragraph: informative paragraphs that link a rule ID, and interop
 * data records (constructs, type-map rows) that list it in `normative_refs`. The site shows the list
 * beside each normative paragraph, so a reader of a rule sees the guidance that depends on it.
 */
import {isNormativeKind} from '../model/block-kind.ts'
import type {Spec} from '../model/types.ts'
import type {InteropData} from './load-data.ts'
import {anchorFor} from '../core/anchors.ts'

export type GuidanceCitation =
  | {kind: 'paragraph'; chapter: string; ruleId: string | null; anchor: string | null; chapterTitle: string}
  | {kind: 'construct' | 'type-map'; id: string; name: string}

/** Normative rule ID → the guidance citing it. */
export function guidanceCitations(spec: Spec, interop: InteropData | null): Map<string, GuidanceCitation[]> {
  const normative = new Set<string>()
  for (const chapter of spec.chapters) {
    if (chapter.informative) continue
    for (const block of chapter.blocks) if (block.ruleId !== null && isNormativeKind(block.kind)) normative.add(block.ruleId)
  }
  const citations = new Map<string, GuidanceCitation[]>()
  const add = (id: string, citation: GuidanceCitation): void => {
    if (!normative.has(id)) return
    const list = citations.get(id) ?? []
    if (!list.some((existing) => JSON.stringify(existing) === JSON.stringify(citation))) list.push(citation)
    citations.set(id, list)
  }
  for (const chapter of spec.chapters) {
    if (!chapter.informative) continue
    for (const block of chapter.blocks) {
      const labelled = block.ruleId ?? (block.parent !== null ? chapter.blocks[block.parent]?.ruleId : null) ?? null
      for (const reference of block.refs) {
        if (reference.kind !== 'rule' || !reference.resolved) continue
        add(reference.target, {kind: 'paragraph', chapter: chapter.id, ruleId: labelled, anchor: labelled ? anchorFor(labelled) : block.section, chapterTitle: chapter.title})
      }
    }
  }
  for (const construct of interop?.constructs ?? []) for (const id of construct.normative_refs) add(id, {kind: 'construct', id: construct.id, name: construct.name})
  for (const row of interop?.types ?? []) for (const id of row.normative_refs) add(id, {kind: 'type-map', id: row.id, name: `${row.rust} ↔ ${row.cpp}`})
  return citations
}
