/**
 * Definition lists, as mdBook 0.5 reads them (pulldown-cmark's extension, on unless
 * `output.html.definition-lists = false`): a term on a line of its own, then one or more definitions,
 * each starting with `:` (after up to two spaces, mdBook's guide says), whose continuation lines are indented.
 *
 *     term A
 *       : A definition of term A.
 *
 * The nodes are satteri's (`native-parse.ts` asks it for them): a `descriptionList` of
 * `descriptionTerm`s (phrasing) and `descriptionDetails` (blocks; `spread` when loose, its paragraphs
 * then written as such), rendered as `dl`, `dt` and `dd`. Each term is anchored as mdBook anchors it,
 * in the headings' document order (`build-chapter.ts`).
 */
import type {BlockContent, Parent, PhrasingContent} from 'mdast'

export interface DescriptionList extends Parent {
  type: 'descriptionList'
  children: Array<DescriptionTerm | DescriptionDetails>
}

export interface DescriptionTerm extends Parent {
  type: 'descriptionTerm'
  children: PhrasingContent[]
}

export interface DescriptionDetails extends Parent {
  type: 'descriptionDetails'
  children: BlockContent[]
  spread?: boolean
}

declare module 'mdast' {
  interface RootContentMap {
    descriptionList: DescriptionList
    descriptionTerm: DescriptionTerm
    descriptionDetails: DescriptionDetails
  }
  interface BlockContentMap {
    descriptionList: DescriptionList
  }
}

/** Whether a text may hold a definition (a line starting with `:` after up to three spaces): only then is the extension asked for. */
export function mayHoldDefinitionList(text: string): boolean {
  return /(?:^|[\r\n])[ \t]{0,3}:[ \t]/.test(text)
}
