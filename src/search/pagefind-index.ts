/**
 * Writes the pagefind search bundle (`<out>/pagefind/`) from custom records, through pagefind's Node
 * API, as Starlight's integration does: create the index, add the records, write the files, and always
 * close the pagefind service. Failures keep their cause.
 * <https://github.com/withastro/starlight/blob/3999be7c/packages/starlight/integrations/pagefind.ts>
 *
 * Fragments are bundled (`maxFragments`) so that the index is a few hundred files rather than one per
 * record: creating thousands of small files dominates the build time on slow disks.
 *
 * Pagefind writes the bundle into a staging folder beside it; only the files whose bytes changed are moved
 * into the bundle folder (most of an index's files are named by their content and survive an edit), so
 * that a build re-writes only what changed. The result lists every file of the bundle, for the build's
 * stale-file sweep (`src/build/out-dir.ts`), which removes the files of the previous bundle that are
 * no longer part of it.
 *
 * Pagefind cannot update an index (<https://github.com/Pagefind/pagefind/issues/71>): any change of the
 * records costs a whole index (seconds of CPU for the Reference, in pagefind's process). When the records
 * are those the bundle in place was made from (remembered in the one cache, per output folder), the
 * bundle is kept as it is and pagefind is not started.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'
import {cacheKey, openCache} from '../cache/cache.ts'
import type {SearchRecord} from './search-records.ts'

/** At most this many fragment files per language. */
const MAX_FRAGMENTS = 256
const CONFIG = {forceLanguage: 'en', maxFragments: MAX_FRAGMENTS}

export interface IndexResult {
  records: number
  outputPath: string
  /** Every file of the bundle (absolute paths). */
  files: string[]
  /** Whether the bundle in place was kept (made from the same records by the same code). */
  kept: boolean
}

export interface IndexOptions {
  /** Remember the records in the cache of the spec at `root`, to keep the bundle when they recur. */
  cache?: {root: string; enabled: boolean}
}

/** What the bundle in an output folder was made from, and its files (relative to the bundle folder). */
interface BundleRecord {
  records: string
  files: string[]
}

/** Indexes `records` and writes the bundle to `outputPath` (unless the bundle there holds just these). */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string, options: IndexOptions = {}): Promise<IndexResult> {
  const memory = openCache<BundleRecord>(options.cache?.root ?? outputPath, 'search', options.cache?.enabled ?? false)
  const bundleKey = options.cache?.enabled ? cacheKey('search bundle', path.resolve(outputPath)) : ''
  // cacheKey covers specmark's code and the installed pagefind.
  const recordsKey = options.cache?.enabled ? cacheKey('search records', JSON.stringify(CONFIG), JSON.stringify(records)) : ''
  const previous = options.cache?.enabled ? memory.get(bundleKey) : null
  // Beside the bundle, in the same folder (so that moving a file is a rename); never left behind.
  const staging = path.join(path.dirname(outputPath), `.${path.basename(outputPath)}-staging`)
  if (previous?.records === recordsKey) {
    const files = previous.files.map((file) => path.join(outputPath, file))
    if (files.every((file) => fs.existsSync(file))) return {records: records.length, outputPath, files, kept: true}
  }
  try {
    const created = await pagefind.createIndex(CONFIG)
    const index = created.index
    if (!index) throw new Error(created.errors.join('\n') || 'pagefind created no index')
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)))
    const errors = added.flatMap((response) => response.errors)
    if (errors.length > 0) throw new Error(errors.join('\n'))
    await fs.promises.rm(staging, {recursive: true, force: true})
    const written = await index.writeFiles({outputPath: staging})
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
    const files = fs
      .readdirSync(written.outputPath, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(written.outputPath, path.join(entry.parentPath, entry.name)))
    for (const file of files) moveIfChanged(path.join(written.outputPath, file), path.join(outputPath, file))
    if (options.cache?.enabled) memory.set(bundleKey, {records: recordsKey, files})
    return {records: records.length, outputPath, files: files.map((file) => path.join(outputPath, file)), kept: false}
  } catch (cause) {
    throw new Error('Failed to run Pagefind.', {cause})
  } finally {
    await pagefind.close()
    await fs.promises.rm(staging, {recursive: true, force: true})
  }
}

/** Moves `from` to `to` unless `to` holds the same bytes already (then `from` is left, to be removed). */
function moveIfChanged(from: string, to: string): void {
  let current: Buffer | null = null
  try {
    current = fs.readFileSync(to)
  } catch {
    // Not there yet.
  }
  if (current !== null && current.equals(fs.readFileSync(from))) return
  fs.mkdirSync(path.dirname(to), {recursive: true})
  fs.renameSync(from, to)
}
