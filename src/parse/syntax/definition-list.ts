/**
 * Definition lists, as mdBook 0.5 reads them (pulldown-cmark's extension, on unless
 * `output.html.definition-lists = false`): a term on a line of its own, then one or more definitions,
 * each starting with `:` (after up to two spaces, mdBook's guide says), continuation lines indented.
 *
 *     term A
 *       : A definition of term A.
 *
 * The nodes are satteri's (`native-parse.ts` asks it for them; the reference parse's, from
 * `micromark-extension-definition-list`, are reshaped to equal them by `asDescriptionLists`): a
 * `descriptionList` of `descriptionTerm`s (phrasing) and `descriptionDetails` (blocks; `spread` when
 * loose, its paragraphs then written as such), rendered as `dl`, `dt` and `dd`. Each term is anchored
 * as mdBook anchors it, in the headings' document order (`build-chapter.ts`).
 */
import type {BlockContent, Parent, PhrasingContent, Root} from 'mdast'
import {visit} from 'unist-util-visit'

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

/** micromark's nodes (`mdast-util-definition-list`), renamed and reshaped by `asDescriptionLists`. */
const RENAMED: Record<string, 'descriptionList' | 'descriptionTerm' | 'descriptionDetails'> = {defList: 'descriptionList', defListTerm: 'descriptionTerm', defListDescription: 'descriptionDetails'}

/**
 * The definition lists of micromark's extension (`micromark-extension-definition-list`, which the
 * reference parse uses) as satteri gives them, which is what the model and render read: the same types,
 * and satteri's positions (a term ends with its text; a definition starts at its `:` marker's
 * indentation and ends with its content; a list spans its terms and definitions) and looseness (a
 * definition whose blocks a blank line separates is loose). Mutates and returns `tree`.
 */
export function asDescriptionLists(tree: Root, text: string): Root {
  const found: Array<Parent & {type: string; spread?: boolean}> = []
  const parents = new Map<unknown, Parent>()
  visit(tree, (node, _index, parent) => {
    if (parent) parents.set(node, parent)
    if (RENAMED[node.type] !== undefined) found.push(node as unknown as (typeof found)[number])
  })
  // Innermost first: a list's span is its children's, once they are reshaped.
  for (const parent of found.reverse()) {
    const type = RENAMED[parent.type]!
    parent.type = type
    const first = parent.children[0]?.position
    const last = parent.children.at(-1)?.position
    if (!parent.position || !first || !last) continue
    if (type === 'descriptionDetails') {
      const list = parents.get(parent)!
      // Back over the `:` marker and the spaces around it, to the list's column (its container's content).
      let start = parent.position.start.offset!
      let column = parent.position.start.column
      const back = (): void => {
        start--
        column--
      }
      while (column > 1 && /[ \t]/.test(text[start - 1]!)) back()
      if (text[start - 1] === ':') back()
      while (column > list.position!.start.column && /[ \t]/.test(text[start - 1]!)) back()
      parent.position.start = {line: parent.position.start.line, column, offset: start}
    } else if (type === 'descriptionList') {
      parent.position.start = {...first.start}
    }
    parent.position.end = {...last.end}
  }
  // A container a list ends (a blockquote) ends with it, not after the line ending micromark's extension
  // takes in.
  for (const list of found) {
    if (list.type !== 'descriptionList') continue
    let node: Parent = list
    for (let parent = parents.get(node); parent && parent.type !== 'root' && parent.children.at(-1) === node; parent = parents.get(node)) {
      const end = node.position!.end
      if (parent.position && parent.position.end.offset! > end.offset! && text.slice(end.offset, parent.position.end.offset).trim() === '') parent.position.end = {...end}
      node = parent
    }
  }
  // Loose when a blank line comes before it (after the term or the definition before) or between its
  // blocks; read once every position is reshaped.
  for (const details of found) {
    if (details.type !== 'descriptionDetails') continue
    const siblings = parents.get(details)!.children as Parent[]
    const spans = [siblings[siblings.indexOf(details) - 1], ...details.children].map((node) => node?.position)
    details.spread = spans.some((span, index) => index > 0 && span !== undefined && spans[index - 1] !== undefined && span.start.line > spans[index - 1]!.end.line + 1)
  }
  return tree
}
