/**
 * Parsing on every core: markdown parsing dominates a cold run (micromark manages about 0.6 MB/s on one
 * core), so large batches are shared with the worker pool (`src/workers/pool.ts`). Small batches are
 * parsed here, where starting a worker would cost more than it saves.
 */
import fs from 'node:fs'
import path from 'node:path'
import {prepare, runEach, workerCount} from '../workers/pool.ts'
import type {Root} from 'mdast'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {parseChapter, parseChapterDraft, type ParseJob, type ParsedChapter} from './parse-job.ts'

/** Below this much markdown (bytes), a worker's start-up costs more than it saves. */
const PARALLEL_THRESHOLD = 256 * 1024

const PARSE_MODULE = new URL('./parse-job.ts', import.meta.url)
const PARSE_TASK = {module: PARSE_MODULE, name: 'parseChapter', local: parseChapter}
const DRAFT_TASK = {module: PARSE_MODULE, name: 'parseChapterDraft', local: parseChapterDraft}

/** Parses and models every job; results are in job order, each with its tree unless `trees` is false. */
export function parseAll(jobs: ParseJob[], options: {trees: boolean} = {trees: true}): Promise<Array<{draft: ChapterDraft; tree: Root | null}>> {
  const run = {size: (job: ParseJob) => job.source.length, threshold: PARALLEL_THRESHOLD, describe: (job: ParseJob) => job.entry.file}
  return options.trees ? runEach<ParseJob, ParsedChapter>(PARSE_TASK, jobs, run) : runEach(DRAFT_TASK, jobs, run)
}

/** How many directory entries `prepareParsing` looks at, at most, for markdown (a bound on a huge root). */
const PROBE_ENTRIES = 5000

/**
 * Starts the workers `parseAll` will use before the project is loaded, so that their start-up (a
 * thread, then the parser's modules) overlaps loading the project on this thread: only when the files
 * under `root` plainly hold enough markdown for the batch to go to the workers. A bounded look (names
 * starting with a dot and `node_modules` skipped), so a root inside a large tree costs next to nothing;
 * a wrong guess only costs a thread that waits.
 */
export function prepareParsing(root: string, options: {trees: boolean}): void {
  if (workerCount() === 0) return
  let bytes = 0
  let seen = 0
  const folders = [root]
  for (let folder = folders.shift(); folder !== undefined && seen < PROBE_ENTRIES; folder = folders.shift()) {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(folder, {withFileTypes: true})
    } catch {
      continue
    }
    for (const entry of entries) {
      seen++
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) folders.push(file)
      else if (entry.isFile() && entry.name.endsWith('.md')) bytes += fileSize(file)
      if (bytes >= PARALLEL_THRESHOLD) return prepare(options.trees ? PARSE_TASK : DRAFT_TASK)
    }
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}
