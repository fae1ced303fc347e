/**
 * The search index in shards: pagefind cannot update an index (<https://github.com/Pagefind/pagefind/issues/71>),
 * so one index of the whole book costs a whole re-index (seconds of CPU for the Reference) on every edit.
 * Split into a few shards, each its own pagefind index, an edit re-indexes only the shards holding the
 * records it changed, and the browser merges the shards (pagefind's `mergeIndex`, `site/scripts/search.ts`).
 *
 * Each record goes to the shard its URL hashes to (its section's anchor, stable across edits): a one-word
 * edit changes one record, hence one shard, and so does adding a paragraph or a section.
 * Hashing also spreads every chapter over every shard, so each shard's word statistics are those of a
 * random sample of the book: pagefind ranks each shard's results by BM25 over that shard's own page
 * count, word frequencies and average length, then sorts the merged results by score, so a result ranks
 * about where it would in one index (`bench/search-shards.ts` compares the two). Shards of whole chapters
 * or parts would not: a word common in one chapter would score low in its shard and high elsewhere.
 *
 * Few shards, not one per chapter: the browser fetches each shard's entry, metadata and index chunk for
 * every search. About RECORDS_PER_SHARD records each, at most MAX_SHARDS, and at least two for two records
 * or more, so that the merged path is the one every site takes (and the one its tests exercise). When
 * the count changes (the book grew past a multiple of RECORDS_PER_SHARD), every shard is made anew.
 */
import {hash} from 'node:crypto'
import type {SearchRecord} from './search-records.ts'

/**
 * The shard count aims at about this many records (sections) per shard (~0.4 s of pagefind CPU each, what
 * an edit re-indexes). Fewer records a shard were worse: see MAX_SHARDS.
 */
export const RECORDS_PER_SHARD = 400
/**
 * At most this many shards: the browser fetches from each for every search, and the fewer the records of
 * a shard, the further its word statistics are from the book's. On the Reference's 739 sections
 * (`bench/search-shards.ts`, 60 queries), 2 shards (as built) gave the one index's result count for all
 * 60 queries, its first result for 52 (96% of the first ten the same); 4 shards the count for 58 (two
 * rare words matched fewer sections: `shebang`, `must_use`), the first result for 43 (93%); 8 shards 46,
 * 41 (88%).
 */
export const MAX_SHARDS = 4

/** How many shards an index of `records` records is split into. */
export function shardCount(records: number): number {
  if (records < 2) return 1
  return Math.min(MAX_SHARDS, Math.max(2, Math.ceil(records / RECORDS_PER_SHARD)))
}

/** The shard (of `count`) a record belongs to, by its URL (one hash call each, not a hash object: thousands of records). */
export function shardOf(url: string, count: number): number {
  return hash('sha256', url, 'buffer').readUInt32BE(0) % count
}

/** The filter naming each record's shard (by its place in the list of shards), for the search script. */
export const SHARD_FILTER = 'shard'

/**
 * The records split into shards by their URLs, each in document order, each record given its shard as
 * the SHARD_FILTER filter (`site/scripts/shard-search.ts` leaves out the shards that lack one of a
 * query's words); shards that no record hashed to are left out (a shard is never empty). `count` is
 * the build's (`shardCount`) unless given (`bench/search-shards.ts` compares counts).
 */
export function shardRecords(records: SearchRecord[], count = shardCount(records.length)): SearchRecord[][] {
  const shards: SearchRecord[][] = Array.from({length: count}, () => [])
  for (const record of records) shards[shardOf(record.url, count)]!.push(record)
  const filled = shards.filter((shard) => shard.length > 0)
  if (filled.length === 0) return [[]]
  return filled.map((shard, index) => shard.map((record) => ({...record, filters: {...record.filters, [SHARD_FILTER]: [String(index)]}})))
}
