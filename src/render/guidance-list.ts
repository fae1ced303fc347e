/**
 * "Cited by guidance": under each normative paragraph, the informative paragraphs and interop data
 * records (constructs, type-map rows) that cite it (`guidanceCitations` in `src/interop/citations.ts`),
 * each linked to where it is shown. A data record links to the chapter embedding its view (a construct's
 * `construct:<id>` view, else the capability matrix; a type-map row's `type-map:<category>` or
 * `type-map` view), at the record's anchor.
 *
 * Returned as data (label and link); the site draws the list (`site/components/RuleBlock.astro`). To cite
 * another kind of guidance: add it to `GuidanceCitation` and a case to `citationLink`.
 */
import type {GuidanceCitation} from '../interop/citations.ts'
import type {InteropData} from '../interop/load-data.ts'
import type {Spec} from '../model/types.ts'
import {constructAnchor, matrixAnchor, typeRowAnchor} from './data-views.ts'
import type {GuidanceLink} from './types.ts'
import {destinationHref} from './urls.ts'

/** Data view name → the chapter that embeds it first. */
export type ViewPlaces = Map<string, string>

export function viewPlaces(spec: Spec): ViewPlaces {
  const places: ViewPlaces = new Map()
  for (const chapter of spec.chapters) {
    for (const block of chapter.blocks) {
      const name = block.type === 'data' ? block.code?.attributes[0] : undefined
      if (name !== undefined && !places.has(name)) places.set(name, chapter.id)
    }
  }
  return places
}

/** The links shown under a paragraph of chapter `from`. */
export function guidanceLinks(citations: GuidanceCitation[], places: ViewPlaces, interop: InteropData | null, from: string, base: string): GuidanceLink[] {
  return citations.map((citation) => citationLink(citation, places, interop, from, base))
}

function citationLink(citation: GuidanceCitation, places: ViewPlaces, interop: InteropData | null, from: string, base: string): GuidanceLink {
  const anchorTo = (chapter: string | undefined, anchor: string, label: string): GuidanceLink => ({
    label,
    href: chapter === undefined ? null : destinationHref({chapter, anchor}, from, base),
  })
  switch (citation.kind) {
    case 'paragraph': {
      const label = citation.ruleId !== null ? `${citation.chapterTitle} [${citation.ruleId}]` : citation.chapterTitle
      return anchorTo(citation.chapter, citation.anchor ?? '', label)
    }
    case 'construct': {
      const own = places.get(`construct:${citation.id}`)
      const label = `${citation.name} (capability matrix)`
      return own !== undefined ? anchorTo(own, constructAnchor(citation.id), label) : anchorTo(places.get('capability-matrix'), matrixAnchor(citation.id), label)
    }
    case 'type-map': {
      const category = interop?.types.find((row) => row.id === citation.id)?.category
      const chapter = (category !== undefined ? places.get(`type-map:${category}`) : undefined) ?? places.get('type-map')
      return anchorTo(chapter, typeRowAnchor(citation.id), `${citation.name} (type map)`)
    }
  }
}
