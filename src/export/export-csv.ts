/**
 * `specmark export --format csv`: one row per citable paragraph, RFC 4180 quoting, for spreadsheets and
 * requirement tools that import tables. References are `kind:target` joined by spaces.
 */
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import {exportedParagraphs, type ExportedParagraph} from './paragraphs.ts'
import type {SourceStamp} from '../load/source-stamp.ts'

const COLUMNS = ['id', 'status', 'chapter', 'section', 'kind', 'block_kind', 'first_release', 'last_changed_release', 'sha256', 'references', 'file', 'line', 'text'] as const

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The columns that state, on every row, which document the row is from (when a stamp is given). */
const STAMP_COLUMNS = ['document_version', 'source_commit', 'source_date'] as const

export function exportCsv(spec: Spec, registry: Registry | null, stamp?: SourceStamp): string {
  return paragraphsToCsv(exportedParagraphs(spec, registry), stamp ? {version: spec.version, ...stamp} : undefined)
}

/** The CSV of export records (the current ones, or a release snapshot's for `export --release`). */
export function paragraphsToCsv(paragraphs: ExportedParagraph[], stamp?: SourceStamp & {version: string}): string {
  const stampValues = stamp ? [stamp.version, stamp.commit, stamp.date] : []
  const rows = paragraphs.map((paragraph) =>
    [
      paragraph.id,
      paragraph.status,
      paragraph.chapter,
      paragraph.section,
      paragraph.kind,
      paragraph.blockKind,
      paragraph.firstRelease,
      paragraph.lastChangedRelease,
      paragraph.sha256,
      paragraph.references.map((reference) => `${reference.kind}:${reference.target}`).join(' '),
      paragraph.file,
      paragraph.line,
      paragraph.text,
      ...stampValues,
    ]
      .map(csvField)
      .join(',')
  )
  const header = [...COLUMNS, ...(stamp ? STAMP_COLUMNS : [])].join(',')
  return `${[header, ...rows].join('\r\n')}\r\n`
}
