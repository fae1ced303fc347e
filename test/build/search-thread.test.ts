/**
 * The search index written from the side thread (`inThread`, what an incremental build does): the same
 * bundle as on this thread, a failure thrown as on this thread (not a crash), and a task that throws
 * rejecting with the task's name.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeSearchIndex} from '../../src/search/pagefind-index.ts'
import {shardRecords} from '../../src/search/search-shards.ts'
import type {SearchRecord} from '../../src/search/search-records.ts'
import {runInThread} from '../../src/workers/side-thread.ts'

const SHARDS_MODULE = new URL('../../src/search/pagefind-shards.ts', import.meta.url)

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
    const there = await writeSearchIndex(shards, path.join(scratch, 'thread', 'pagefind'), {inThread: true})
    const here = await writeSearchIndex(shards, path.join(scratch, 'here', 'pagefind'))
    expect(there.shards).toBe(2)
    expect(there.files.map((file) => path.relative(there.outputPath, file))).toEqual(here.files.map((file) => path.relative(here.outputPath, file)))
    expect(files(there.outputPath)).toEqual(files(here.outputPath))
    fs.rmSync(scratch, {recursive: true, force: true})
  }, 60_000)

  it('answers a failure of the index with its message, and rejects a task that throws', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-search-thread-'))
    // The bundle's folder is a file: pagefind cannot write there.
    fs.writeFileSync(path.join(scratch, 'taken'), '')
    const taken = path.join(scratch, 'taken', 'pagefind')
    for (const inThread of [true, false]) {
      const failure = await writeSearchIndex(shardRecords(records), taken, {inThread}).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(Error)
      expect((failure as Error).message).toMatch(/^Failed to run Pagefind: .*ENOTDIR/)
      // Whatever failed first (here the staging folder beside the bundle), as the cause.
      expect(((failure as Error).cause as Error).message).toMatch(/ENOTDIR/)
    }
    await expect(runInThread({module: SHARDS_MODULE, name: 'noSuchTask'}, null)).rejects.toThrow(/noSuchTask failed in a worker/)
    fs.rmSync(scratch, {recursive: true, force: true})
  }, 60_000)
})
