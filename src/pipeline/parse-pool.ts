/**
 * Parsing on every core: markdown parsing dominates a cold run (micromark manages about 0.6 MB/s on one
 * core), so large batches are shared with the worker pool (`src/workers/pool.ts`). Small batches are
 * parsed here, where starting a worker would cost more than it saves.
 */
import {runEach} from '../workers/pool.ts'
import type {Root} from 'mdast'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {parseChapterDraft, parseChapterHere, type ParseJob, type ParsedChapter, type ParseStore, type PooledParse, type SentChapter} from './parse-job.ts'
import {PARSE_MODULE, parseThreshold} from './prepare-parsing.ts'
import {draftFromStored, type StoredDraft} from './draft-cache.ts'

export {prepareParsing} from './prepare-parsing.ts'

const PARSE_TASK = {module: PARSE_MODULE, name: 'parseChapterToSend', local: parseChapterHere}
const DRAFT_TASK = {module: PARSE_MODULE, name: 'parseChapterDraft', local: parseChapterDraft}

/** A chapter parsed: its draft, and its tree unless not asked for (from a worker, its JSON text). */
export interface ParseResult {
  draft: ChapterDraft
  /** The tree, or its JSON as a worker sent it (read when first needed: `ChapterTrees`). */
  tree: Root | string | null
}

/**
 * Parses and models every job; results are in job order, each with its tree unless `trees` is false.
 * `alone`: no stage after this batch uses the worker pool (`parseThreshold`). `stores`: where each job's
 * result is kept in the parse cache, by whichever thread parses it.
 */
export async function parseAll(jobs: ParseJob[], options: {trees: boolean; alone?: boolean; stores?: Array<ParseStore | null>} = {trees: true}): Promise<ParseResult[]> {
  const threshold = parseThreshold(options.alone ?? false)
  if (!options.trees) {
    const run = {size: (job: ParseJob) => job.source.length, threshold, describe: (job: ParseJob) => job.entry.file}
    return runEach(DRAFT_TASK, jobs, run)
  }
  const pooled = jobs.map((job, index) => ({job, store: options.stores?.[index] ?? null}))
  const run = {size: ({job}: PooledParse) => job.source.length, threshold, describe: ({job}: PooledParse) => job.entry.file}
  return (await runEach<PooledParse, ParsedChapter | SentChapter>(PARSE_TASK, pooled, run)).map((result): ParseResult =>
    typeof result.draft === 'string' ? {draft: draftFromStored(JSON.parse(result.draft) as StoredDraft), tree: result.tree} : {draft: result.draft, tree: result.tree}
  )
}
