/**
 * Parse: one markdown source into an mdast tree, with the dialect's extensions (GFM, YAML front matter,
 * rule labels, dialect references). Pure and per file, so its results can be cached by content hash.
 *
 * Two parsers, one tree: satteri (Rust, `native-parse.ts`) where it can promise micromark's tree, else
 * micromark through remark-parse with the dialect's micromark extensions, which stays the reference.
 */
import type {PhrasingContent, Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Processor} from 'unified'
import {defListFromMarkdown} from 'mdast-util-definition-list'
import {defList} from 'micromark-extension-definition-list'
import {findLimitProblem, type LimitProblem} from './limits.ts'
import type {IncludeResult} from '../load/includes.ts'
import {readHeadingAttributes} from './heading-attributes.ts'
import {expandProseIncludes} from './prose-includes.ts'
import {readAdmonishBlocks, type AdmonishSettings} from './admonish.ts'
import {parseWithKatexMath, type KatexDelimiters} from './katex.ts'
import {readIndentedTableRows} from './table-rows.ts'
import {insertToc, type TocSettings} from './toc.ts'
import {readTrplListings} from './trpl-listing.ts'
import {readTrplNotes} from './trpl-note.ts'
import {readTabs} from './tabs.ts'
import {parseNative} from './native-parse.ts'
import {asDescriptionLists, mayHoldDefinitionList} from './syntax/definition-list.ts'
import remarkSpecmark from './remark-specmark.ts'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).use(remarkSpecmark)
const withDefinitionLists = processor().use(remarkDefinitionLists)

export interface ParseOptions {
  /** Record each text node's typeset text for render (`smart-punctuation.ts`); the fast parse only. */
  smartPunctuation?: boolean
  /** Read definition lists (`syntax/definition-list.ts`, `Project.definitionLists`). */
  definitionLists?: boolean
  /** Read mdbook-admonish's blocks as admonitions, with its settings (`admonish.ts`, `Project.admonish`). */
  admonish?: AdmonishSettings | null
  /** Read mdbook-katex's math, between these delimiters, before the markdown (`katex.ts`, `Project.katex`). */
  katex?: KatexDelimiters | null
  /** Replace mdbook-toc's marker by the chapter's table of contents (`toc.ts`, `Project.toc`). */
  toc?: TocSettings | null
  /** Read the Rust Book's `<Listing>` tags as its preprocessor writes them (`trpl-listing.ts`, `Project.trplListing`). */
  trplListing?: boolean
  /** Read the Rust Book's `> Note: ` quotes as its note sections (`trpl-note.ts`, `Project.trplNote`). */
  trplNote?: boolean
  /** Read mdbook-tabs' `{{#tabs}}` as its tabs (`tabs.ts`, `Project.tabs`). */
  tabs?: boolean
}

/** Parses markdown text into an mdast tree carrying positions. */
export function parseMarkdown(text: string, options: ParseOptions = {}): Root {
  const definitionLists = options.definitionLists === true && mayHoldDefinitionList(text)
  const read = (markdown: string): Root => parseNative(markdown, options.smartPunctuation, definitionLists) ?? parseWithMicromark(markdown, definitionLists)
  const parse = (markdown: string): Root => readIndentedTableRows(read(markdown), markdown, read)
  return options.katex ? parseWithKatexMath(text, options.katex, parse) : parse(text)
}

/** The reference parse, which the fast one must equal (test/parse/native-parse.test.ts). */
export function parseWithMicromark(text: string, definitionLists = false): Root {
  return definitionLists ? asDescriptionLists(withDefinitionLists.parse(text), text) : processor.parse(text)
}

/** micromark's definition list extension, as a remark plugin. */
function remarkDefinitionLists(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(defList)
  ;(data.fromMarkdownExtensions ??= []).push(defListFromMarkdown)
}

/**
 * Parses a chapter within the input limits: a chapter over a limit is read as empty, and the problem is
 * returned for `check` to report.
 */
export function parseChapterSource(text: string, includes: Record<string, IncludeResult> = {}, options: ParseOptions = {}): {tree: Root; limitProblem: LimitProblem | null} {
  const limitProblem = findLimitProblem(text)
  if (limitProblem) return {tree: {type: 'root', children: []}, limitProblem}
  // Included markdown is held to the same limits as a chapter; beyond them it is left out.
  const parseIncluded = (included: string): Root | null => (findLimitProblem(included) ? null : readHeadingAttributes(parseMarkdown(included, options)))
  const expanded = expandProseIncludes(readHeadingAttributes(parseMarkdown(text, options)), text, includes, parseIncluded)
  const admonished = options.admonish ? readAdmonishBlocks(expanded, parseIncluded, options.admonish) : expanded
  const listed = options.trplListing ? readTrplListings(admonished, captionContent) : admonished
  const noted = options.trplNote ? readTrplNotes(listed) : listed
  const tree = options.tabs ? readTabs(noted, text) : noted
  return {tree: options.toc ? insertToc(tree, text, options.toc) : tree, limitProblem: null}
}

/** A caption's markdown as phrasing content (a listing's caption is one line of text). */
function captionContent(markdown: string): PhrasingContent[] {
  const first = parseMarkdown(markdown).children[0]
  return first?.type === 'paragraph' ? first.children : [{type: 'text', value: markdown}]
}
