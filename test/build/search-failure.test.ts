/**
 * A failure of the search index (pagefind cannot write its bundle) is thrown with pagefind's message and
 * what failed first as its cause, not a crash.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeSearchIndex} from '../../src/search/pagefind-index.ts'
import {shardRecords} from '../../src/search/search-shards.ts'
import type {SearchRecord} from '../../src/search/search-records.ts'

const records: SearchRecord[] = ['alpha', 'beta', 'gamma', 'delta'].map((word, index) => ({
  url: `/chapter/#r-${word}`,
  blocks: [{anchor: `r-${word}`, text: `The ${word} paragraph, number ${index}.`}],
  language: 'en',
  meta: {title: word},
  filters: {},
}))

describe('a failure of the search index', () => {
  it('is thrown with its message, and what failed first as its cause', async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-search-failure-'))
    // The bundle's folder is a file: pagefind cannot write there.
    fs.writeFileSync(path.join(scratch, 'taken'), '')
    const failure = await writeSearchIndex(shardRecords(records), path.join(scratch, 'taken', 'pagefind')).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(/^Failed to run Pagefind: .*ENOTDIR/)
    // Whatever failed first (here the staging folder beside the bundle), as the cause.
    expect(((failure as Error).cause as Error).message).toMatch(/ENOTDIR/)
    // The index can be written where it can.
    const written = await writeSearchIndex(shardRecords(records), path.join(scratch, 'site', 'pagefind'))
    expect(written.shards).toBe(2)
    fs.rmSync(scratch, {recursive: true, force: true})
  }, 60_000)
})
