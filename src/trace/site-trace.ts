/**
 * What the website needs from traceability, as JSON-serializable data (pure): the site shows, next to
 * every paragraph, how many tests cite it (an expandable list of their paths), and a traceability page
 * with the coverage table per chapter and the uncovered paragraphs, for auditors to open, print and
 * archive.
 *
 * Use from the build (given test trees by config or `--tests DIR`):
 *
 * ```ts
 * const trace = await loadTraceForSite(model, ['../rust/tests'])      // or: traceForSite(spec, citations)
 * trace.rules['expr.if.cond']      // {count: 2, tests: ['ui/expr/if/cond.rs', 'ui/expr/if/cond2.rs']}
 * trace.chapters                   // [{chapter: 'expressions', title, covered, total, percent}], reading order
 * trace.uncovered                  // [{id, chapter, file, line}], document order; link to `<chapter>#r-<id>`
 * trace.totals                     // {covered, total, percent}
 * trace.uncoveredText              // [{chapter, file, line, type, excerpt}]: text no label covers
 * ```
 *
 * `rules` has every citable paragraph (labelled, not a heading), including uncited ones (`count: 0`);
 * headings have no entry. `percent` is rounded down to one decimal and null for a chapter without
 * normative paragraphs (show a dash). `unknown` and `parents` are the citations that count for nothing,
 * for an appendix. Test paths are relative to the test tree given, or prefixed with it when several.
 *
 * To show more on the site, add a field here from `TraceReport`; keep it plain data.
 */
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import type {Model} from '../pipeline/assemble-model.ts'
import {indexSpec} from './cited-ids.ts'
import {releasedTextsFromSnapshot} from './released-texts.ts'
import {applyReviews, readReviewedLinks} from './reviewed-links.ts'
import {clauseHashes} from './run-trace.ts'
import {findSuspects} from './suspect.ts'
import {uncoveredText, type UncoveredText} from '../model/clauses.ts'
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
  /**
   * Cited paragraphs changed since the newest release whose tests are not signed off in
   * `reviewed-links.txt` (empty before the first release).
   */
  suspects: Array<{id: string; chapter: string; since: string; tests: string[]; diff: string}>
  /** Text no label covers (`uncoveredText`): no test can be traced to it; in document order. */
  uncoveredText: UncoveredText[]
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
    suspects: [],
    uncoveredText: uncoveredText(spec),
  }
}

/** Scans `trees` and returns the site's data: what the build calls when it is given test trees. */
export async function loadTraceForSite(model: Model, trees: string[], options: PatternOptions = {}): Promise<SiteTrace> {
  const scan = await scanTestTrees(trees, {patterns: resolvePatterns(options)})
  // Pages show paths relative to the repository, never where this checkout happens to live.
  const repository = repositoryRoot(model.project.root)
  const shown = trees.map((tree) => path.relative(repository, path.resolve(tree)).split(path.sep).join('/') || '.')
  const relabel = (file: string): string => {
    if (trees.length < 2) return file
    const position = trees.findIndex((tree) => file.startsWith(`${tree.replace(/\/+$/, '')}/`))
    return position === -1 ? file : `${shown[position]}/${file.slice(trees[position]!.replace(/\/+$/, '').length + 1)}`
  }
  const citations = scan.citations.map((citation) => ({...citation, file: relabel(citation.file)}))
  const trace = traceForSite(model.spec, citations, {registry: model.registry, trees: shown})
  const newest = model.releases.snapshots.at(-1)
  if (newest) {
    const index = indexSpec(model.spec, model.registry)
    const report = traceCoverage(model.spec, citations, {index})
    const links = findSuspects(report, index, releasedTextsFromSnapshot(newest.document, newest.version))
    const {unreviewed} = applyReviews(links, await readReviewedLinks(model.project.root), clauseHashes(model))
    trace.suspects = unreviewed.map((link) => ({id: link.id, chapter: link.chapter, since: newest.version, tests: link.tests, diff: link.diff}))
  }
  return trace
}

/** The top of the git repository holding `root`, or the working directory outside git. */
function repositoryRoot(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--show-toplevel'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim() || process.cwd()
  } catch {
    return process.cwd()
  }
}
