/**
 * `specmark export --format json`: the whole specification's citable paragraphs as one JSON document,
 * versioned by `schemaVersion` and described by `schemas/export.v2.schema.json` (shipped in the repo and
 * checked in a test). Release snapshots (`releases/<version>.json`) use the same format.
 */
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import type {SourceStamp} from '../load/source-stamp.ts'
import {exportedParagraphs, withdrawnIds, type ExportedParagraph, type WithdrawnId} from './paragraphs.ts'

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
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    title: spec.title,
    version: spec.version,
    layout: spec.layout,
    ...(stamp ? {commit: stamp.commit, date: stamp.date} : {}),
    paragraphs: exportedParagraphs(spec, registry),
    withdrawn: withdrawnIds(registry),
  }
}

export function exportJson(spec: Spec, registry: Registry | null, stamp?: SourceStamp): string {
  return `${JSON.stringify(buildExportDocument(spec, registry, stamp), null, 2)}\n`
}
