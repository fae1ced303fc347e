/**
 * bench/search-shards: what sharding the search index (`src/search/search-shards.ts`) does to results, on
 * the Reference. The same records are indexed twice, as one pagefind index and in the build's shards,
 * and the same queries are run on both in Chromium (the shards merged with `mergeIndex`, as the site's
 * search script does). Printed per query set: result counts (which records match does not depend on
 * sharding: they must be equal), how often the first result is the same, and the overlap of the first ten
 * (pagefind ranks each shard by its own word statistics, then sorts the merged results by score).
 * `SHARD_COUNTS=2,4` also measures those counts of shards. Figures are printed, never asserted.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {assembleModel} from '../src/pipeline/assemble-model.ts'
import {writeSearchIndex} from '../src/search/pagefind-index.ts'
import {bookSearchRecords} from '../src/build/site-search.ts'
import {shardCount, shardRecords} from '../src/search/search-shards.ts'
import {serveStatic} from '../test/helpers/static-server.ts'
import {launchChromium} from '../test/helpers/chromium.ts'
import {searchShards} from '../site/scripts/shard-search.ts'
import {REFERENCE} from '../test/helpers/shared.ts'

/** Queries a reader of the Reference might type: topics, phrases, single words common and rare. */
const QUERIES = [
  'lifetime elision', 'trait object', 'closure capture', 'unsafe', 'pattern binding', 'constant evaluation', 'macro hygiene',
  'drop order', 'temporary lifetime', 'integer overflow', 'raw pointer', 'associated type', 'where clause', 'match guard',
  'borrow', 'move', 'visibility', 'extern crate', 'attribute', 'inline assembly', 'coercion', 'deref', 'generic parameter',
  'loop label', 'struct expression', 'tuple', 'array length', 'discriminant', 'union field', 'static mut', 'panic',
  'undefined behavior', 'type layout', 'repr', 'never type', 'async block', 'await', 'const generics', 'dyn', 'auto trait',
  'sized', 'copy', 'shadowing', 'prelude', 'path resolution', 'use declaration', 'doc comment', 'whitespace', 'keyword',
  'literal suffix', 'shebang', 'cfg', 'derive', 'test attribute', 'must_use', 'inline', 'linkage', 'abi', 'no_std', 'main function',
]

async function searchAll(dir: string, queries: string[]): Promise<Array<{count: number; urls: string[]}>> {
  const server = await serveStatic(dir)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.goto(`${server.url}/pagefind/shards.json`)
    // The site's own search over the shards (self-contained; Node has stripped its types).
    await page.evaluate(`window.searchShards = ${searchShards.toString()}`)
    return await page.evaluate(async (queries) => {
      const script = '/pagefind/pagefind.js'
      const pagefind = await import(script)
      await pagefind.options({baseUrl: '/'})
      await pagefind.init()
      const shards: string[] = (await (await fetch('/pagefind/shards.json')).json()).shards
      await Promise.all(shards.map((shard) => pagefind.mergeIndex(`/pagefind/${shard}`, {baseUrl: '/'})))
      await pagefind.filters()
      const results = []
      for (const query of queries) {
        const found = await (window as unknown as {searchShards: typeof searchShards}).searchShards(pagefind, query, {}, shards.length + 1)
        const top = (await Promise.all(found.slice(0, 10).map((result) => result.data()))) as Array<{url: string}>
        results.push({count: found.length, urls: top.map((data) => data.url)})
      }
      return results
    }, queries)
  } finally {
    await browser.close()
    await server.close()
  }
}

export async function benchSearchShards(): Promise<string[]> {
  // No cache: the corpus is read-only.
  const model = await assembleModel(REFERENCE, {cache: false})
  // The records the build indexes (the Reference's search settings leave three chapters out).
  const records = bookSearchRecords(model)
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-shards-'))
  const lines: string[] = []
  try {
    const one = path.join(scratch, 'one')
    await writeSearchIndex([records], path.join(one, 'pagefind'))
    const a = await searchAll(one, QUERIES)
    const counts = [shardCount(records.length), ...(process.env.SHARD_COUNTS ?? '').split(',').filter(Boolean).map(Number)]
    for (const count of counts) {
      const sharded = path.join(scratch, `sharded-${count}`)
      const shards = shardRecords(records, count)
      await writeSearchIndex(shards, path.join(sharded, 'pagefind'))
      const b = await searchAll(sharded, QUERIES)
      let sameCount = 0
      let sameFirst = 0
      let overlap = 0
      const differentCount: string[] = []
      for (const [index, query] of QUERIES.entries()) {
        const [x, y] = [a[index]!, b[index]!]
        if (x.count === y.count) sameCount++
        else differentCount.push(`${query} (${x.count} vs ${y.count})`)
        if (x.urls[0] === y.urls[0]) sameFirst++
        const top = new Set(x.urls)
        overlap += x.urls.length === 0 ? 1 : y.urls.filter((url) => top.has(url)).length / x.urls.length
      }
      const n = QUERIES.length
      lines.push(
        `search-shards (Reference, ${records.length} records, ${shards.length} shards${count === counts[0] ? ', as built' : ''} vs one index, ${n} queries): ` +
          `same result count ${sameCount}/${n}; same first result ${sameFirst}/${n}; mean overlap of the first ten ${((overlap / n) * 100).toFixed(0)}%` +
          (differentCount.length > 0 ? `; counts differ for: ${differentCount.join(', ')}` : '')
      )
    }
    return lines
  } finally {
    fs.rmSync(scratch, {recursive: true, force: true})
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchSearchShards()) console.log(line)
}
