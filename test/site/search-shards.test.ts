import {describe, expect, it} from 'vitest'
import type {SearchRecord} from '../../src/search/search-records.ts'
import {MAX_SHARDS, RECORDS_PER_SHARD, shardCount, shardRecords} from '../../src/search/search-shards.ts'

const record = (chapter: number, n: number): SearchRecord => ({url: `/c${chapter}/#r-${n}`, content: `text ${n}`, language: 'en', meta: {title: `c${chapter}`}, filters: {}})
const book = (sizes: number[]): SearchRecord[][] => sizes.map((size, chapter) => Array.from({length: size}, (_, n) => record(chapter, n)))
const chaptersOf = (shard: SearchRecord[]): string[] => [...new Set(shard.map((item) => item.meta.title!))]

describe('search index shards', () => {
  it('deals whole chapters to the shards in turn, in document order, keeping every record once', () => {
    const chapters = book([3, 0, 5, 2, 4])
    const shards = shardRecords(chapters)
    // Four chapters with records: two shards; the empty chapter takes no turn.
    expect(shards.map(chaptersOf)).toEqual([
      ['c0', 'c3'],
      ['c2', 'c4'],
    ])
    expect(shards.flat().map((item) => item.url).sort()).toEqual(chapters.flat().map((item) => item.url).sort())
  })

  it('has one shard for one chapter, at least two for more, about one per RECORDS_PER_SHARD records, at most MAX_SHARDS', () => {
    expect(shardCount(0, 0)).toBe(1)
    expect(shardCount(1, 5000)).toBe(1)
    expect(shardCount(3, 10)).toBe(2)
    expect(shardCount(121, 3654)).toBe(Math.min(MAX_SHARDS, Math.ceil(3654 / RECORDS_PER_SHARD)))
    expect(shardCount(4, 100_000)).toBe(4)
    expect(shardCount(1000, 100_000)).toBe(MAX_SHARDS)
    expect(shardRecords([])).toEqual([[]])
  })

  it('changes only the edited chapter’s shard when a chapter’s text changes', () => {
    const before = shardRecords(book([4, 4, 4, 4, 4, 4]))
    const edited = book([4, 4, 4, 4, 4, 4])
    edited[3]![1]!.content = 'edited text'
    const after = shardRecords(edited)
    const changed = after.map((shard, index) => JSON.stringify(shard) !== JSON.stringify(before[index]))
    expect(changed.filter(Boolean)).toHaveLength(1)
    expect(chaptersOf(after[changed.indexOf(true)]!)).toContain('c3')
  })
})
