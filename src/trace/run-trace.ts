/**
 * The traceability pipeline in one function, shared by `specmark trace` and the site build: scan the test
 * trees, compute coverage against the loaded spec, and — given a release — find the suspect links.
 */
import type {Model} from '../pipeline/assemble-model.ts'
import {indexSpec} from './cited-ids.ts'
import {traceCoverage, type TraceReport} from './coverage.ts'
import {resolvePatterns, type PatternOptions} from './patterns.ts'
import {loadReleasedTexts} from './released-texts.ts'
import {scanTestTrees, type Citation} from './scan.ts'
import {findSuspects, type SuspectLink} from './suspect.ts'
import {applyReviews, readReviewedLinks} from './reviewed-links.ts'

export interface TraceOptions extends PatternOptions {
  /** A release version: list the cited paragraphs changed since it (needs its snapshot). */
  since?: string
}

export interface TraceResult {
  title: string
  version: string
  /** The test trees as given. */
  trees: string[]
  scanned: {files: number; binary: number}
  citations: Citation[]
  report: TraceReport
  /**
   * Present when `since` was given: the suspect links not yet reviewed against the current text, and the
   * (test, ID) pairs signed off in `reviewed-links.txt` (`reviewed-links.ts`), which no longer count.
   */
  suspects: {since: string; links: SuspectLink[]; reviewed: Array<{test: string; id: string}>} | null
}

export async function runTrace(model: Model, trees: string[], options: TraceOptions = {}): Promise<TraceResult> {
  const patterns = resolvePatterns(options)
  // Read the release first: a wrong `--since` should fail before a long scan.
  const released = options.since === undefined ? null : await loadReleasedTexts(model.project.root, options.since)
  const scan = await scanTestTrees(trees, {patterns})
  const index = indexSpec(model.spec, model.registry)
  const report = traceCoverage(model.spec, scan.citations, {index})
  return {
    title: model.spec.title,
    version: model.spec.version,
    trees,
    scanned: {files: scan.files, binary: scan.binary},
    citations: scan.citations,
    report,
    suspects: released ? {since: released.version, ...(await reviewedSuspects(model, findSuspects(report, index, released)))} : null,
  }
}

/** The current hash of each clause, by ID (what a sign-off records). */
export function clauseHashes(model: Model): (id: string) => string | undefined {
  const hashes = new Map<string, string>()
  for (const chapter of model.spec.chapters) for (const clause of chapter.clauses) hashes.set(clause.id, clause.hash)
  return (id) => hashes.get(id)
}

async function reviewedSuspects(model: Model, all: SuspectLink[]): Promise<{links: SuspectLink[]; reviewed: Array<{test: string; id: string}>}> {
  const {unreviewed, reviewed} = applyReviews(all, await readReviewedLinks(model.project.root), clauseHashes(model))
  return {links: unreviewed, reviewed}
}
