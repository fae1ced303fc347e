/**
 * `specmark export --format json`: the whole specification's citable paragraphs as one JSON document,
 * versioned by `schemaVersion` and described by `schemas/export.v2.schema.json` (shipped in the repo and
 * checked in a test). Release snapshots (`releases/<version>.json`) use the same format.
 */
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import type {SourceStamp} from '../load/source-stamp.ts'
import {textOf, type Piece} from './pieces.ts'
import {chapterRecords, exportedParagraphs, withdrawnIds, type ExportedParagraph, type WithdrawnId} from './paragraphs.ts'

/** 2: one record per clause, with link identities and an informative part (1: first blocks only). */
export const EXPORT_SCHEMA_VERSION = 2

export interface ExportDocument {
  schemaVersion: number
  title: string
  version: string
  layout: Spec['layout']
  /** The git commit the document was made from (null outside git); in a snapshot, the sources released. */
  commit?: string | null
  /** The sources' date (`SOURCE_DATE_EPOCH`, else the last commit's), ISO 8601. */
  date?: string
  paragraphs: ExportedParagraph[]
  withdrawn: WithdrawnId[]
}

export function buildExportDocument(spec: Spec, registry: Registry | null, stamp?: SourceStamp): ExportDocument {
  return {...documentHead(spec, stamp), paragraphs: exportedParagraphs(spec, registry), withdrawn: withdrawnIds(registry)}
}

/** The document's fields before its records, in their order. */
export function documentHead(spec: Pick<Spec, 'title' | 'version' | 'layout'>, stamp?: SourceStamp): Omit<ExportDocument, 'paragraphs' | 'withdrawn'> {
  return {schemaVersion: EXPORT_SCHEMA_VERSION, title: spec.title, version: spec.version, layout: spec.layout, ...(stamp ? {commit: stamp.commit, date: stamp.date} : {})}
}

export function exportJson(spec: Spec, registry: Registry | null, stamp?: SourceStamp): string {
  return textOf(joinJson(documentHead(spec, stamp), spec.chapters.map((chapter) => jsonRecordsPart(chapterRecords(chapter, registry))), withdrawnIds(registry)))
}

/**
 * Records as they stand in the document's `paragraphs` array, indented ('' for none): one chapter's are
 * a part of the document that a build keeps while the chapter is unchanged (`site-exports.ts`).
 */
export function jsonRecordsPart(records: readonly ExportedParagraph[]): string {
  return records.map((record) => `    ${JSON.stringify(record, null, 2).replaceAll('\n', '\n    ')}`).join(',\n')
}

/**
 * The document from its head, its records' parts (`jsonRecordsPart`) and the withdrawn IDs: the bytes
 * of `JSON.stringify(document, null, 2)` and a newline (JSON text never holds a raw newline in a string,
 * so indenting a nested value's lines indents the value).
 */
export function joinJson(head: Omit<ExportDocument, 'paragraphs' | 'withdrawn'>, parts: readonly Piece[], withdrawn: readonly WithdrawnId[]): Piece[] {
  const records = parts.filter((part) => part.length > 0)
  const open = `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "paragraphs": `
  const close = `,\n  "withdrawn": ${JSON.stringify(withdrawn, null, 2).replaceAll('\n', '\n  ')}\n}\n`
  if (records.length === 0) return [`${open}[]${close}`]
  return [`${open}[\n`, ...records.flatMap((part, index) => (index === 0 ? [part] : [',\n', part])), `\n  ]${close}`]
}
