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
  /** Section anchors by the source offset of their heading. */
  headingAnchors: Map<number, string>
  /**
   * Code blocks' text as the model has it, by the source offset of the block: with mdBook's
   * `{{#include …}}` directives replaced by what they include (`src/load/includes.ts`).
   */
  codeValues: Map<number, string>
  /** The site's base path, `/…/`. */
  base: string
}
