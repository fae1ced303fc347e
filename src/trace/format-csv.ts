/**
 * `specmark trace --format csv`: the traceability matrix, one row per citable paragraph in document
 * order, RFC 4180 quoting (CRLF line ends), for spreadsheets and requirement tools. Columns: `id`,
 * `chapter`, `normative` (`yes`/`no`), `tests_count`, `tests` (the citing test files, one per line inside
 * the quoted cell, so that paths with spaces or commas stay whole), and with `--since` `suspect` (`yes`
 * when the paragraph changed since that release). Per-chapter coverage and the diagnostics are in the
 * text and JSON formats; in CSV mode the diagnostics go to standard error.
 */
import {csvField} from '../export/export-csv.ts'
import type {TraceResult} from './run-trace.ts'

export function traceToCsv(result: TraceResult): string {
  const suspects = result.suspects ? new Set(result.suspects.links.map((link) => link.id)) : null
  const header = ['id', 'chapter', 'normative', 'tests_count', 'tests', ...(suspects ? ['suspect'] : [])]
  const rows = result.report.paragraphs.map((paragraph) =>
    [
      paragraph.id,
      paragraph.chapter,
      paragraph.normative ? 'yes' : 'no',
      paragraph.tests.length,
      paragraph.tests.join('\n'),
      ...(suspects ? [suspects.has(paragraph.id) ? 'yes' : ''] : []),
    ]
      .map(csvField)
      .join(',')
  )
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`
}
