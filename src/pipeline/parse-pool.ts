/**
 * Parsing on every core: markdown parsing dominates a cold run (micromark manages about 0.6 MB/s on one
 * core), so large batches are shared with the worker pool (`src/workers/pool.ts`). Small batches are
 * parsed here, where starting a worker would cost more than it saves.
 */
import {runEach} from '../workers/pool.ts'
import type {Root} from 'mdast'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {parseChapter, parseChapterDraft, type ParseJob, type ParsedChapter} from './parse-job.ts'
import {PARSE_MODULE, parseThreshold} from './prepare-parsing.ts'

export {prepareParsing} from './prepare-parsing.ts'

const PARSE_TASK = {module: PARSE_MODULE, name: 'parseChapter', local: parseChapter}
const DRAFT_TASK = {module: PARSE_MODULE, name: 'parseChapterDraft', local: parseChapterDraft}

/**
 * Parses and models every job; results are in job order, each with its tree unless `trees` is false.
 * `alone`: no stage after this batch uses the worker pool (`parseThreshold`).
 */
export function parseAll(jobs: ParseJob[], options: {trees: boolean; alone?: boolean} = {trees: true}): Promise<Array<{draft: ChapterDraft; tree: Root | null}>> {
  const run = {size: (job: ParseJob) => job.source.length, threshold: parseThreshold(options.alone ?? false), describe: (job: ParseJob) => job.entry.file}
  return options.trees ? runEach<ParseJob, ParsedChapter>(PARSE_TASK, jobs, run) : runEach(DRAFT_TASK, jobs, run)
}
