/**
 * Parsing on every core: markdown parsing dominates a cold run (micromark manages about 0.6 MB/s on one
 * core), so large batches are shared with the worker pool (`src/workers/pool.ts`). Small batches are
 * parsed here, where starting a worker would cost more than it saves.
 */
import {runEach} from '../workers/pool.ts'
import type {Root} from 'mdast'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {parseChapter, parseChapterDraft, type ParseJob, type ParsedChapter, type SentChapter} from './parse-job.ts'
import {PARSE_MODULE, parseThreshold} from './prepare-parsing.ts'

export {prepareParsing} from './prepare-parsing.ts'

const PARSE_TASK = {module: PARSE_MODULE, name: 'parseChapterToSend', local: parseChapter}
const DRAFT_TASK = {module: PARSE_MODULE, name: 'parseChapterDraft', local: parseChapterDraft}

/** A chapter parsed: its draft, and its tree unless not asked for; from a worker, each with its JSON text. */
export interface ParseResult {
  draft: ChapterDraft
  /** The draft's JSON, as a worker sent it (`SentChapter`); null when parsed on this thread. */
  draftJson: string | null
  /** The tree, or its JSON as a worker sent it (read when first needed: `ChapterTrees`). */
  tree: Root | string | null
}

/**
 * Parses and models every job; results are in job order, each with its tree unless `trees` is false.
 * `alone`: no stage after this batch uses the worker pool (`parseThreshold`).
 */
export async function parseAll(jobs: ParseJob[], options: {trees: boolean; alone?: boolean} = {trees: true}): Promise<ParseResult[]> {
  const run = {size: (job: ParseJob) => job.source.length, threshold: parseThreshold(options.alone ?? false), describe: (job: ParseJob) => job.entry.file}
  if (!options.trees) return (await runEach(DRAFT_TASK, jobs, run)).map(({draft}) => ({draft, draftJson: null, tree: null}))
  return (await runEach<ParseJob, ParsedChapter | SentChapter>(PARSE_TASK, jobs, run)).map((result) =>
    typeof result.draft === 'string' ? {draft: JSON.parse(result.draft) as ChapterDraft, draftJson: result.draft, tree: result.tree} : {draft: result.draft, draftJson: null, tree: result.tree}
  )
}
