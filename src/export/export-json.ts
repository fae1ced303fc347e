/**
 * `specmark export --format json`: the whole specification's citable paragraphs as one JSON document,
 * versioned by `schemaVersion` and described by `schemas/export.v1.schema.json` (shipped in the repo and
 * checked in a test). Release snapshots (`releases/<version>.json`) use the same format.
 */
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import {exportedParagraphs, withdrawnIds, type ExportedParagraph, type WithdrawnId} from './paragraphs.ts'

export const EXPORT_SCHEMA_VERSION = 1

export interface ExportDocument {
  schemaVersion: number
  title: string
  version: string
  layout: Spec['layout']
  paragraphs: ExportedParagraph[]
  withdrawn: WithdrawnId[]
}

export function buildExportDocument(spec: Spec, registry: Registry | null): ExportDocument {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    title: spec.title,
    version: spec.version,
    layout: spec.layout,
    paragraphs: exportedParagraphs(spec, registry),
    withdrawn: withdrawnIds(registry),
  }
}

export function exportJson(spec: Spec, registry: Registry | null): string {
  return `${JSON.stringify(buildExportDocument(spec, registry), null, 2)}\n`
}
