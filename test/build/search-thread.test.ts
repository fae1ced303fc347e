/**
 * The search index written from the side thread (`runInThread`, what an incremental build does): the
 * same bundle as on this thread, a failure coming back as its message (not a crash), and a task
 * that throws rejecting with the task's name.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeSearchIndex, writeSearchIndexJob, type SearchIndexJob} from '../../src/search/pagefind-index.ts'
import {shardRecords} from '../../src/search/search-shards.ts'
import type {SearchRecord} from '../../src/search/search-records.ts'
import {runInThread} from '../../src/workers/side-thread.ts'

const SEARCH_TASK = {module: new URL('../../src/search/pagefind-index.ts', import.meta.url), name: 'writeSearchIndexJob'}

const records: SearchRecord[] = ['alpha', 'beta', 'gamma', 'delta'].map((word, index) => ({
  url: `/chapter/#r-${word}`,
  content: `The ${word} paragraph, number ${index}.`,
  language: 'en',
  meta: {title: word},
  filters: {},
}))

/** Every file under `dir` with its bytes, relative. */
function files(dir: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) found.set(path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name)).toString('base64'))
  }
  return found
}

describe('the search index in the side thread', () => {
  it('writes the bundle this thread writes', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-search-thread-'))
    const shards = shardRecords(records)
    const job: SearchIndexJob = {shards, outputPath: path.join(scratch, 'thread', 'pagefind'), options: {}}
    const answer = await runInThread<SearchIndexJob, Awaited<ReturnType<typeof writeSearchIndexJob>>>(SEARCH_TASK, job)
    if (answer.failure) throw new Error(answer.failure.message)
    const here = await writeSearchIndex(shards, path.join(scratch, 'here', 'pagefind'))
    expect(answer.result.files.length).toBe(here.files.length)
    expect(files(job.outputPath)).toEqual(files(here.outputPath))
    fs.rmSync(scratch, {recursive: true, force: true})
  }, 60_000)

  it('answers a failure of the index with its message, and rejects a task that throws', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-search-thread-'))
    // The bundle's folder is a file: pagefind cannot write there.
    fs.writeFileSync(path.join(scratch, 'taken'), '')
    const answer = await runInThread<SearchIndexJob, Awaited<ReturnType<typeof writeSearchIndexJob>>>(SEARCH_TASK, {shards: shardRecords(records), outputPath: path.join(scratch, 'taken', 'pagefind'), options: {}})
    // Whatever failed first (here the staging folder beside the bundle), as the message to throw again.
    expect(answer.failure?.message).toMatch(/ENOTDIR|Pagefind/)
    await expect(runInThread({module: SEARCH_TASK.module, name: 'noSuchTask'}, null)).rejects.toThrow(/noSuchTask failed in a worker/)
    fs.rmSync(scratch, {recursive: true, force: true})
  }, 60_000)
})
