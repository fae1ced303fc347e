/**
 * Full-text search over the index's shards (`src/search/search-shards.ts`), merged into one pagefind
 * instance (`mergeIndex`), with one index's meaning. Pagefind leaves out of a query the words its index
 * does not hold (so that a typo does not empty the results): in a shard without one of the query's words,
 * the other words alone would match, and "macro hygiene" would list every paragraph about macros of the
 * shards where "hygiene" is not written. So each word of a query of several is first looked up alone,
 * as the query itself matches it (a word also matches the longer words it begins: `eval` finds
 * "evaluation"), without the reader's filters: a shard holding no match of a word that the book holds cannot hold a
 * paragraph with every word, and is left out of the search (each record carries its shard as the
 * `shard` filter, whose counts pagefind gives once the filters are loaded: `filters()` first). Words the
 * whole book lacks are left out by pagefind, as in one index.
 *
 * Self-contained (no imports, no outer names): `bench/search-shards.ts` runs this same function in the
 * browser against one index and against the shards.
 */
export interface ShardedEngine {
  search: (
    query: string,
    options: {filters: Record<string, unknown>}
  ) => Promise<{results: Array<{id: string; data: () => Promise<unknown>}>; filters?: Record<string, Record<string, number>>; totalFilters?: Record<string, Record<string, number>>}>
}

export async function searchShards(engine: ShardedEngine, query: string, filters: Record<string, unknown>, shards: number): Promise<Array<{id: string; data: () => Promise<unknown>}>> {
  // A quoted phrase's words are looked up one by one too: a shard lacking one cannot hold the phrase.
  const words = query.replace(/"/g, ' ').split(/\s+/).filter((word) => word !== '')
  let allowed: string[] | null = null
  if (shards > 1 && words.length > 1) {
    allowed = Array.from({length: shards}, (_, index) => String(index))
    for (const alone of await Promise.all(words.map((word) => engine.search(word, {filters: {}})))) {
      if (alone.results.length === 0) continue
      const counts = alone.totalFilters?.shard ?? alone.filters?.shard ?? {}
      allowed = allowed.filter((shard) => (counts[shard] ?? 0) > 0)
    }
    if (allowed.length === 0) return []
  }
  const search = await engine.search(query, {filters: allowed === null ? filters : {...filters, shard: {any: allowed}}})
  return search.results
}
