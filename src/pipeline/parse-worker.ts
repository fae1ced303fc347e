/**
 * A worker thread of the parse pool: parses and models the chapters it is sent, and sends the drafts back.
 */
import {parentPort} from 'node:worker_threads'
import {buildChapter, type ChapterInput} from '../model/build-chapter.ts'
import {parseMarkdown} from '../parse/parse-markdown.ts'

export type ParseJob = Omit<ChapterInput, 'tree'>

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort!.postMessage(jobs.map((job) => buildChapter({...job, tree: parseMarkdown(job.source)})))
})
