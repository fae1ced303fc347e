/**
 * A worker thread of the parse pool: parses and models the chapters it is sent, and sends the drafts back.
 */
import {parentPort} from 'node:worker_threads'
import {buildChapter, type ChapterInput} from '../model/build-chapter.ts'
import {parseChapterSource} from '../parse/parse-markdown.ts'

export type ParseJob = Omit<ChapterInput, 'tree'>

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort!.postMessage(jobs.map((job) => buildChapter({...job, ...parseChapterSource(job.source)})))
})
