/**
 * What the website needs from traceability, as JSON-serializable data (pure): the site shows, next to
 * every paragraph, how many tests cite it (an expandable list of their paths), and a traceability page
 * with the coverage table per chapter and the uncovered paragraphs, for auditors to open, print and
 * archive.
 *
 * Use from the build (given test trees by config or `--tests DIR`):
 *
 * ```ts
 * const trace = await loadTraceForSite(loaded, ['../rust/tests'])      // or: traceForSite(spec, citations)
 * trace.rules['expr.if.cond']      // {count: 2, tests: ['ui/expr/if/cond.rs', 'ui/expr/if/cond2.rs']}
 * trace.chapters                   // [{chapter: 'expressions', title, covered, total, percent}], reading order
 * trace.uncovered                  // [{id, chapter, file, line}], document order; link to `<chapter>#r-<id>`
 * trace.totals                     // {covered, total, percent}
 * ```
 *
 * `rules` has every citable paragraph (labelled, not a heading), including uncited ones (`count: 0`);
 * headings have no entry. `percent` is rounded down to one decimal and null for a chapter without
 * normative paragraphs (show a dash). `unknown` and `parents` are the citations that count for nothing,
 * for an appendix. Test paths are relative to the test tree given, or prefixed with it when several.
 *
 * To show more on the site, add a field here from `TraceReport`; keep it plain data.
 */
import type {Model} from '../pipeline/assemble-model.ts'
import type {Spec} from '../model/types.ts'
import type {Registry} from '../registry/registry-file.ts'
import {traceCoverage, type ChapterCoverage, type TraceReport, type UncoveredParagraph} from './coverage.ts'
import {resolvePatterns, type PatternOptions} from './patterns.ts'
import {scanTestTrees, type Citation} from './scan.ts'

export interface SiteTrace {
  /** The test trees as given (empty when built from citations alone). */
  trees: string[]
  rules: Record<string, {count: number; tests: string[]}>
  chapters: ChapterCoverage[]
  uncovered: UncoveredParagraph[]
  totals: {covered: number; total: number; percent: number}
  unknown: TraceReport['unknown']
  parents: TraceReport['parents']
}

/** The site's traceability data for `citations` against `spec` (pure). */
export function traceForSite(spec: Spec, citations: Citation[], options: {registry?: Registry | null; trees?: string[]} = {}): SiteTrace {
  const report = traceCoverage(spec, citations, {registry: options.registry ?? null})
  const rules: SiteTrace['rules'] = {}
  for (const paragraph of report.paragraphs) rules[paragraph.id] ??= {count: paragraph.tests.length, tests: paragraph.tests}
  return {
    trees: options.trees ?? [],
    rules,
    chapters: report.chapters,
    uncovered: report.uncovered,
    totals: {covered: report.totals.covered, total: report.totals.total, percent: report.totals.percent},
    unknown: report.unknown,
    parents: report.parents,
  }
}

/** Scans `trees` and returns the site's data: what the build calls when it is given test trees. */
export async function loadTraceForSite(loaded: Model, trees: string[], options: PatternOptions = {}): Promise<SiteTrace> {
  const {citations} = await scanTestTrees(trees, {patterns: resolvePatterns(options)})
  return traceForSite(loaded.spec, citations, {registry: loaded.registry, trees})
}
