/**
 * What the handlers need to know while rendering one chapter: the chapter itself, where each of its links
 * goes (the model's resolved references, so a link renders where `check` says it goes), where grammar
 * productions live, the chapter's link definitions (for link titles), where its headings' anchors are, and
 * the site's base path. Built once per chapter by `render-chapter.ts`.
 */
import type {Element, ElementContent} from 'hast'
import type {Definition} from 'mdast'
import type {UrlScheme} from '../config/schema.ts'
import type {Chapter, CodeInfo, Production, Reference} from '../model/types.ts'
import type {KatexSettings} from '../parse/katex.ts'

/** Where a production is defined: what a link to it needs. */
export type ProductionLocation = Pick<Production, 'chapter' | 'anchor'>

export interface RenderContext {
  chapter: Pick<Chapter, 'id' | 'file' | 'sections'>
  /** The model's resolved reference of each link, by the source offset of the link, in document order. */
  references: OffsetQueue<Reference>
  /** Where each production is defined, by name (for grammar blocks). */
  productions: ReadonlyMap<string, ProductionLocation>
  /** Every production of the specification, in definition order (for the grammar summary). */
  grammar: Production[]
  /** The chapter's link definitions by identifier; the first definition of an identifier wins. */
  definitions: Map<string, Definition>
  /**
   * Section anchors by the source offset of their heading, taken in document order (the nodes of an
   * included file all sit at the offset of the directive that includes them).
   */
  headingAnchors: OffsetQueue<string>
  /**
   * Code blocks as the model has them, by the source offset of the block: the text with mdBook's
   * `{{#include …}}` directives replaced by what they include (`src/load/includes.ts`), and a grammar
   * block's parse.
   */
  codeBlocks: OffsetQueue<CodeInfo>
  /** The site's base path, `/…/`. */
  base: string
  /** How chapter pages are addressed (the model's `spec.urls`). */
  urls: UrlScheme
  /** An mdBook's line-hiding prefix by language (`Project.codeHidelines`). */
  hidelines: Record<string, string>
  /** How Rust examples run on the Rust Playground (`Playground`), or null for none. */
  playground: Playground | null
  /** Whether TeX in the text is typeset (`Project.math`). */
  math: boolean
  /** Whether ```` ```mermaid ```` blocks are diagrams for the book's mermaid.js (`Project.mermaid`). */
  mermaid: boolean
  /** mdbook-katex's settings, where its math was read (`Project.katex`). */
  katex: KatexSettings | null
  /**
   * Trusted markup made while rendering (railroad diagrams of grammar blocks, typeset math), by slot: the
   * tree holds an empty slot (`trustedSlot`) where each goes, filled after sanitation.
   */
  trusted: ElementContent[][]
}

/** Values by source offset; `take` hands out the values of one offset in the order they were added. */
export class OffsetQueue<T> {
  private readonly byOffset = new Map<number, T[]>()
  constructor(entries: Iterable<readonly [number, T]>) {
    for (const [offset, value] of entries) {
      const list = this.byOffset.get(offset)
      if (list) list.push(value)
      else this.byOffset.set(offset, [value])
    }
  }
  take(offset: number | undefined): T | undefined {
    return offset === undefined ? undefined : this.byOffset.get(offset)?.shift()
  }
}

/**
 * The Rust Playground's settings for a book's examples: the edition they run in unless they name their
 * own, whether they get a Run button at all (an mdBook's `[output.html.playground] runnable`; an
 * example marked `mdbook-runnable` gets one anyway), and whether those marked `editable` can be edited
 * (`[output.html.playground] editable`), with line numbers (`line-numbers`).
 */
export interface Playground {
  edition: string
  runnable: boolean
  editable: boolean
  lineNumbers: boolean
}

/** The slot for trusted markup (`RenderContext.trusted`): a `div` or `span` that sanitation keeps, replaced by the markup after it. */
export function trustedSlot(context: Pick<RenderContext, 'trusted'>, content: ElementContent[], tagName: 'div' | 'span'): Element {
  context.trusted.push(content)
  return {type: 'element', tagName, properties: {className: ['trusted-slot'], dataTrusted: String(context.trusted.length - 1)}, children: []}
}
