/**
 * `specmark trace --format json`: the traceability report as one JSON document. Its top-level keys:
 * `schemaVersion`, `title`, `version`, `trees`, `scanned` ({files, binary}), `summary` ({covered, total,
 * percent, citations, citingFiles}), `chapters` ({chapter, title, covered, total, percent}),
 * `paragraphs` ({id, chapter, normative, tests}), `uncovered` ({id, chapter, file, line}), `unknown`
 * ({id, file, line, column, retired?}), `parents` ({id, file, line, column, paragraphs}), `renamed` ({id,
 * file, line, column, to}), and with `--since` also `since`, `reviewed` ({test, id}: suspect links signed off in
 * `reviewed-links.txt`) and `suspects` (the unreviewed ones: {id, chapter, releasedAs, facets,
 * tests, before, after, diff}). Test paths are relative to the test tree given.
 *
 * A new key may be added without a schema bump; renaming or removing one bumps `TRACE_SCHEMA_VERSION`.
 */
import type {TraceResult} from './run-trace.ts'

export const TRACE_SCHEMA_VERSION = 1

export function traceToJson(result: TraceResult): string {
  const {report} = result
  const document = {
    schemaVersion: TRACE_SCHEMA_VERSION,
    title: result.title,
    version: result.version,
    trees: result.trees,
    scanned: result.scanned,
    summary: report.totals,
    chapters: report.chapters,
    paragraphs: report.paragraphs,
    uncovered: report.uncovered,
    unknown: report.unknown,
    parents: report.parents,
    renamed: report.renamed,
    ...(result.suspects ? {since: result.suspects.since, suspects: result.suspects.links, reviewed: result.suspects.reviewed} : {}),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
