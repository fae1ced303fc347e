/**
 * The exports a site build publishes (JSON, CSV, ReqIF), assembled from per-chapter parts: each chapter's
 * JSON records, CSV rows and ReqIF objects and hierarchy, as they stand in the documents, are kept in the
 * one cache by a key covering everything they are made from, so that a build after a one-chapter edit
 * makes the parts of that chapter only and joins strings for the rest. The documents are those
 * `exportJson`, `exportCsv` and `exportReqif` write, byte for byte: those join the same parts, made fresh.
 *
 * A chapter's key is its render key (`ChapterHtml.key`: the chapter's model — what it was parsed from,
 * where its links resolve, its clause hashes — and its HTML), what its records take from the registry
 * (release history, renames), the HTML of blocks the site decorated after the render cache (data views),
 * and the export's stamp and release dates. A chapter without a render key has its parts made fresh.
 */
import type {Cache} from '../cache/cache.ts'
import {cacheKey} from '../cache/cache.ts'
import type {SourceStamp} from '../load/source-stamp.ts'
import type {Chapter, Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import {csvRowsPart, joinCsv} from './export-csv.ts'
import {documentHead, joinJson, jsonRecordsPart} from './export-json.ts'
import {joinReqif, reqifChapterPart, type ReleasedText, type ReqifChapterPart} from './export-reqif.ts'
import {bytePieces, type Piece} from './pieces.ts'
import {chapterRecords, exportedParagraphs, withdrawnIds, type ExportedParagraph} from './paragraphs.ts'
import {reqifChapterNode, relationsOf, renameOrigins, structureNode, withdrawnNodes, type BuildContext, type ChapterHtml} from './reqif-tree.ts'

/** One chapter's parts of the three documents. */
export interface ChapterParts {
  json: Piece
  csv: Piece
  reqif: ReqifChapterPart
}

export interface SiteExportOptions {
  stamp: SourceStamp
  /** The rendered chapters (`renderSpec`'s `exportChapters`), each with its render key when cached. */
  chapters: readonly ChapterHtml[]
  /** The release snapshots, oldest first (`exportReqif`'s `releases`). */
  releases: ReadonlyArray<ReleasedText>
  /** Where the chapters' parts are kept (as bytes, `encodeParts`), and the ReqIF XHTML conversions; none: every part made fresh. */
  cache?: {parts: Cache<Buffer>; xhtml: Cache<string[]>}
}

/** The documents, as bytes in pieces (kept parts are never decoded nor copied). */
export interface SiteExports {
  json: Uint8Array[]
  csv: Uint8Array[]
  reqif: Uint8Array[]
  /** Chapters whose parts were taken from the cache. */
  kept: number
}

export function siteExports(spec: Spec, registry: Registry | null, options: SiteExportOptions): SiteExports {
  const {stamp, releases} = options
  const dates = new Map(releases.flatMap(({version, document}) => (document.date ? [[version, document.date] as const] : [])))
  const context: BuildContext = {origins: renameOrigins(registry), dates, date: stamp.date}
  const paragraphs = exportedParagraphs(spec, registry)
  const byId = new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph]))
  const rendered = new Map(options.chapters.map((chapter) => [chapter.id, chapter]))
  const csvStamp = {version: spec.version, ...stamp}
  // What every chapter's parts are made with beyond its own model and registry entries.
  const shared = JSON.stringify({version: spec.version, commit: stamp.commit, date: stamp.date, dates: [...dates]})
  let kept = 0
  const parts = new Map<string, ChapterParts>()
  for (const chapter of spec.chapters) {
    const records = chapterRecords(chapter, registry)
    const html = rendered.get(chapter.id)
    const make = (): ChapterParts => ({
      json: jsonRecordsPart(records),
      csv: csvRowsPart(records, csvStamp),
      reqif: reqifChapterPart(reqifChapterNode(chapter, html, byId, context, options.cache?.xhtml)),
    })
    const key = options.cache ? partsKey(chapter, records, html, byId, context, shared) : null
    const stored = key !== null ? options.cache!.parts.get(key) : null
    const cached = stored ? decodeParts(stored) : null
    if (cached) kept++
    let made = cached ?? make()
    if (key !== null && !cached) {
      const bytes = encodeParts(made)
      options.cache!.parts.set(key, bytes)
      // The bytes kept are the bytes the files are written from: the text is encoded once, not again.
      made = decodeParts(bytes) ?? made
    }
    parts.set(chapter.id, made)
  }

  const lastReleased = new Map<string, ExportedParagraph>()
  // A schema 1 snapshot's records lack the clause fields (`SnapshotParagraph`), which ReqIF does not read.
  for (const {document} of releases) for (const paragraph of document.paragraphs) lastReleased.set(paragraph.id, paragraph as ExportedParagraph)
  const reqifParts = spec.parts
    .map((part) => ({node: structureNode(`part:${part.id}`, 'part', part.title, context), chapters: part.chapters.flatMap((id) => (parts.has(id) ? [parts.get(id)!.reqif] : []))}))
    .filter((part) => part.chapters.length > 0)
  const keys = new Set(reqifParts.flatMap((part) => [part.node.key, ...part.chapters.flatMap((chapter) => chapter.nodes.map(([key]) => key))]))
  const withdrawn = withdrawnIds(registry)
  const chapterParts = spec.chapters.map((chapter) => parts.get(chapter.id)!)
  return {
    json: bytePieces(joinJson(documentHead(spec, stamp), chapterParts.map((part) => part.json), withdrawn)),
    csv: bytePieces(joinCsv(chapterParts.map((part) => part.csv), true)),
    reqif: bytePieces(
      joinReqif(
        {title: spec.title, version: spec.version, commit: stamp.commit, date: stamp.date},
        reqifParts,
        withdrawnNodes(registry, lastReleased, context, keys),
        relationsOf(paragraphs, context)
      )
    ),
    kept,
  }
}

/**
 * The key of a chapter's parts, or null when they cannot be kept: no render key, or a label whose
 * record is another chapter's (a duplicated ID, which check reports).
 */
function partsKey(chapter: Chapter, records: readonly ExportedParagraph[], html: ChapterHtml | undefined, byId: ReadonlyMap<string, ExportedParagraph>, context: BuildContext, shared: string): string | null {
  if (!html?.key) return null
  const own = new Set(records)
  for (const block of chapter.blocks) {
    if (block.ruleId === null) continue
    const record = byId.get(block.ruleId)
    if (record !== undefined && !own.has(record)) return null
  }
  const history = records.map((record) => [record.id, record.firstRelease, record.lastChangedRelease, record.changedSinceRelease, context.origins.origin(record.id), context.origins.former(record.id)])
  // Blocks decorated after the render cache (data views) carry HTML the render key does not cover; the
  // others' HTML it covers (so their parts are made without reading it).
  if (html.decorated === undefined) return null
  return cacheKey('export parts', html.key, shared, JSON.stringify({history, decorated: html.decorated}))
}

/** What a chapter's parts are stored with besides their text. */
interface PartsMeta {
  lastChange: string
  nodes: Array<[string, string]>
  /** Byte lengths of the JSON, CSV, ReqIF objects and ReqIF hierarchy texts, which follow in that order. */
  lengths: number[]
}

/** A chapter's parts as bytes: the length of a JSON header, the header (`PartsMeta`), then the texts. */
function encodeParts(parts: ChapterParts): Buffer {
  const texts = [parts.json, parts.csv, parts.reqif.objects, parts.reqif.hierarchy]
  const lengths = texts.map((text) => (typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength))
  const header = JSON.stringify({lastChange: parts.reqif.lastChange, nodes: parts.reqif.nodes, lengths} satisfies PartsMeta)
  const headerLength = Buffer.byteLength(header)
  // The texts are encoded straight into the one buffer (megabytes for the Reference), not each into its own first.
  const bytes = Buffer.allocUnsafe(4 + headerLength + lengths.reduce((sum, length) => sum + length, 0))
  bytes.writeUInt32BE(headerLength, 0)
  let at = 4 + bytes.write(header, 4)
  for (const text of texts) {
    if (typeof text === 'string') at += bytes.write(text, at)
    else {
      bytes.set(text, at)
      at += text.byteLength
    }
  }
  return bytes
}

/** The parts `encodeParts` stored, their texts left as bytes; null when the bytes are not such parts. */
function decodeParts(bytes: Buffer): ChapterParts | null {
  try {
    const size = bytes.readUInt32BE(0)
    const meta = JSON.parse(bytes.toString('utf8', 4, 4 + size)) as PartsMeta
    let at = 4 + size
    const [json, csv, objects, hierarchy] = meta.lengths.map((length) => bytes.subarray(at, (at += length)))
    if (hierarchy === undefined || at !== bytes.byteLength) return null
    return {json: json!, csv: csv!, reqif: {objects: objects!, hierarchy, lastChange: meta.lastChange, nodes: meta.nodes}}
  } catch {
    return null
  }
}
