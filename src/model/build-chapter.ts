/**
 * Model, per chapter: turns one parsed chapter (mdast) into model data — sections, blocks with their rule
 * labels, kinds, texts and hashes, grammar productions, term definitions — plus the raw references that
 * `build-spec.ts` resolves once every chapter is known. Pure and per file, so it runs in workers and its
 * result is cached by content hash.
 */
import type {DescriptionTerm} from '../parse/syntax/definition-list.ts'
import {findMath, mayHoldMathText} from '../parse/syntax/math.ts'
import {iconOf} from '../parse/syntax/font-awesome.ts'
import type {Code, Definition, Heading, Html, Nodes, Paragraph, PhrasingContent, Root, RootContent, Link, LinkReference, Text} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {visit} from 'unist-util-visit'
import {z} from 'zod'
import type {ListingEntry} from '../load/project.ts'
import {parseYaml} from '../load/yaml-data.ts'
import {contentAfterMarker, readAdmonitionMarker} from '../parse/admonition.ts'
import {parseCodeInfo} from '../parse/code-info.ts'
import {headingAnchor} from '../parse/heading-attributes.ts'
import {parseMarkdown} from '../parse/parse-markdown.ts'
import {parseGrammar, type ParsedProduction} from '../grammar/parse-grammar.ts'
import {findIncludes, type IncludeResult} from '../load/includes.ts'
import {firstDefinitions} from '../parse/definitions.ts'
import type {LimitProblem} from '../parse/limits.ts'
import type {RuleLabel} from '../parse/syntax/rule-label.ts'
import {blockKind} from './block-kind.ts'
import {collectClauses} from './clauses.ts'
import type {ChapterFacts, FrontMatterFacts, LabelFact} from './facts.ts'
import {spanOf} from '../core/positions.ts'
import {createAnchorAllocator, productionAnchor, termAnchor, termSlug} from '../core/anchors.ts'
import {normalizedText, sha256} from './text.ts'
import type {
  Block,
  BlockType,
  Chapter,
  ChapterStatus,
  GrammarBlock,
  Layout,
  Production,
  SourceSpan,
  Term,
} from './types.ts'
import {anchorFor} from '../core/anchors.ts'

/** A link as written, before the whole specification is known. */
export interface RawReference {
  block: number
  /** The destination: an inline link's URL, or the URL of the local definition a reference uses. */
  url: string | null
  /** The label of a reference with no local definition (`[expr.if]`, ``[`Option`]``). */
  label: string | null
  /** Whether the label is exactly one piece of inline code (a standard-library link candidate). */
  labelIsCode: boolean
  /** The link text. */
  text: string
  viaDefinition: boolean
  position: SourceSpan
  /** Set for an image's source: a file, never a rule, production or standard-library item. */
  image?: true
}

/** A link definition whose destination may be dialect-specific (checked even when unused). */
export interface RawDefinition {
  url: string
  position: SourceSpan
}

export interface ChapterDraft {
  chapter: Chapter
  facts: Omit<ChapterFacts, 'definitionRefs'>
  rawRefs: RawReference[]
  rawDefinitions: RawDefinition[]
  productions: Production[]
  terms: Term[]
}

export interface ChapterInput {
  entry: ListingEntry & {chapterId: string; file: string}
  layout: Layout
  source: string
  tree: Root
  /** Set when the source exceeded an input limit and `tree` is empty. */
  limitProblem?: LimitProblem | null
  /** What each `{{#include …}}` directive of the chapter reads (see `src/load/includes.ts`). */
  includes?: Record<string, IncludeResult>
  /** Whether the text's TeX is recorded for `invalid-math` (`Project.math`). */
  math?: boolean
}

const FrontMatterSchema = z
  .object({
    /** The outline topic this chapter is. */
    topic: z.string().min(1),
    /** The owning team(s); must equal the outline's. */
    owner: z.union([z.string().min(1).transform((team) => [team]), z.array(z.string().min(1)).min(1)]),
    status: z.enum(['draft', 'review', 'stable']),
    /** Marks the whole chapter informative. */
    informative: z.boolean().optional(),
  })
  .strict()

/** Builds the model of one chapter. */
export function buildChapter(input: ChapterInput): ChapterDraft {
  return new ChapterBuilder(input).build()
}

/** An `<i>` start tag with a `class` attribute: its classes (`readIcons`). */
const ICON_TAG = /<i\b[^>]*?\sclass\s*=\s*["']([^"']*)["'][^>]*>/gi

class ChapterBuilder {
  private readonly input: ChapterInput
  private readonly file: string
  private readonly blocks: Block[] = []
  private readonly labels: LabelFact[] = []
  private readonly rawRefs: RawReference[] = []
  private readonly productions: Production[] = []
  private readonly terms: Term[] = []
  private readonly grammarErrors: ChapterFacts['grammarErrors'] = []
  private readonly math: ChapterFacts['math'] = []
  private readonly icons: ChapterFacts['icons'] = []
  private readonly anchors = new Set<string>()
  private readonly allocateAnchor = createAnchorAllocator()
  private definitions: ReadonlyMap<string, Definition> = new Map()
  private readonly sections: Chapter['sections'] = []
  private readonly innerHeadings: Chapter['innerHeadings'] = []
  private currentSection: string | null = null
  private informativeChapter: boolean
  private frontMatter: FrontMatterFacts = {position: null, topic: null, owners: null, problems: []}
  private status: ChapterStatus | null = null
  private title: string | null = null

  constructor(input: ChapterInput) {
    this.input = input
    this.file = input.entry.file
    this.informativeChapter = input.entry.informative
  }

  build(): ChapterDraft {
    const {tree, entry} = this.input
    this.definitions = firstDefinitions(tree)
    const rawDefinitions = [...this.definitions.values()].map((node) => ({
      url: node.url,
      position: spanOf(node, this.file),
    }))
    this.readTopLevel(tree.children)
    const chapter: Chapter = {
      id: entry.chapterId,
      file: this.file,
      title: this.title ?? entry.title,
      ...this.pageTitle(),
      ...(this.input.layout === 'mdbook' && !entry.unlisted && this.title !== null && entry.title !== this.title ? {listedTitle: entry.title} : {}),
      partId: entry.partId,
      topic: entry.topic,
      owners: entry.owners,
      ownershipOpen: entry.ownershipOpen,
      status: this.status,
      informative: this.informativeChapter,
      depth: entry.depth,
      parentId: entry.parentId,
      sections: this.sections,
      innerHeadings: this.innerHeadings,
      blocks: this.blocks,
      clauses: collectClauses(this.blocks),
    }
    return {
      chapter,
      facts: {
        chapter: entry.chapterId,
        labels: this.labels,
        frontMatter: this.frontMatter,
        grammarErrors: this.grammarErrors,
        math: this.math,
        icons: this.icons,
        anchors: [...this.anchors],
        includeProblems: this.includeProblems(),
        limitProblem: this.input.limitProblem
          ? {message: this.input.limitProblem.message, place: {file: this.file, start: {line: this.input.limitProblem.line, column: 1, offset: 0}, end: {line: this.input.limitProblem.line, column: 1, offset: 0}}}
          : null,
      },
      rawRefs: this.rawRefs,
      rawDefinitions,
      productions: this.productions,
      terms: this.terms,
    }
  }

  /**
   * Reads the chapter's top-level nodes. A label attaches to the next block and opens its clause; the
   * clause holds the blocks after it until the next label or heading (see `Clause`).
   */
  private readTopLevel(children: RootContent[]): void {
    let pending: RuleLabel | null = null
    let clause: string | null = null
    const orphan = (label: RuleLabel, reason: LabelFact['orphanReason']): void => {
      this.labels.push({id: label.id, position: spanOf(label, this.file), block: null, orphanReason: reason})
    }
    for (const [index, node] of children.entries()) {
      if (node.type === 'yaml') {
        if (index === 0) this.readFrontMatter(node.value, spanOf(node, this.file))
        continue
      }
      if (node.type === 'ruleLabel') {
        if (pending) orphan(pending, 'another-label')
        pending = node
        clause = null
        continue
      }
      // HTML comments (such as `<!-- ignore: … -->` before an example) sit between a label and its block.
      if (node.type === 'html' && node.value.trimStart().startsWith('<!--')) continue
      // A link definition is no block: where it is written changes nothing, so it does not end a clause.
      if (node.type === 'definition') {
        if (pending) orphan(pending, 'not-a-block')
        pending = null
        continue
      }
      if (pending) clause = pending.id
      else if (node.type === 'heading') clause = null
      const blockIndex = this.addBlock(node, null, pending, null, clause)
      if (pending) {
        this.labels.push({id: pending.id, position: spanOf(pending, this.file), block: blockIndex})
      }
      pending = null
    }
    if (pending) orphan(pending, 'end-of-file')
  }

  private readFrontMatter(value: string, position: SourceSpan): void {
    // The YAML text starts on the line after the opening `---`.
    const origin = {line: position.start.line + 1, column: 1, offset: position.start.offset + 4}
    this.frontMatter.position = position
    const parsed = parseYaml(value, FrontMatterSchema, this.file, origin)
    if (!parsed.ok) {
      this.frontMatter.problems = parsed.problems
      return
    }
    this.frontMatter.topic = parsed.data.topic
    this.frontMatter.owners = parsed.data.owner
    this.status = parsed.data.status
    if (parsed.data.informative) this.informativeChapter = true
  }

  /** Adds a block (and, for an admonition, the blocks inside it); returns its index. */
  private addBlock(
    node: RootContent,
    parent: number | null,
    label: RuleLabel | null,
    admonitionKind: string | null,
    clause: string | null
  ): number {
    const marker = node.type === 'blockquote' ? readAdmonitionMarker(node) : null
    const type = marker ? 'admonition' : blockType(node)
    const ruleId = label?.id ?? null
    const position = spanOf(node, this.file)
    if (node.type === 'heading') this.enterSection(node, ruleId, position)
    const index = this.blocks.length
    const kindContext = {
      layout: this.input.layout,
      informativeChapter: this.informativeChapter,
      admonitionKind: marker ? marker.kind : admonitionKind,
    }
    const text = marker ? normalizedText(admonitionContent(node as Nodes)) : normalizedText(node as Nodes)
    const block: Block = {
      index,
      type,
      kind: blockKind(type, clause !== null, kindContext),
      ruleId,
      labelPosition: label ? spanOf(label, this.file) : null,
      position,
      section: this.currentSection,
      parent,
      clause,
      text,
      hash: sha256(text),
      refs: [],
    }
    if (label?.since !== undefined) block.since = label.since
    if (ruleId !== null) this.anchors.add(anchorFor(ruleId))
    this.blocks.push(block)

    if (marker) {
      block.admonition = {kind: marker.kind, markerPosition: spanOf(marker.marker, this.file)}
      const blockquote = node as Extract<RootContent, {type: 'blockquote'}>
      // mdbook-admonish's id for it (`src/parse/admonish.ts`), which links may name.
      if (blockquote.data?.anchor !== undefined) this.anchors.add(blockquote.data.anchor)
      const firstContent = contentAfterMarker(marker)
      if (firstContent.length > 0) {
        const paragraph = {...marker.paragraph, children: firstContent}
        const start = firstContent[0]!.position?.start
        if (start && paragraph.position) paragraph.position = {...paragraph.position, start}
        this.addBlock(paragraph, index, null, marker.kind, clause)
      }
      for (const child of blockquote.children.slice(1)) {
        if (child.type === 'definition') continue
        this.addBlock(child, index, null, marker.kind, clause)
      }
      return index
    }

    if (node.type === 'code') this.readCode(node, block)
    this.collectInline(node as Nodes, index)
    return index
  }

  private enterSection(node: Heading, ruleId: string | null, position: SourceSpan): void {
    const title = toString(node)
    const anchor = this.headingAnchor(node)
    if (node.depth === 1 && this.title === null) this.title = title
    this.sections.push({anchor, title, depth: node.depth, ruleId, position})
    this.currentSection = anchor
  }

  /** The TeX of a text node, each placed where it is written (after its delimiter's markdown escape). */
  private readMath(node: Text): void {
    for (const math of findMath(node.value)) this.math.push({tex: math.tex, display: math.display, place: this.placeIn(node, math.tex.trim())})
  }

  /**
   * The icons an HTML node names (`<i class="fa fa-eye"></i>`, `src/parse/syntax/font-awesome.ts`), each
   * where it is written, for `unknown-icon`: an `<i>` with nothing in it (closed in the same node, or by
   * the inline HTML right after it), the one mdBook draws.
   */
  private readIcons(node: Html, next: Nodes | undefined): void {
    for (const match of node.value.matchAll(ICON_TAG)) {
      const rest = node.value.slice(match.index + match[0].length)
      const empty = /^\s*<\/i\s*>/i.test(rest) || (rest.trim() === '' && next?.type === 'html' && /^<\/i\s*>/i.test(next.value))
      const icon = empty ? iconOf(match[1]!.split(/\s+/).filter(Boolean)) : null
      if (icon) this.icons.push({style: icon.style, name: icon.name, place: this.placeIn(node, match[0], match.index)})
    }
  }

  /**
   * Where `text`, found in `node`'s value (at `from` or after), is written: in the source at `from` or
   * after, as a node's value only leaves out what its containers write (`> `); the node's start when its
   * source does not hold it as written.
   */
  private placeIn(node: Text | Html, text: string, from = 0): SourceSpan {
    const start = node.position?.start
    const source = start?.offset === undefined ? '' : this.input.source.slice(start.offset, node.position!.end.offset)
    const at = source.indexOf(text, from)
    if (start === undefined || at < 0) return spanOf(node, this.file)
    const lines = source.slice(0, at).split('\n')
    const point = {line: start.line + lines.length - 1, column: lines.length === 1 ? start.column + at : lines.at(-1)!.length + 1, offset: start.offset! + at}
    return {file: this.file, start: point, end: point}
  }

  /** A heading below the top level, or a definition list's term, which mdBook anchors as it anchors headings. */
  private anchorInnerHeading(node: Heading | DescriptionTerm): void {
    this.innerHeadings.push({anchor: this.headingAnchor(node), position: spanOf(node, this.file)})
  }

  /** A heading's anchor, taken in document order whatever the heading's depth in the tree. */
  private headingAnchor(node: Heading | DescriptionTerm): string {
    const anchor = headingAnchor(node, this.allocateAnchor)
    this.anchors.add(anchor)
    return anchor
  }

  private readCode(node: Code, block: Block): void {
    const info = parseCodeInfo(node)
    block.code = {lang: info.lang, attributes: info.attributes, value: node.value}
    if (info.lang === 'grammar') block.code.grammar = this.readGrammar(node, info.attributes[0] ?? 'uncategorized', block.index)
  }

  /**
   * Include directives that were refused, or written in the middle of prose (not expanded there: only
   * whole-paragraph directives and those in code blocks are). Escaped ones (`\{{#…}}`) are no directives.
   */
  private includeProblems(): ChapterFacts['includeProblems'] {
    const problems: ChapterFacts['includeProblems'] = []
    // A chapter beyond the input limits was not parsed; `input-too-complex` is its only problem.
    if (this.input.limitProblem) return problems
    const source = this.input.source
    const expanded = new Set(this.input.tree.data?.expandedIncludes ?? [])
    // Found on the first directive: most chapters have none, and the walk visits every node.
    let codeSpans: Array<[number, number]> | null = null
    for (const directive of findIncludes(source)) {
      const result = this.input.includes?.[directive.text]
      if (result === undefined) continue
      const offset = directive.offset
      codeSpans ??= spansOfCode(this.input.tree)
      const inCode = codeSpans.some(([start, end]) => offset >= start && offset < end)
      const place = this.placeAt(offset)
      if (!result.ok) problems.push({message: `cannot include: ${result.reason}`, place, refused: true, ...(result.hint ? {hint: result.hint} : {})})
      else if (!inCode && !expanded.has(offset)) problems.push({message: 'this include directive is not expanded here (mdBook expands it as text wherever it is written; specmark expands it in prose, code, HTML, and link and image destinations, titles and alternative text, not elsewhere in the markdown syntax)', place, refused: false})
    }
    return problems.sort((a, b) => a.place.start.offset - b.place.start.offset)
  }

  /** mdBook's `{{#title …}}`: the last one of the chapter (or of what it includes) sets the page title. */
  private pageTitle(): {pageTitle?: string} {
    if (this.input.limitProblem) return {}
    let title: string | undefined
    for (const directive of findIncludes(this.input.source)) {
      const result = this.input.includes?.[directive.text]
      if (result?.ok && result.title !== undefined) title = result.title
    }
    return title === undefined ? {} : {pageTitle: title}
  }

  private placeAt(offset: number): SourceSpan {
    const before = this.input.source.slice(0, offset)
    const line = before.split('\n').length
    const point = {line, column: offset - before.lastIndexOf('\n'), offset}
    return {file: this.file, start: point, end: point}
  }

  /** Parses a grammar block (once: render draws it from what this returns) and records its productions. */
  private readGrammar(node: Code, category: string, block: number): GrammarBlock {
    const text = node.value.replace(/\r\n?/g, '\n')
    const result = parseGrammar(text)
    const locate = contentLocator(this.input.source, node, this.file)
    for (const parsed of result.productions) {
      for (const note of parsed.notation) if (note.kind === 'suffix') note.content = this.readSuffix(text, note.offset + 1, note.length - 2, locate, block)
      const anchor = productionAnchor(parsed.name)
      this.anchors.add(anchor)
      this.productions.push({
        name: parsed.name,
        category,
        isRoot: parsed.isRoot,
        chapter: this.input.entry.chapterId,
        block,
        anchor,
        position: locate(parsed.nameOffset),
        uses: parsed.uses.map((use) => ({name: use.name, position: locate(use.offset)})),
        source: text.slice(parsed.expressionOffset, parsed.end).trim(),
        text: text.slice(parsed.nameOffset, parsed.end).trimEnd(),
        syntax: rebase(parsed, parsed.nameOffset),
        links: [],
      })
    }
    if (!result.ok) {
      this.grammarErrors.push({message: result.error.message, place: locate(result.error.offset)})
    }
    return {category, productions: result.productions, error: result.ok ? null : result.error}
  }

  /**
   * A grammar suffix (`_except [delimiters][lex.token.delim]_`) is markdown in mdbook-spec's output, so
   * its links are links of the chapter (rule links, grammar links, the chapter's own definitions): parsed
   * here once, its positions moved into the file, and its links collected as the block's references.
   */
  private readSuffix(text: string, start: number, length: number, locate: (offset: number) => SourceSpan, block: number): PhrasingContent[] {
    const value = text.slice(start, start + length)
    const first = parseMarkdown(value).children[0]
    // A suffix that is no paragraph of markdown (`# x`, `- y`) is shown as written.
    const content: PhrasingContent[] = first?.type === 'paragraph' && first.children.length > 0 ? first.children : [{type: 'text', value}]
    const root: Paragraph = {type: 'paragraph', children: content}
    visit(root, (child) => {
      if (child.position) {
        child.position = {start: locate(start + (child.position.start.offset ?? 0)).start, end: locate(start + (child.position.end.offset ?? 0)).start}
      } else if (child !== root) child.position = {start: locate(start).start, end: locate(start + length).start}
    })
    this.collectInline(root, block)
    return content
  }

  /** Collects links, references, term definitions, HTML anchors and inner headings' anchors inside a block. */
  private collectInline(node: Nodes, block: number): void {
    visit(node, (child, index, parent) => {
      if ((child.type === 'heading' || child.type === 'descriptionTerm') && child !== node) this.anchorInnerHeading(child)
      else if (child.type === 'text' && this.input.math === true && mayHoldMathText(child.value)) this.readMath(child)
      // mdbook-katex's math, read as such when parsed (`src/parse/katex.ts`).
      else if (child.type === 'inlineMath' || child.type === 'displayMath') this.math.push({tex: child.value, display: child.type === 'displayMath', place: spanOf(child, this.file)})
      else if (child.type === 'link') this.readLink(child, block)
      else if (child.type === 'linkReference') this.readLinkReference(child, block)
      else if (child.type === 'image') this.readImage(child.url, child.alt ?? '', spanOf(child, this.file), block)
      else if (child.type === 'html') {
        for (const match of child.value.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/g)) {
          this.anchors.add(match[1]!)
        }
        // Images written as HTML (`<img src="../assets/x.png">`) are checked as images in markdown are.
        for (const match of child.value.matchAll(/<img\b[^>]*?\ssrc\s*=\s*["']([^"']+)["']/gi)) {
          this.readImage(match[1]!, '', spanOf(child, this.file), block)
        }
        if (child.value.includes('<i')) this.readIcons(child, index === undefined ? undefined : (parent?.children[index + 1] as Nodes | undefined))
      }
    })
  }

  private readLink(node: Link, block: number): void {
    const text = toString(node)
    const position = spanOf(node, this.file)
    if (node.url.startsWith('dfn:')) {
      const slug = node.url.slice('dfn:'.length) || termSlug(text)
      const anchor = termAnchor(slug)
      this.anchors.add(anchor)
      this.terms.push({slug, text, chapter: this.input.entry.chapterId, block, anchor, position})
      return
    }
    this.rawRefs.push({block, url: node.url, label: null, labelIsCode: false, text, viaDefinition: false, position})
  }

  /** An image's source is a reference too, so that `check` can tell a missing image (mdBook assets). */
  private readImage(url: string, alt: string, position: SourceSpan, block: number): void {
    this.rawRefs.push({block, url, label: null, labelIsCode: false, text: alt, viaDefinition: false, position, image: true})
  }

  private readLinkReference(node: LinkReference, block: number): void {
    this.rawRefs.push(rawLinkReference(node, this.definitions, block, spanOf(node, this.file)))
  }
}

/**
 * What a `[label]`, `[text][label]` or `[text][]` means before resolution: the destination of the
 * chapter's definition of that label, or else the label itself. The renderer uses this too, so that a
 * link renders where `check` says it goes.
 */
export function rawLinkReference(node: LinkReference, definitions: ReadonlyMap<string, Definition>, block: number, position: SourceSpan): RawReference {
  const text = toString(node)
  const definition = definitions.get(node.identifier)
  if (definition) return {block, url: definition.url, label: null, labelIsCode: false, text, viaDefinition: true, position}
  const label = node.referenceType === 'full' ? (node.label ?? node.identifier) : (node.label ?? text)
  const only = node.children.length === 1 ? node.children[0] : undefined
  const labelIsCode = node.referenceType !== 'full' && only?.type === 'inlineCode'
  return {block, url: null, label, labelIsCode, text, viaDefinition: false, position}
}

function blockType(node: RootContent): BlockType {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'table':
    case 'blockquote':
    case 'html':
    case 'thematicBreak':
    case 'footnoteDefinition':
      return node.type
    case 'descriptionList':
      return 'definitionList'
    case 'code': {
      const lang = parseCodeInfo(node).lang
      return lang === 'grammar' ? 'grammar' : lang === 'data' ? 'data' : 'code'
    }
    default:
      return 'other'
  }
}

/** The nodes of an admonition without its `[!KIND]` marker, for its text. */
function admonitionContent(node: Nodes): Nodes[] {
  if (node.type !== 'blockquote') return [node]
  const marker = readAdmonitionMarker(node)
  if (!marker) return [node]
  return [{...marker.paragraph, children: contentAfterMarker(marker)}, ...node.children.slice(1)]
}

/**
 * Maps an offset inside a fenced code block's content to a file position. The content lines are the
 * lines after the fence; each may carry a container prefix (`> `) in the file, which is skipped.
 */
function contentLocator(source: string, node: Code, file: string): (offset: number) => SourceSpan {
  const fenceLine = node.position?.start.line ?? 1
  const lines = node.value.split('\n')
  const lineStarts: number[] = []
  let offset = 0
  for (const line of lines) {
    lineStarts.push(offset)
    offset += line.length + 1
  }
  let fileLineStarts: number[] | null = null
  return (contentOffset) => {
    let lineIndex = 0
    while (lineIndex + 1 < lineStarts.length && lineStarts[lineIndex + 1]! <= contentOffset) lineIndex++
    const column = contentOffset - lineStarts[lineIndex]!
    const fileLine = fenceLine + 1 + lineIndex
    fileLineStarts ??= lineOffsets(source)
    const fileLineStart = fileLineStarts[fileLine - 1] ?? 0
    const fileLineText = source.slice(fileLineStart, fileLineStarts[fileLine] ?? source.length).replace(/\r?\n$/, '')
    const contentLine = lines[lineIndex] ?? ''
    const prefix = Math.max(0, fileLineText.length - contentLine.length)
    const point = {line: fileLine, column: prefix + column + 1, offset: fileLineStart + prefix + column}
    return {file, start: point, end: point}
  }
}

function lineOffsets(source: string): number[] {
  const starts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** A parsed production with its offsets counted from `start` (into the production's own text). */
function rebase(parsed: ParsedProduction, start: number): ParsedProduction {
  return {
    ...parsed,
    nameOffset: parsed.nameOffset - start,
    expressionOffset: parsed.expressionOffset - start,
    end: parsed.end - start,
    uses: parsed.uses.map((use) => ({name: use.name, offset: use.offset - start})),
    notation: parsed.notation.filter((note) => note.offset >= start).map((note) => ({...note, offset: note.offset - start})),
  }
}

/** Where each code block of `tree` starts and ends, at any depth: to tell include directives in code from the others. */
function spansOfCode(tree: Root): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  visit(tree, 'code', (node) => {
    spans.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0])
  })
  return spans
}
