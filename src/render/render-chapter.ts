/**
 * Renders one chapter to HTML, block by block, in one pipeline:
 *
 * 1. take the chapter's tree from the parse that built its model (render never parses markdown), and
 *    where each link goes from the model's resolved references (`Block.refs`);
 * 2. mdast → hast with remark-rehype and the dialect's handlers (links, admonitions, headings, code and
 *    grammar, mdbook-spec directives), each top-level block collected separately under the index the
 *    model gave it;
 * 3. per block: raw HTML parsed (rehype-raw, for blocks that have some), then sanitized (rehype-sanitize,
 *    `sanitize-schema.ts`), then the trusted additions of syntax highlighting and, for a book with
 *    math, typeset TeX (`math.ts`); then rehype-stringify.
 *
 * Each block comes out as data (`RenderedBlock`): its HTML, and beside it the margin data of a labelled
 * block, which the site draws.
 *
 * Footnotes are numbered per chapter (as remark-rehype does) and rendered as one section at its end.
 *
 * To render a new node type: write a module exporting `…Handlers(context)` and add it to `handlers()`.
 */
import {clauseAt} from '../model/clauses.ts'
import type {Element, ElementContent, Root as HastRoot, RootContent as HastRootContent} from 'hast'
import type {Code, Html, Parents, Root, RootContent, Text} from 'mdast'
import {defaultHandlers, type Handlers, type State} from 'mdast-util-to-hast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {EXIT, SKIP, visit} from 'unist-util-visit'
import {InternalError} from '../diagnostics/diagnostic.ts'
import {hastToReqifXhtml} from '../export/xhtml.ts'
import type {UrlScheme} from '../config/schema.ts'
import type {Chapter, Production, Reference} from '../model/types.ts'
import {admonitionHandlers} from './admonitions.ts'
import {codeHandlers} from './code-blocks.ts'
import {definitionListHandlers} from './definition-lists.ts'
import {directiveHandlers} from './directives.ts'
import {headingHandlers} from './headings.ts'
import rehypeHighlight from './highlight.ts'
import {linkHandlers} from './links.ts'
import {OffsetQueue, type Playground, type ProductionLocation, type RenderContext} from './render-context.ts'
import {ruleMargin} from './rule-margin.ts'
import {keepContainersOpen, tagBalance, type TagBalance} from './html-containers.ts'
import {katexHandlers, mayHoldMath, typesetMath} from './math.ts'
import type {KatexSettings} from '../parse/katex.ts'
import {firstDefinitions} from '../parse/definitions.ts'
import {fontAwesomeIcons} from './font-awesome.ts'
import {sanitizeSchema, unclobber} from './sanitize-schema.ts'
import type {RenderedBlock} from './types.ts'

export interface ChapterRenderInput {
  chapter: Chapter
  /**
   * The chapter's tree, as parsed for its model, or its JSON text (a tree sent to a worker crosses as
   * text: `ChapterTrees.sendable`). Not modified.
   */
  tree: Root | string
  /** Where the productions its grammar blocks name are defined (empty for chapters without grammar). */
  productions: Array<[string, ProductionLocation]>
  /** Every production, for a chapter with the grammar summary (else empty). */
  grammar: Production[]
  base: string
  /**
   * Where each link goes, by source offset; default: the chapter's resolved references (`Block.refs`).
   * Given only for a page outside the model (the authoring guide).
   */
  references?: Array<[number, Reference]>
  urls?: UrlScheme
  /** An mdBook's line-hiding prefix by language (`Project.codeHidelines`). */
  hidelines?: Record<string, string>
  /** How Rust examples run on the Rust Playground (`Project.edition`, `Project.runnableExamples`), or null for none. */
  playground?: Playground | null
  /** Whether TeX in the text is typeset (`Project.math`, `math.ts`). */
  math?: boolean
  /** Whether ```` ```mermaid ```` blocks are diagrams for the book's mermaid.js (`Project.mermaid`). */
  mermaid?: boolean
  /** mdbook-katex's settings, where its math was read (`Project.katex`): how its math nodes are typeset. */
  katex?: KatexSettings | null
}

export interface RenderedChapterBody {
  blocks: RenderedBlock[]
  footnotes: string
  /**
   * Each block's content as ReqIF XHTML (`hastToReqifXhtml`), converted from the tree its HTML was
   * written from, so that the export does not parse the HTML again; null for a block whose tree the
   * HTML parser would not read back as it is (the export converts its HTML then).
   */
  xhtml: Array<string | null>
}

const BLOCK_TAG = 'specmark-block'

/**
 * The per-block part of the pipeline; it only sees hast, so these serve every chapter. Each step that
 * looks for something runs only on blocks that have it: rehype-raw reparses a whole tree with an HTML
 * parser, so it runs only on blocks that contain raw HTML; highlighting walks the whole block for code
 * blocks, so it runs only on blocks with one (or with raw HTML, which may hold one).
 */
const PIPELINES = {
  raw: unified().use(rehypeRaw).use(rehypeSanitize, sanitizeSchema).use(unclobber).use(rehypeHighlight).freeze(),
  code: unified().use(rehypeSanitize, sanitizeSchema).use(unclobber).use(rehypeHighlight).freeze(),
  plain: unified().use(rehypeSanitize, sanitizeSchema).use(unclobber).freeze(),
}

/** What a block's content holds that a step after sanitation looks for (see `PIPELINES`, `fillTrustedSlots`). */
interface BlockHolds {
  raw: boolean
  code: boolean
  /** How many slots for trusted markup (`RenderContext.trusted`). */
  slots: number
  /** Text that may hold TeX, in a book with math. */
  math: boolean
}

/**
 * Raw nodes written as they are: after sanitation the only ones are highlighted code blocks, which
 * highlighting writes as markup (`highlight.ts`); sanitation removes every other.
 */
const stringifier = unified().use(rehypeStringify, {allowDangerousHtml: true}).freeze()

export function renderChapter(input: ChapterRenderInput): RenderedChapterBody {
  const {chapter} = input
  const tree = typeof input.tree === 'string' ? (JSON.parse(input.tree) as Root) : input.tree
  const definitions = firstDefinitions(tree)
  const headingAnchors = new OffsetQueue([...chapter.sections, ...chapter.innerHeadings].map((heading) => [heading.position.start.offset, heading.anchor]))
  const codeBlocks = new OffsetQueue(chapter.blocks.flatMap((block) => (block.code ? [[block.position.start.offset, block.code] as const] : [])))
  const references = new OffsetQueue(input.references ?? chapter.blocks.flatMap((block) => block.refs.map((reference) => [reference.position.start.offset, reference] as const)))
  const productions = new Map(input.productions)
  const context: RenderContext = {chapter, references, productions, grammar: input.grammar, definitions, headingAnchors, codeBlocks, base: input.base, urls: input.urls ?? 'directories', hidelines: input.hidelines ?? {}, playground: input.playground ?? null, math: input.math ?? false, mermaid: input.mermaid ?? false, katex: input.katex ?? null, trusted: []}
  const blockByChild = topLevelBlocks(tree, chapter)
  const holds = new WeakMap<Element, BlockHolds>()
  const headingDepth = new Map<number, number>()
  tree.children.forEach((node, position) => {
    if (node.type === 'heading' && blockByChild.has(position)) headingDepth.set(blockByChild.get(position)!, node.depth)
  })

  const toHast = unified()
    .use(remarkRehype, {allowDangerousHtml: true, handlers: handlers(context, blockByChild, holds)})
    .freeze()
  const hast = toHast.runSync(tree) as HastRoot

  // Raw HTML left open by one block and closed by a later one (`html-containers.ts`), by block index.
  const balances = new Map<number, TagBalance>()
  tree.children.forEach((node, position) => {
    const balance = node.type === 'html' && blockByChild.has(position) ? tagBalance(node.value) : null
    if (balance && (balance.opens.length > 0 || balance.closes.length > 0)) balances.set(blockByChild.get(position)!, balance)
  })

  const blocks: RenderedBlock[] = []
  const xhtml: Array<string | null> = []
  let footnotes = ''
  for (const child of hast.children) {
    if (child.type !== 'element') continue
    if (child.tagName === BLOCK_TAG) {
      const block = chapter.blocks[Number(child.properties.dataIndex)]!
      const content = finish(child.children, holds.get(child)!, context.trusted)
      blocks.push({
        index: block.index,
        ruleId: block.ruleId,
        kind: block.kind,
        heading: headingDepth.get(block.index) ?? null,
        html: stringify(content),
        // The margin shows the clause's hash: what the ID stands for, not this block alone.
        margin: ruleMargin({...block, hash: clauseAt(chapter, block.index)?.hash ?? block.hash}),
        guidance: [],
      })
      xhtml.push(hastToReqifXhtml(content))
    } else if (child.tagName === 'section') {
      // The footnotes are not a block of the root's: every step looks, and raw HTML is looked for.
      footnotes = stringify(finish([child], {raw: containsRaw(child), code: true, slots: Infinity, math: context.math}, context.trusted))
    }
  }
  if (balances.size > 0) keepContainersOpen(blocks, balances)
  return {blocks, footnotes, xhtml}
}

/** Sanitation and the trusted additions that follow it, for one block's content. */
function finish(children: HastRootContent[], holds: BlockHolds, trusted: ElementContent[][]): HastRootContent[] {
  const pipeline = holds.raw ? PIPELINES.raw : holds.code ? PIPELINES.code : PIPELINES.plain
  const root = pipeline.runSync({type: 'root', children}) as HastRoot
  if (holds.slots > 0) fillTrustedSlots(root, trusted, holds.slots)
  // mdBook's icons are written as raw HTML (`<i class="fa fa-eye"></i>`).
  if (holds.raw) fontAwesomeIcons(root)
  if (holds.math) typesetMath(root)
  return root.children
}

/**
 * Replaces each slot for trusted markup (`trustedSlot`: a grammar block's railroad diagrams, typeset
 * math) by its markup; the tree has `slots` of them.
 */
function fillTrustedSlots(root: HastRoot, trusted: ElementContent[][], slots: number): void {
  let left = slots
  visit(root, 'element', (node: Element, index, parent) => {
    const slot = node.properties.dataTrusted
    if (slot === undefined || parent === undefined || index === undefined || !(Array.isArray(node.properties.className) && node.properties.className.includes('trusted-slot'))) return
    const content = trusted[Number(slot)] ?? []
    parent.children.splice(index, 1, ...content)
    // Not into the markup just put there (large SVG trees), and no further once every slot is filled.
    return --left === 0 ? EXIT : [SKIP, index + content.length]
  })
}

function stringify(children: HastRootContent[]): string {
  return stringifier.stringify({type: 'root', children})
}

function handlers(context: RenderContext, blockByChild: Map<number, number>, holds: WeakMap<Element, BlockHolds>): Handlers {
  let raw = false
  let code = false
  const codeHandler = codeHandlers(context)
  return {
    ...linkHandlers(context, (offset) => context.references.take(offset)),
    ...admonitionHandlers(),
    ...headingHandlers(context),
    ...definitionListHandlers(context),
    // Note which block has a code block (highlighting looks for them).
    code(state: State, node: Code, parent: Parents | undefined) {
      code = true
      return codeHandler.code!(state, node, parent)
    },
    ...directiveHandlers(context),
    ...katexHandlers(context),
    // Labels are shown in the rule margin, not where they are written.
    ruleLabel: () => undefined,
    // Smart punctuation the parse recorded (`src/parse/smart-punctuation.ts`): the page's text only.
    text(state: State, node: Text) {
      const smart = node.data?.smart
      return defaultHandlers.text(state, smart === undefined ? node : {...node, value: smart})
    },
    // Raw HTML stays raw here (rehype-raw parses it later); note which block has some.
    html(state: State, node: Html) {
      raw = true
      return defaultHandlers.html(state, node)
    },
    root(state: State, node: Root) {
      // An array becomes the root's children (mdast-util-to-hast's `toHast`).
      const children: Element[] = []
      node.children.forEach((child, position) => {
        const blockIndex = blockByChild.get(position)
        if (blockIndex === undefined) return
        raw = false
        code = false
        const slots = context.trusted.length
        const result = state.one(child, node)
        const content = result === undefined ? [] : Array.isArray(result) ? result : [result]
        const wrapper: Element = {type: 'element', tagName: BLOCK_TAG, properties: {dataIndex: blockIndex}, children: content}
        holds.set(wrapper, {raw, code, slots: context.trusted.length - slots, math: context.math && mayHoldMath(content)})
        children.push(wrapper)
      })
      return children
    },
  }
}

/**
 * Which top-level node is which model block: the same walk as `build-chapter.ts` (front matter, labels,
 * link definitions and HTML comments are not blocks), checked against the blocks' positions.
 */
function topLevelBlocks(tree: Root, chapter: Chapter): Map<number, number> {
  const topLevel = chapter.blocks.filter((block) => block.parent === null)
  const result = new Map<number, number>()
  let next = 0
  tree.children.forEach((node: RootContent, position) => {
    if (node.type === 'yaml' || node.type === 'ruleLabel' || node.type === 'definition') return
    if (node.type === 'html' && node.value.trimStart().startsWith('<!--')) return
    const block = topLevel[next++]
    if (block === undefined || block.position.start.offset !== node.position?.start.offset) {
      throw new InternalError(`the rendered blocks of \`${chapter.file}\` are out of step with its model at block ${next - 1}`)
    }
    result.set(position, block.index)
  })
  if (next !== topLevel.length) throw new InternalError(`\`${chapter.file}\` has ${topLevel.length} blocks in its model but ${next} when rendered`)
  return result
}

function containsRaw(node: Element): boolean {
  let found = false
  visit(node, 'raw', () => {
    found = true
    return EXIT
  })
  return found
}
