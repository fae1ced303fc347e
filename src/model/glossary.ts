/**
 * The glossary: every term with its definition (the text of the paragraph that defines it) and every
 * place it is used, in document order. Computed from the model; the site renders it as a page.
 */
import type {Spec} from './types.ts'
import {anchorFor} from '../core/anchors.ts'

export interface GlossaryEntry {
  slug: string
  term: string
  definition: string
  /** Rule ID of the defining paragraph, if labelled. */
  ruleId: string | null
  chapter: string
  anchor: string
  uses: Array<{chapter: string; ruleId: string | null; anchor: string | null}>
}

export function buildGlossary(spec: Spec): GlossaryEntry[] {
  const uses = new Map<string, GlossaryEntry['uses']>()
  for (const chapter of spec.chapters) {
    for (const block of chapter.blocks) {
      for (const reference of block.refs) {
        if (reference.kind !== 'term' || !reference.resolved) continue
        const list = uses.get(reference.target) ?? []
        const labelled = block.ruleId ?? (block.parent !== null ? chapter.blocks[block.parent]?.ruleId : null) ?? null
        const anchor = labelled ? anchorFor(labelled) : block.section
        if (!list.some((use) => use.chapter === chapter.id && use.anchor === anchor)) list.push({chapter: chapter.id, ruleId: labelled, anchor})
        uses.set(reference.target, list)
      }
    }
  }
  const chapters = new Map(spec.chapters.map((chapter) => [chapter.id, chapter]))
  return spec.terms
    .map((term) => {
      const block = chapters.get(term.chapter)?.blocks[term.block]
      return {
        slug: term.slug,
        term: term.text,
        definition: block?.text ?? '',
        ruleId: block?.ruleId ?? null,
        chapter: term.chapter,
        anchor: term.anchor,
        uses: uses.get(term.slug) ?? [],
      }
    })
    .sort((a, b) => a.term.localeCompare(b.term, 'en', {sensitivity: 'base'}))
}
