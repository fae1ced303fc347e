/**
 * What the handlers need to know while rendering one chapter: the chapter itself, the specification's
 * link index (to resolve links exactly as `check` does), the chapter's link definitions, where its
 * headings' anchors are, and the site's base path. Built once per chapter by `render-chapter.ts`.
 */
import type {Definition} from 'mdast'
import type {LinkIndex} from '../model/resolve-reference.ts'
import type {Chapter, Production} from '../model/types.ts'

export interface RenderContext {
  chapter: Pick<Chapter, 'id' | 'file' | 'sections'>
  index: LinkIndex
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
   * Code blocks' text as the model has it, by the source offset of the block: with mdBook's
   * `{{#include …}}` directives replaced by what they include (`src/load/includes.ts`).
   */
  codeValues: OffsetQueue<string>
  /** The site's base path, `/…/`. */
  base: string
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
