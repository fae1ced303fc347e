/**
 * The search index in shards: pagefind cannot update an index (<https://github.com/Pagefind/pagefind/issues/71>),
 * so one index of the whole book costs a whole re-index (seconds of CPU for the Reference) on every edit.
 * Split into a few shards, each its own pagefind index, an edit re-indexes only the shard holding the
 * edited chapter, and the browser merges the shards (pagefind's `mergeIndex`, `site/scripts/search.ts`).
 *
 * Whole chapters go to shards in turn (chapter i to shard i mod n, in document order): each shard then
 * holds chapters from every part of the book, so its word statistics (pagefind ranks each shard's results
 * by BM25 over that shard's own page count, word frequencies and average length, and sorts the merged
 * results by score) are close to the whole book's, and a result ranks about where it would in one index.
 * A shard per part or per run of chapters would not: a word common in one part would score low there
 * and high elsewhere. An edit that keeps the chapters' order changes one shard; adding or moving a
 * chapter re-deals them (a whole re-index, as before sharding).
 *
 * Few shards, not one per chapter: the browser fetches each shard's entry, metadata and index chunk for
 * every search. About RECORDS_PER_SHARD records each, at most MAX_SHARDS; at least two when there are two
 * chapters, so that the merged path is the one every site takes (and is the one its tests exercise).
 */
import type {SearchRecord} from './search-records.ts'

/** The shard count aims at about this many records per shard (~0.3 s of pagefind CPU each). */
export const RECORDS_PER_SHARD = 450
/** At most this many shards: the browser fetches from each for every search. */
export const MAX_SHARDS = 8

/** How many shards `records` records in `chapters` chapters (that have records) are split into. */
export function shardCount(chapters: number, records: number): number {
  if (chapters <= 1) return 1
  return Math.min(MAX_SHARDS, chapters, Math.max(2, Math.ceil(records / RECORDS_PER_SHARD)))
}

/** The records (given per chapter, in document order) split into shards of whole chapters, dealt in turn. */
export function shardRecords(byChapter: SearchRecord[][]): SearchRecord[][] {
  const chapters = byChapter.filter((records) => records.length > 0)
  const count = shardCount(chapters.length, chapters.reduce((sum, records) => sum + records.length, 0))
  const shards: SearchRecord[][] = Array.from({length: count}, () => [])
  chapters.forEach((records, index) => shards[index % count]!.push(...records))
  return shards
}
