/**
 * Writes the pagefind search bundle (`<out>/pagefind/`) from custom records, through pagefind's Node
 * API, as Starlight's integration does: create the index, add the records, write the files, and always
 * close the pagefind service. Failures keep their cause.
 * <https://github.com/withastro/starlight/blob/3999be7c/packages/starlight/integrations/pagefind.ts>
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
import * as pagefind from 'pagefind'
import {cacheKey, openCache} from '../cache/cache.ts'
import type {SearchRecord} from './search-records.ts'

/** At most this many fragment files per language, shared out between the shards. */
const MAX_FRAGMENTS = 256
/** pagefind's options for each shard of `count`. */
const config = (count: number): {forceLanguage: string; maxFragments: number} => ({forceLanguage: 'en', maxFragments: Math.ceil(MAX_FRAGMENTS / count)})
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

/** The folder of shard `index`, relative to the bundle folder ('' for the first). */
export function shardFolder(index: number): string {
  return index === 0 ? '' : `shard-${index}`
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
  const plans = layout.map((records, index) => {
    const folder = path.join(outputPath, shardFolder(index))
    // cacheKey covers specmark's code and the installed pagefind.
    const shardKey = enabled ? cacheKey('search shard', path.resolve(folder)) : ''
    const recordsKey = enabled ? cacheKey('search records', JSON.stringify(config(layout.length)), String(index), JSON.stringify(records)) : ''
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
  try {
    await fs.promises.rm(staging, {recursive: true, force: true})
    // One pagefind service takes the shards' messages; each shard is its own index in it.
    await Promise.all(
      plans
        .filter((plan) => !plan.kept)
        .map(async (plan) => {
          const written = await indexShard(plan.records, path.join(staging, String(plan.index)), config(plans.length))
          // The first shard is the bundle the page loads; the others are merged into it: their data only.
          const files = plan.index === 0 ? written.files : written.files.filter(isIndexData)
          for (const file of files) moveIfChanged(path.join(written.outputPath, file), path.join(plan.folder, file))
          plan.files = files.map((file) => path.join(plan.folder, file))
          if (enabled) memory.set(plan.shardKey, {records: plan.recordsKey, files})
        })
    )
    writeIfChanged(manifest, shardList)
    return result()
  } catch (cause) {
    throw new Error('Failed to run Pagefind.', {cause})
  } finally {
    await pagefind.close()
    await fs.promises.rm(staging, {recursive: true, force: true})
  }
}

/** What `writeSearchIndexJob` is sent. */
export interface SearchIndexJob {
  shards: SearchRecord[][]
  outputPath: string
  options: IndexOptions
}

/**
 * `writeSearchIndex` as a task of the worker pool (`src/build/site-search.ts`): there, pagefind's replies
 * are taken as they come, not when the build's thread is between two synchronous steps. A failure comes
 * back as its message and its cause's (to be thrown again as the same error), not as a worker's crash.
 */
export async function writeSearchIndexJob(job: SearchIndexJob): Promise<{result: IndexResult; failure?: undefined} | {failure: {message: string; cause: string | null}}> {
  try {
    return {result: await writeSearchIndex(job.shards, job.outputPath, job.options)}
  } catch (error) {
    const cause = (error as Error).cause
    return {failure: {message: (error as Error).message, cause: cause === undefined ? null : cause instanceof Error ? cause.message : String(cause)}}
  }
}

/** Indexes `records` as one pagefind index written to `outputPath`; its files, relative to it. */
async function indexShard(records: SearchRecord[], outputPath: string, options: ReturnType<typeof config>): Promise<{outputPath: string; files: string[]}> {
  const created = await pagefind.createIndex(options)
  const index = created.index
  if (!index) throw new Error(created.errors.join('\n') || 'pagefind created no index')
  const added = await Promise.all(records.map((record) => index.addCustomRecord(record)))
  const errors = added.flatMap((response) => response.errors)
  if (errors.length > 0) throw new Error(errors.join('\n'))
  const written = await index.writeFiles({outputPath})
  if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
  const files = fs
    .readdirSync(written.outputPath, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(written.outputPath, path.join(entry.parentPath, entry.name)))
  return {outputPath: written.outputPath, files}
}

/** Whether a file of a written bundle is index data (what `mergeIndex` reads), not pagefind's scripts. */
function isIndexData(file: string): boolean {
  const name = file.split(path.sep).join('/')
  return name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || /^(index|fragment|filter)\//.test(name)
}

function readIfExists(file: string): Buffer | null {
  try {
    return fs.readFileSync(file)
  } catch {
    return null
  }
}

function writeIfChanged(file: string, content: string): void {
  if (readIfExists(file)?.toString() === content) return
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
}

/** Moves `from` to `to` unless `to` holds the same bytes already (then `from` is left, to be removed). */
function moveIfChanged(from: string, to: string): void {
  const current = readIfExists(to)
  if (current !== null && current.equals(fs.readFileSync(from))) return
  fs.mkdirSync(path.dirname(to), {recursive: true})
  fs.renameSync(from, to)
}
