/**
 * Parsing on every core: markdown parsing dominates a cold run (micromark manages about 0.6 MB/s on one
 * core), so large batches are shared with the worker pool (`src/workers/pool.ts`). Small batches are
 * parsed here, where starting a worker would cost more than it saves.
 */
import {runEach} from '../workers/pool.ts'
import type {Root} from 'mdast'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {parseChapter, parseChapterDraft, type ParseJob, type ParsedChapter, type ParseStore, type PooledParse, type SentChapter} from './parse-job.ts'
import {PARSE_MODULE, parseThreshold} from './prepare-parsing.ts'

export {prepareParsing} from './prepare-parsing.ts'

const PARSE_TASK = {module: PARSE_MODULE, name: 'parseChapterToSend', local: ({job}: PooledParse) => parseChapter(job)}
const DRAFT_TASK = {module: PARSE_MODULE, name: 'parseChapterDraft', local: parseChapterDraft}

/** A chapter parsed: its draft, and its tree unless not asked for; from a worker, each with its JSON text. */
export interface ParseResult {
  draft: ChapterDraft
  /** The draft's JSON, as a worker sent it (`SentChapter`); null when parsed on this thread. */
  draftJson: string | null
  /** The tree, or its JSON as a worker sent it (read when first needed: `ChapterTrees`). */
  tree: Root | string | null
  /** Whether the worker that parsed it wrote it to the parse cache already (`PooledParse.store`). */
  stored: boolean
}

/**
 * Parses and models every job; results are in job order, each with its tree unless `trees` is false.
 * `alone`: no stage after this batch uses the worker pool (`parseThreshold`).
 */
export async function parseAll(jobs: ParseJob[], options: {trees: boolean; alone?: boolean; stores?: Array<ParseStore | null>} = {trees: true}): Promise<ParseResult[]> {
  const threshold = parseThreshold(options.alone ?? false)
  if (!options.trees) {
    const run = {size: (job: ParseJob) => job.source.length, threshold, describe: (job: ParseJob) => job.entry.file}
    return (await runEach(DRAFT_TASK, jobs, run)).map(({draft}) => ({draft, draftJson: null, tree: null, stored: false}))
  }
  const pooled = jobs.map((job, index) => ({job, store: options.stores?.[index] ?? null}))
  const run = {size: ({job}: PooledParse) => job.source.length, threshold, describe: ({job}: PooledParse) => job.entry.file}
  return (await runEach<PooledParse, ParsedChapter | (SentChapter & {stored: boolean})>(PARSE_TASK, pooled, run)).map((result) =>
    typeof result.draft === 'string'
      ? {draft: JSON.parse(result.draft) as ChapterDraft, draftJson: result.draft, tree: result.tree, stored: 'stored' in result && result.stored}
      : {draft: result.draft, draftJson: null, tree: result.tree, stored: false}
  )
}
