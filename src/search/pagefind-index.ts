/**
 * Writes the pagefind search bundle (`<out>/pagefind/`) from the records (`search-records.ts`): which shards to index, and
 * what to remember of them; pagefind's own part is `pagefind-shards.ts`.
 *
 * The records come in shards (`search-shards.ts`), each its own pagefind index: the first is the bundle
 * itself (`pagefind/`, with pagefind's script and WebAssembly), each other one only an index's data
 * (`pagefind/shard-<n>/`: entry, metadata, index chunks, filters, fragments), which the browser merges
 * into the first (`mergeIndex`); `pagefind/shards.json` lists them for the search script. Pagefind cannot
 * update an index (<https://github.com/Pagefind/pagefind/issues/71>): a shard whose records changed is
 * indexed whole, but a shard whose records are those it was made from (remembered in the one cache, per
 * output folder and shard) is kept as it is, so an edit re-indexes one shard, not the book.
 *
 * Fragments are bundled (`maxFragments`, shared out between the shards) so that the index is a few
 * hundred files rather than one per record: creating thousands of small files dominates the build time
 * on slow disks.
 *
 * Pagefind writes each shard into a staging folder beside the bundle; only the files whose bytes changed
 * are moved into place (most of an index's files are named by their content and survive an edit), so that
 * a build re-writes only what changed. The result lists every file of the bundle, for the build's
 * stale-file sweep (`src/build/out-dir.ts`), which removes the files of the previous bundle (and shards)
 * that are no longer part of it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {cacheKey, openCache} from '../cache/cache.ts'
import {indexShards, readIfExists, shardConfig, shardFolder, type ShardsJob} from './pagefind-shards.ts'
import type {SearchRecord} from './search-records.ts'

/** The list of merged shards, in the bundle folder, read by the search script. */
export const SHARDS_FILE = 'shards.json'

export interface IndexResult {
  /** Records in the whole index. */
  records: number
  /** Records indexed by this build (those of the shards not kept). */
  indexed: number
  shards: number
  /** Shards indexed by this build (not kept). */
  shardsIndexed: number
  outputPath: string
  /** Every file of the bundle (absolute paths). */
  files: string[]
  /** Whether the whole bundle in place was kept (every shard made from the same records by the same code). */
  kept: boolean
}

export interface IndexOptions {
  /** Remember the records in the cache of the spec at `root`, to keep a shard when they recur. */
  cache?: {root: string; enabled: boolean}
}

/** What a shard in an output folder was made from, and its files (relative to the shard's folder). */
interface ShardRecord {
  records: string
  files: string[]
}

/** The folders writing the bundle at `outputPath` writes into: the bundle's, and its staging folder. */
export function bundleFolders(outputPath: string): [bundle: string, staging: string] {
  // Beside the bundle, in the same folder (so that moving a file is a rename); never left behind.
  return [outputPath, path.join(path.dirname(outputPath), `.${path.basename(outputPath)}-staging`)]
}

/** Indexes each shard of records whose bundle in `outputPath` was not made from just these, and writes it. */
export async function writeSearchIndex(shards: SearchRecord[][], outputPath: string, options: IndexOptions = {}): Promise<IndexResult> {
  const enabled = options.cache?.enabled ?? false
  const memory = openCache<ShardRecord>(options.cache?.root ?? outputPath, 'search', enabled)
  const [, staging] = bundleFolders(outputPath)
  const layout = shards.length === 0 ? [[]] : shards
  const language = shards.find((records) => records.length > 0)?.[0]?.language ?? 'en'
  const plans = layout.map((records, index) => {
    const folder = path.join(outputPath, shardFolder(index))
    // cacheKey covers specmark's code and the installed pagefind.
    const shardKey = enabled ? cacheKey('search shard', path.resolve(folder)) : ''
    const recordsKey = enabled ? cacheKey('search records', JSON.stringify(shardConfig(layout.length, language)), String(index), JSON.stringify(records)) : ''
    const previous = enabled ? memory.get(shardKey) : null
    const keptFiles = previous?.records === recordsKey ? previous.files.map((file) => path.join(folder, file)) : null
    const kept = keptFiles !== null && keptFiles.every((file) => fs.existsSync(file))
    return {index, records, folder, shardKey, recordsKey, kept, files: kept ? keptFiles : []}
  })
  const manifest = path.join(outputPath, SHARDS_FILE)
  const result = (): IndexResult => {
    const redone = plans.filter((plan) => !plan.kept)
    return {
      records: plans.reduce((sum, plan) => sum + plan.records.length, 0),
      indexed: redone.reduce((sum, plan) => sum + plan.records.length, 0),
      shards: plans.length,
      shardsIndexed: redone.length,
      outputPath,
      files: [...plans.flatMap((plan) => plan.files), manifest],
      kept: redone.length === 0,
    }
  }
  const shardList = `${JSON.stringify({shards: plans.slice(1).map((plan) => `${shardFolder(plan.index)}/`)})}\n`
  if (plans.every((plan) => plan.kept) && readIfExists(manifest)?.toString() === shardList) return result()
  const redo = plans.filter((plan) => !plan.kept)
  const job: ShardsJob = {shards: redo.map(({index, records, folder}) => ({index, records, folder})), count: plans.length, language, staging}
  const files = await indexHere(job)
  for (const [at, plan] of redo.entries()) {
    plan.files = files[at]!
    if (enabled) memory.set(plan.shardKey, {records: plan.recordsKey, files: plan.files.map((file) => path.relative(plan.folder, file))})
  }
  writeIfChanged(manifest, shardList)
  return result()
}

async function indexHere(job: ShardsJob): Promise<string[][]> {
  try {
    return await indexShards(job)
  } catch (cause) {
    throw pagefindFailure(cause)
  }
}

/** A failure of pagefind's part, as the build reports it: saying what failed. */
function pagefindFailure(cause: unknown): Error {
  return new Error(`Failed to run Pagefind: ${cause instanceof Error ? cause.message : String(cause)}`, {cause})
}

function writeIfChanged(file: string, content: string): void {
  if (readIfExists(file)?.toString() === content) return
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
}

