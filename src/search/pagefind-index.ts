/**
 * Writes the pagefind search bundle (`<out>/pagefind/`) from custom records, through pagefind's Node
 * API, as Starlight's integration does: create the index, add the records, write the files, and always
 * close the pagefind service. Failures keep their cause.
 * <https://github.com/withastro/starlight/blob/3999be7c/packages/starlight/integrations/pagefind.ts>
 *
 * Fragments are bundled (`maxFragments`) so that the index is a few hundred files rather than one per
 * record: creating thousands of small files dominates the build time on slow disks.
 *
 * The bundle folder is emptied first: pagefind leaves files it finds unchanged untouched, so their age
 * cannot tell the build's stale-file sweep (`src/build/out-dir.ts`) what is current.
 */
import fs from 'node:fs/promises'
import * as pagefind from 'pagefind'
import type {SearchRecord} from './search-records.ts'

/** At most this many fragment files per language. */
const MAX_FRAGMENTS = 256

export interface IndexResult {
  records: number
  outputPath: string
}

/** Indexes `records` and writes the bundle to `outputPath`. */
export async function writeSearchIndex(records: SearchRecord[], outputPath: string): Promise<IndexResult> {
  try {
    const created = await pagefind.createIndex({forceLanguage: 'en', maxFragments: MAX_FRAGMENTS})
    const index = created.index
    if (!index) throw new Error(created.errors.join('\n') || 'pagefind created no index')
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)))
    const errors = added.flatMap((response) => response.errors)
    if (errors.length > 0) throw new Error(errors.join('\n'))
    await fs.rm(outputPath, {recursive: true, force: true})
    const written = await index.writeFiles({outputPath})
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'))
    return {records: records.length, outputPath: written.outputPath}
  } catch (cause) {
    throw new Error('Failed to run Pagefind.', {cause})
  } finally {
    await pagefind.close()
  }
}
