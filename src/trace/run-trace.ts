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
  /** Present when `since` was given. */
  suspects: {since: string; links: SuspectLink[]} | null
}

export async function runTrace(loaded: Model, trees: string[], options: TraceOptions = {}): Promise<TraceResult> {
  const patterns = resolvePatterns(options)
  // Read the release first: a wrong `--since` should fail before a long scan.
  const released = options.since === undefined ? null : await loadReleasedTexts(loaded.project.root, options.since)
  const scan = await scanTestTrees(trees, {patterns})
  const index = indexSpec(loaded.spec, loaded.registry)
  const report = traceCoverage(loaded.spec, scan.citations, {index})
  return {
    title: loaded.spec.title,
    version: loaded.spec.version,
    trees,
    scanned: {files: scan.files, binary: scan.binary},
    citations: scan.citations,
    report,
    suspects: released ? {since: released.version, links: findSuspects(report, index, released)} : null,
  }
}
