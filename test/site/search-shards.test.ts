import {describe, expect, it} from 'vitest'
import type {SearchRecord} from '../../src/search/search-records.ts'
import {MAX_SHARDS, RECORDS_PER_SHARD, SHARD_FILTER, shardCount, shardOf, shardRecords} from '../../src/search/search-shards.ts'

const record = (chapter: number, n: number, text = `text ${n}`): SearchRecord => ({url: `/c${chapter}/#s${n}`, blocks: [{anchor: null, text}], language: 'en', meta: {title: `c${chapter}`}, filters: {}})
/** A book of `chapters` chapters of `size` records each, in document order. */
const book = (chapters: number, size: number): SearchRecord[] => Array.from({length: chapters}, (_, chapter) => Array.from({length: size}, (_, n) => record(chapter, n))).flat()

describe('search index shards', () => {
  it('puts each record in the shard its URL hashes to, every record once, each shard in document order', () => {
    const records = book(20, 60)
    const shards = shardRecords(records)
    expect(shards).toHaveLength(shardCount(records.length))
    expect(shards.flat().map((item) => item.url).sort()).toEqual(records.map((item) => item.url).sort())
    for (const [index, shard] of shards.entries()) {
      expect(shard.every((item) => shardOf(item.url, shards.length) === index)).toBe(true)
      const urls = shard.map((item) => item.url)
      expect(urls).toEqual(records.map((item) => item.url).filter((url) => urls.includes(url)))
      // Each record names its shard (the search script leaves out shards lacking a query's word).
      expect(shard.every((item) => item.filters[SHARD_FILTER]?.join() === String(index))).toBe(true)
    }
    // Hashing spreads every chapter over the shards, and the shards are of about the same size.
    for (const shard of shards) {
      expect(new Set(shard.map((item) => item.meta.title)).size).toBeGreaterThan(10)
      expect(shard.length).toBeGreaterThan((records.length / shards.length) * 0.6)
    }
  })

  it('has one shard for one record, at least two for more, about one per RECORDS_PER_SHARD records, at most MAX_SHARDS', () => {
    expect(shardCount(0)).toBe(1)
    expect(shardCount(1)).toBe(1)
    expect(shardCount(3)).toBe(2)
    expect(shardCount(RECORDS_PER_SHARD * 3)).toBe(3)
    expect(shardCount(RECORDS_PER_SHARD * 3 + 1)).toBe(4)
    expect(shardCount(100_000)).toBe(MAX_SHARDS)
    expect(shardRecords([])).toEqual([[]])
    expect(shardRecords([record(0, 0)])).toEqual([[{...record(0, 0), filters: {[SHARD_FILTER]: ['0']}}]])
  })

  it('changes only the edited record’s shard when a section’s text changes or a section is added', () => {
    const records = book(30, 50)
    const before = shardRecords(records)
    const changed = (after: SearchRecord[][]): number[] => after.flatMap((shard, index) => (JSON.stringify(shard) !== JSON.stringify(before[index]) ? [index] : []))
    const edited = records.map((item) => (item.url === '/c7/#s3' ? {...item, blocks: [{anchor: null, text: 'edited text'}]} : item))
    expect(changed(shardRecords(edited))).toEqual([shardOf('/c7/#s3', before.length)])
    const added = [...records.slice(0, 400), record(7, 999, 'a new section'), ...records.slice(400, records.length - 1)]
    expect(changed(shardRecords(added)).length).toBeLessThanOrEqual(2)
  })
})
