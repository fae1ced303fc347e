/**
 * What a ReqIF export holds, before it is written as XML (`export-reqif.ts`): the specification as a
 * tree — parts → chapters → sections → clauses — plus the withdrawn IDs and the relations between
 * clauses. `reqifTreeFromModel` makes it from a model and its rendered chapters (each clause's content is
 * the renderer's sanitized HTML, as XHTML): the sources as they are, or a past release's, rebuilt from
 * the commit its snapshot records (`src/pipeline/released-model.ts`), so both are exported alike.
 *
 * Identifiers must survive renames, so that a tool re-importing updates an object rather than deleting
 * and recreating it: each clause's `key` is the *first* ID of its rename chain (the registry records
 * `old → new`), and the later IDs are listed as `formerIds` of the object.
 */
import {exportedParagraphs, withdrawnIds, type ExportedParagraph, type WithdrawnId} from './paragraphs.ts'
import type {Chapter, Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import {cacheKey, type Cache} from '../cache/cache.ts'
import {htmlToReqifXhtml, textToReqifXhtml, wrapReqifXhtml} from './xhtml.ts'

export type ReqifKind = 'part' | 'chapter' | 'section' | 'normative' | 'informative'
export type ReqifStatus = 'active' | 'renamed' | 'retired'

export interface ReqifNode {
  /** Stable key the XML identifier is made from. */
  key: string
  kind: ReqifKind
  status: ReqifStatus
  /** The rule ID (clauses, labelled sections), else a readable key (`part:front`, `chapter:…`). */
  foreignId: string
  title: string
  /** The content as `<xhtml:div>…</xhtml:div>`. */
  xhtml: string
  sha256: string
  firstRelease: string
  lastChangedRelease: string
  /** For a renamed-from chain: the earlier IDs of this clause, oldest first. */
  formerIds: string[]
  /** For a retired ID: when and why. */
  retired: {release: string; reason: string} | null
  /** ISO 8601: when the clause last changed (its release's date), else the export's date. */
  lastChange: string
  children: ReqifNode[]
}

export interface ReqifTree {
  title: string
  version: string
  commit: string | null
  date: string
  parts: ReqifNode[]
  withdrawn: ReqifNode[]
  /** Clause references: source key → target key. */
  relations: Array<{source: string; target: string}>
}

/** Release versions and the dates of the sources they released (from the snapshots). */
export type ReleaseDates = ReadonlyMap<string, string>

/** The first ID of each ID's rename chain, and each chain's earlier IDs. */
export function renameOrigins(registry: Registry | null): {origin: (id: string) => string; former: (id: string) => string[]} {
  const from = new Map<string, string>()
  for (const entry of registry?.entries.values() ?? []) if (entry.status.kind === 'renamed') from.set(entry.status.to, entry.id)
  const chain = (id: string): string[] => {
    const earlier: string[] = []
    const seen = new Set([id])
    let current = from.get(id)
    while (current !== undefined && !seen.has(current)) {
      earlier.unshift(current)
      seen.add(current)
      current = from.get(current)
    }
    return earlier
  }
  return {origin: (id) => chain(id)[0] ?? id, former: chain}
}

/** What every node of a tree is made with: renames, release dates and the export's date. */
export interface BuildContext {
  origins: ReturnType<typeof renameOrigins>
  dates: ReleaseDates
  date: string
}

function clauseNode(paragraph: ExportedParagraph, xhtml: string, context: BuildContext): ReqifNode {
  const released = paragraph.lastChangedRelease !== null && !paragraph.changedSinceRelease
  return {
    key: `clause:${context.origins.origin(paragraph.id)}`,
    kind: paragraph.type === 'heading' ? 'section' : paragraph.kind,
    status: 'active',
    foreignId: paragraph.id,
    title: paragraph.type === 'heading' ? paragraph.text : paragraph.id,
    xhtml,
    sha256: paragraph.sha256,
    firstRelease: paragraph.firstRelease ?? '',
    lastChangedRelease: released ? paragraph.lastChangedRelease! : '',
    formerIds: context.origins.former(paragraph.id),
    retired: null,
    lastChange: (released ? context.dates.get(paragraph.lastChangedRelease!) : undefined) ?? context.date,
    children: [],
  }
}

export function structureNode(key: string, kind: ReqifKind, title: string, context: BuildContext): ReqifNode {
  return {key, kind, status: 'active', foreignId: key, title, xhtml: textToReqifXhtml(title), sha256: '', firstRelease: '', lastChangedRelease: '', formerIds: [], retired: null, lastChange: context.date, children: []}
}

function withdrawnNode(entry: WithdrawnId, last: ExportedParagraph | undefined, context: BuildContext): ReqifNode {
  return {
    key: `clause:${context.origins.origin(entry.id)}`,
    kind: last?.kind ?? 'normative',
    status: entry.status,
    foreignId: entry.id,
    title: entry.id,
    xhtml: textToReqifXhtml(last?.text ?? ''),
    sha256: entry.sha256,
    firstRelease: entry.firstRelease,
    lastChangedRelease: last?.lastChangedRelease ?? '',
    formerIds: context.origins.former(entry.id),
    retired: entry.status === 'retired' ? {release: entry.release ?? '', reason: entry.reason ?? ''} : null,
    lastChange: (entry.release ? context.dates.get(entry.release) : undefined) ?? context.date,
    children: [],
  }
}

/** The latest change below a node, so that a chapter changes when one of its clauses does. */
export function rollUp(node: ReqifNode): string {
  for (const child of node.children) {
    const latest = rollUp(child)
    if (node.kind === 'part' || node.kind === 'chapter' || node.sha256 === '') node.lastChange = node.children.length > 0 && latest > node.lastChange ? latest : node.lastChange
  }
  return node.lastChange
}

export function relationsOf(paragraphs: ExportedParagraph[], context: BuildContext): ReqifTree['relations'] {
  const known = new Set(paragraphs.map((paragraph) => paragraph.id))
  const seen = new Set<string>()
  const relations: ReqifTree['relations'] = []
  for (const paragraph of paragraphs) {
    for (const reference of paragraph.references) {
      if (reference.kind !== 'rule' || !known.has(reference.target) || reference.target === paragraph.id) continue
      const relation = {source: `clause:${context.origins.origin(paragraph.id)}`, target: `clause:${context.origins.origin(reference.target)}`}
      if (seen.has(`${relation.source}>${relation.target}`)) continue
      seen.add(`${relation.source}>${relation.target}`)
      relations.push(relation)
    }
  }
  return relations
}

/**
 * The HTML of a chapter's top-level blocks, as the caller rendered it (render's `RenderedChapter` is
 * one): the export only converts it, so it needs nothing of the renderer. A block's `xhtml`, when given,
 * is its content already converted (`hastToReqifXhtml`, from the renderer's tree): then its HTML is not
 * parsed again.
 */
export interface ChapterHtml {
  id: string
  /**
   * A key covering the chapter's model and its rendered blocks (the render cache's key), when the
   * renderer has one: the site's exports keep the chapter's parts by it (`site-exports.ts`).
   */
  key?: string | null
  /**
   * With `key`: the blocks whose HTML was replaced after the render (data views), by position, with that
   * HTML, which the key does not cover.
   */
  decorated?: ReadonlyArray<[number, string]>
  blocks: ReadonlyArray<{index: number; heading: number | null; html: string; xhtml?: string | null}>
}

/**
 * The current sources: parts → chapters → sections (by heading depth) → clauses, each clause's content
 * the rendered HTML of its blocks (`chapters` from `renderSpec`), withdrawn IDs with their last text.
 *
 * Converting the HTML to XHTML is most of the export's time; with `xhtmlCache`, each chapter's
 * conversions are kept by the HTML they were made from, so that a build after an edit converts only the
 * chapters whose HTML changed.
 */
export function reqifTreeFromModel(
  spec: Spec,
  registry: Registry | null,
  chapters: readonly ChapterHtml[],
  options: {dates: ReleaseDates; date: string; commit: string | null; lastReleased: ReadonlyMap<string, ExportedParagraph>; xhtmlCache?: Cache<string[]>}
): ReqifTree {
  const context: BuildContext = {origins: renameOrigins(registry), dates: options.dates, date: options.date}
  const paragraphs = exportedParagraphs(spec, registry)
  const byId = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]))
  const rendered = new Map(chapters.map((chapter) => [chapter.id, chapter]))
  const chaptersById = new Map(spec.chapters.map((chapter) => [chapter.id, chapter]))
  const parts: ReqifNode[] = []
  for (const part of spec.parts) {
    const partNode = structureNode(`part:${part.id}`, 'part', part.title, context)
    for (const chapterId of part.chapters) {
      const chapter = chaptersById.get(chapterId)
      if (chapter) partNode.children.push(reqifChapterNode(chapter, rendered.get(chapter.id), byId, context, options.xhtmlCache))
    }
    if (partNode.children.length > 0) parts.push(partNode)
  }
  for (const part of parts) rollUp(part)
  const withdrawn = withdrawnNodes(registry, options.lastReleased, context, new Set(parts.flatMap((part) => [...walk(part)].map((node) => node.key))))
  return {title: spec.title, version: spec.version, commit: options.commit, date: options.date, parts, withdrawn, relations: relationsOf(paragraphs, context)}
}

/**
 * One chapter's node: sections (by heading depth) → clauses, each clause's content the rendered HTML of
 * its blocks as XHTML. `byId`: every clause's record, by ID.
 */
export function reqifChapterNode(chapter: Chapter, rendered: ChapterHtml | undefined, byId: ReadonlyMap<string, ExportedParagraph>, context: BuildContext, xhtmlCache?: Cache<string[]>): ReqifNode {
  const chapterNode = structureNode(`chapter:${chapter.id}`, 'chapter', chapter.title, context)
  const blocks = new Map((rendered?.blocks ?? []).map((block) => [block.index, block]))
  const sections = new Map(chapter.sections.map((section) => [section.anchor, section]))
  // The section stack: the chapter at depth 1, then each open heading.
  const stack: Array<{depth: number; node: ReqifNode}> = [{depth: 1, node: chapterNode}]
  // Each clause's HTML: its labelled block and the unlabelled blocks after it (up to the next label
  // or heading), converted to XHTML once complete; or, when the renderer converted each of its
  // blocks already, their XHTML joined.
  const html = new Map<ReqifNode, {html: string; xhtml: string[] | null}>()
  let clause: ReqifNode | null = null
  for (const block of chapter.blocks) {
    if (block.parent !== null) continue
    const renderedBlock = blocks.get(block.index)
    // Without rendered chapters (the API's plain `exportReqif`), the block's text stands in.
    const blockHtml = renderedBlock?.html ?? `<p>${block.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`
    const blockXhtml = renderedBlock?.xhtml ?? null
    const paragraph = block.ruleId === null ? undefined : byId.get(block.ruleId)
    if (block.type === 'heading') {
      const depth = renderedBlock?.heading ?? 2
      clause = null
      if (depth <= 1) continue
      while (stack.length > 1 && stack.at(-1)!.depth >= depth) stack.pop()
      const title = (block.section !== null ? sections.get(block.section)?.title : undefined) ?? block.text
      const node = paragraph ? {...clauseNode(paragraph, '', context), kind: 'section' as const, title} : structureNode(`section:${chapter.id}#${block.section ?? block.index}`, 'section', title, context)
      stack.at(-1)!.node.children.push(node)
      stack.push({depth, node})
      if (paragraph) {
        clause = node
        html.set(node, {html: blockHtml, xhtml: blockXhtml === null ? null : [blockXhtml]})
      }
    } else if (paragraph) {
      clause = clauseNode(paragraph, '', context)
      stack.at(-1)!.node.children.push(clause)
      html.set(clause, {html: blockHtml, xhtml: blockXhtml === null ? null : [blockXhtml]})
    } else if (clause !== null) {
      const content = html.get(clause)!
      content.html += blockHtml
      if (blockXhtml === null) content.xhtml = null
      else content.xhtml?.push(blockXhtml)
    }
  }
  const unconverted = [...html].filter(([, content]) => content.xhtml === null)
  for (const [node, content] of html) if (content.xhtml !== null) node.xhtml = wrapReqifXhtml(content.xhtml.join(''))
  const contents = unconverted.map(([, content]) => content.html)
  const key = xhtmlCache && contents.length > 0 ? cacheKey('reqif xhtml', ...contents) : null
  const cached = key !== null ? xhtmlCache!.get(key) : null
  const xhtml = cached?.length === contents.length ? cached : contents.map(htmlToReqifXhtml)
  if (key !== null && xhtml !== cached) xhtmlCache!.set(key, xhtml)
  unconverted.forEach(([node], at) => {
    node.xhtml = xhtml[at]!
  })
  return chapterNode
}

/** The withdrawn IDs' nodes, with their last released text, but those whose key a node in `keys` has. */
export function withdrawnNodes(registry: Registry | null, lastReleased: ReadonlyMap<string, ExportedParagraph>, context: BuildContext, keys: ReadonlySet<string>): ReqifNode[] {
  const seen = new Set<string>()
  // A renamed ID's object is its current clause (same key): withdrawn objects are those with keys of their own.
  return withdrawnIds(registry)
    .map((entry) => withdrawnNode(entry, lastReleased.get(entry.id), context))
    .filter((node) => {
      if (keys.has(node.key) || seen.has(node.key)) return false
      seen.add(node.key)
      return true
    })
}

function* walk(node: ReqifNode): Generator<ReqifNode> {
  yield node
  for (const child of node.children) yield* walk(child)
}
