/**
 * `specmark trace` (text): the report for a terminal or a log, in the order an auditor reads it: coverage
 * per chapter, the uncovered normative paragraphs, each cited paragraph with its tests, the suspect links
 * (with `--since`), then the diagnostics in rustc style. The one-line summary is `summarizeTrace`, which
 * the command prints to standard error.
 */
import {counted, formatText} from '../diagnostics/format.ts'
import type {PathDisplay} from '../diagnostics/format.ts'
import type {TraceResult} from './run-trace.ts'

/** Formats the report; `display` turns spec source paths (relative to the content root) into shown paths. */
export function traceToText(result: TraceResult, display: PathDisplay = (file) => file): string {
  const {report} = result
  const lines: string[] = [`Traceability of ${result.title} ${result.version} to ${result.trees.join(', ')}`, '']

  lines.push('Coverage by chapter', `${'covered'.padStart(9)}${'total'.padStart(9)}${'coverage'.padStart(10)}  chapter`)
  const row = (covered: number, total: number, percent: number | null, label: string): string =>
    `${String(covered).padStart(9)}${String(total).padStart(9)}${(percent === null ? '-' : `${percent.toFixed(1)}%`).padStart(10)}  ${label}`
  for (const chapter of report.chapters) lines.push(row(chapter.covered, chapter.total, chapter.percent, `${chapter.chapter} (${chapter.title})`))
  lines.push(row(report.totals.covered, report.totals.total, report.totals.percent, 'total'), '')

  lines.push(`Uncovered normative paragraphs (${report.uncovered.length})`)
  const width = Math.max(0, ...report.uncovered.map((paragraph) => paragraph.id.length))
  for (const paragraph of report.uncovered) lines.push(`  ${paragraph.id.padEnd(width)}  ${display(paragraph.file)}:${paragraph.line}`)
  lines.push('')

  const cited = report.paragraphs.filter((paragraph) => paragraph.tests.length > 0)
  lines.push(`Paragraphs cited by tests (${cited.length})`)
  for (const paragraph of cited) {
    lines.push(`  ${paragraph.id}${paragraph.normative ? '' : ' (informative)'}: ${counted(paragraph.tests.length, 'test')}`)
    for (const test of paragraph.tests) lines.push(`    ${test}`)
  }

  if (result.suspects) {
    lines.push('', `Suspect links: cited paragraphs changed since ${result.suspects.since}, not yet reviewed (${result.suspects.links.length})`)
    for (const link of result.suspects.links) {
      const renamed = link.releasedAs === link.id ? '' : ` (released as \`${link.releasedAs}\`)`
      const what = link.facets.filter((facet) => facet !== 'moved').map((facet) => (facet === 'links' ? 'links retargeted' : 'text changed')).join(', ')
      lines.push(`  ${link.id}${renamed}: ${what}; ${counted(link.tests.length, 'test')} to review`)
      for (const test of link.tests) lines.push(`    ${test}`)
      lines.push(`    diff: ${link.diff}`)
    }
    if (result.suspects.reviewed.length > 0) lines.push(`  (${counted(result.suspects.reviewed.length, 'suspect link')} reviewed in reviewed-links.txt)`)
  }

  const diagnostics = formatText(report.diagnostics, (file) => file)
  if (diagnostics) lines.push('', diagnostics)
  return `${lines.join('\n')}\n`
}

/** One line: `traced 120 citations in 60 test files (2000 files scanned): 100 of 400 normative paragraphs covered (25.0%); 3 errors, 2 warnings`. */
export function summarizeTrace(result: TraceResult): string {
  const {totals, diagnostics} = result.report
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length
  const suspects = result.suspects
    ? `; ${counted(result.suspects.links.length, 'unreviewed suspect link')} since ${result.suspects.since}${result.suspects.reviewed.length > 0 ? ` (${result.suspects.reviewed.length} reviewed)` : ''}`
    : ''
  return (
    `traced ${counted(totals.citations, 'citation')} in ${counted(totals.citingFiles, 'test file')} (${counted(result.scanned.files, 'file')} scanned): ` +
    `${totals.covered} of ${totals.total} normative paragraphs covered (${totals.percent.toFixed(1)}%)${suspects}; ` +
    `${counted(errors, 'error')}, ${counted(diagnostics.length - errors, 'warning')}`
  )
}
