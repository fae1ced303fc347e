/**
 * What the interop data adds to a chapter's rendered blocks, after the render cache (the cached HTML
 * depends on the chapter alone; these depend on the YAML and on other chapters): each ```` ```data ````
 * block becomes its data view (`data-views.ts`), and each normative paragraph cited by guidance gets the
 * links of the "Cited by guidance" list under it (`guidance-list.ts`), as data the site draws.
 */
import type {ElementContent, Root} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {guidanceCitations} from '../interop/citations.ts'
import type {InteropData} from '../interop/load-data.ts'
import type {Chapter, Spec} from '../model/types.ts'
import {renderDataView} from './data-views.ts'
import {guidanceLinks, viewPlaces} from './guidance-list.ts'
import type {RenderedBlock} from './types.ts'

const stringifier = unified().use(rehypeStringify).freeze()
const toHtml = (content: ElementContent | ElementContent[]): string =>
  stringifier.stringify({type: 'root', children: Array.isArray(content) ? content : [content]} satisfies Root)

export interface InteropDecorator {
  /** A chapter's blocks with their data views and guidance lists: the same array when it has none. */
  decorate: (chapter: Chapter, blocks: RenderedBlock[]) => RenderedBlock[]
  /** Whether `decorate` may change any of the chapter's blocks (it has a data block, or a paragraph guidance cites). */
  touches: (chapter: Chapter) => boolean
}

/** Prepares the book-wide data once; the result decorates one chapter's blocks at a time. */
export function interopDecorator(spec: Spec, interop: InteropData | null, base: string): InteropDecorator {
  const citations = guidanceCitations(spec, interop)
  const places = viewPlaces(spec)
  const touches = (chapter: Chapter): boolean => chapter.blocks.some((block) => block.type === 'data' || (block.ruleId !== null && (citations.get(block.ruleId)?.length ?? 0) > 0))
  const decorate = (chapter: Chapter, blocks: RenderedBlock[]): RenderedBlock[] => {
    if (!touches(chapter)) return blocks
    return blocks.map((rendered) => {
      const block = chapter.blocks[rendered.index]!
      const html = block.type === 'data' ? toHtml(renderDataView(block.code?.attributes[0] ?? null, {data: interop, rules: spec.rules, from: chapter.id, base})) : rendered.html
      const cited = block.ruleId !== null ? citations.get(block.ruleId) : undefined
      const guidance = cited !== undefined && cited.length > 0 ? guidanceLinks(cited, places, interop, chapter.id, base) : rendered.guidance
      return html === rendered.html && guidance === rendered.guidance ? rendered : {...rendered, html, guidance}
    })
  }
  return {decorate, touches}
}
