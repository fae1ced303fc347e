/**
 * `specmark export --format csv`: one row per citable paragraph, RFC 4180 quoting, for spreadsheets and
 * requirement tools that import tables. References are `kind:target` joined by spaces.
 */
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import {chapterRecords, type ExportedParagraph} from './paragraphs.ts'
import type {SourceStamp} from '../load/source-stamp.ts'
import {textOf, type Piece} from './pieces.ts'

const COLUMNS = ['id', 'status', 'chapter', 'section', 'kind', 'block_kind', 'first_release', 'last_changed_release', 'sha256', 'references', 'file', 'line', 'text'] as const

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The columns that state, on every row, which document the row is from (when a stamp is given). */
const STAMP_COLUMNS = ['document_version', 'source_commit', 'source_date'] as const

export function exportCsv(spec: Spec, registry: Registry | null, stamp?: SourceStamp): string {
  const values = stamp ? {version: spec.version, ...stamp} : undefined
  return textOf(joinCsv(spec.chapters.map((chapter) => csvRowsPart(chapterRecords(chapter, registry), values)), values !== undefined))
}

/** The CSV of export records (the current ones, or a release snapshot's for `export --release`). */
export function paragraphsToCsv(paragraphs: ExportedParagraph[], stamp?: SourceStamp & {version: string}): string {
  return textOf(joinCsv([csvRowsPart(paragraphs, stamp)], stamp !== undefined))
}

/** Records as rows ('' for none): one chapter's are a part a build keeps while the chapter is unchanged. */
export function csvRowsPart(paragraphs: readonly ExportedParagraph[], stamp?: SourceStamp & {version: string}): string {
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
  return rows.join('\r\n')
}

/** The document from its parts' rows (`csvRowsPart`), under the header (with the stamp's columns when `stamped`). */
export function joinCsv(parts: readonly Piece[], stamped: boolean): Piece[] {
  const header = [...COLUMNS, ...(stamped ? STAMP_COLUMNS : [])].join(',')
  return [header, ...parts.filter((part) => part.length > 0).flatMap((part) => ['\r\n', part]), '\r\n']
}
