/**
 * Pagefind's own part of writing the search bundle (`pagefind-index.ts` decides which shards to index,
 * and keeps what it needs of them in the cache): each shard given is indexed as one pagefind index in a
 * staging folder, through pagefind's Node API as Starlight's integration does, and the files whose bytes
 * changed are moved into place. The pagefind service is always closed, and the staging folder removed.
 * <https://github.com/withastro/starlight/blob/3999be7c/packages/starlight/integrations/pagefind.ts>

 */
import fs from 'node:fs'
import path from 'node:path'
import type {Element, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import * as pagefind from 'pagefind'
import type {SearchRecord} from './search-records.ts'

/** At most this many fragment files per language, shared out between the shards. */
const MAX_FRAGMENTS = 256

/**
 * pagefind's options for each shard of `count`: every shard in the book's language, the one its pages'
 * `<html lang>` names, which pagefind's client looks for.
 */
export const shardConfig = (count: number, language: string): {forceLanguage: string; maxFragments: number} => ({forceLanguage: language, maxFragments: Math.ceil(MAX_FRAGMENTS / count)})

/** The folder of shard `index`, relative to the bundle folder ('' for the first). */
export function shardFolder(index: number): string {
  return index === 0 ? '' : `shard-${index}`
}

/** What `indexShards` is given: the shards to index, of the bundle's `count`, and the staging folder to index them in. */
export interface ShardsJob {
  shards: Array<{index: number; records: SearchRecord[]; folder: string}>
  count: number
  /** The records' language (`SearchRecord.language`, one per book). */
  language: string
  staging: string
}

/**
 * Indexes each shard of `job` and moves its files into its folder. Returns each shard's files (absolute
 * paths, in the order of `job.shards`): the first shard's whole bundle, the other shards' index data.
 */
export async function indexShards(job: ShardsJob): Promise<string[][]> {
  try {
    // Synchronous, so that pagefind starts now, not when this thread next turns its event loop (which a
    // build's synchronous steps put off when the index is written from the build's thread).
    fs.rmSync(job.staging, {recursive: true, force: true})
    // Made here, so that a folder pagefind cannot write into fails now, with its reason.
    fs.mkdirSync(job.staging, {recursive: true})
    // One pagefind service takes the shards' messages; each shard is its own index in it.
    const indexed = Promise.all(
      job.shards.map(async (shard) => {
        const written = await indexShard(shard.records, path.join(job.staging, String(shard.index)), shardConfig(job.count, job.language))
        // The first shard is the bundle the page loads; the others are merged into it: their data only.
        const files = shard.index === 0 ? written.files : written.files.filter(isIndexData)
        for (const file of files) moveIfChanged(path.join(written.outputPath, file), path.join(shard.folder, file))
        return files.map((file) => path.join(shard.folder, file))
      })
    )
    return await unlessAbandoned(indexed)
  } finally {
    await pagefind.close()
    await fs.promises.rm(job.staging, {recursive: true, force: true})
  }
}

/**
 * `work`, or a failure once pagefind's process has ended with a request unanswered. Its client notices
 * the end only when it next writes to the process: one that ends between two requests (killed, out of
 * memory, a panic while writing the files) leaves the last one unanswered, and the build ended as if it
 * had succeeded. The client holds
 * its process among what keeps this thread's event loop alive while a request is pending, so the
 * process is looked for there (`getActiveResourcesInfo`), four times a second (a timer that keeps the
 * loop alive itself until the work settles: the build waits for it anyway).
 */
function unlessAbandoned<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const ended = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      if (!process.getActiveResourcesInfo().includes('ProcessWrap')) reject(new Error("pagefind's process ended without answering"))
    }, 250)
  })
  return Promise.race([work, ended]).finally(() => clearInterval(timer))
}

/** Indexes `records` as one pagefind index written to `outputPath`; its files, relative to it. */
async function indexShard(records: SearchRecord[], outputPath: string, options: ReturnType<typeof shardConfig>): Promise<{outputPath: string; files: string[]}> {
  const created = await pagefind.createIndex(options)
  const index = created.index
  if (!index) throw new Error(created.errors.join('\n') || 'pagefind created no index')
  const added = await Promise.all(records.map((record) => index.addHTMLFile({url: record.url, content: recordPage(record)})))
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

/** The id of the `div` holding a section's unlabelled text (pagefind records only elements with an id). */
export const SECTION_TEXT_ID = 'section-text'

/**
 * A record as the page pagefind indexes: its metadata and filters in the head (pagefind reads them from
 * the `content` attribute, so they are not part of the text), and each block in the body, a labelled
 * one as a paragraph with its anchor, unlabelled text as a `div` (`SECTION_TEXT_ID`): pagefind records
 * each element with an id, and where in the page's words it starts, for the search dialog to land a
 * match on its paragraph, or on the section for unlabelled text.
 */
export function recordPage(record: SearchRecord): string {
  const meta = (attribute: string, name: string, value: string): Element => ({type: 'element', tagName: 'meta', properties: {[attribute]: `${name}[content]`, content: value}, children: []})
  const head = [
    ...Object.entries(record.meta).map(([name, value]) => meta('dataPagefindMeta', name, value)),
    ...Object.entries(record.filters).flatMap(([name, values]) => values.map((value) => meta('dataPagefindFilter', name, value))),
  ]
  const body = record.blocks.map(
    (block): Element => ({type: 'element', tagName: block.anchor !== null ? 'p' : 'div', properties: {id: block.anchor ?? SECTION_TEXT_ID}, children: [{type: 'text', value: block.text}]})
  )
  const page: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      {
        type: 'element',
        tagName: 'html',
        properties: {lang: record.language},
        children: [
          {type: 'element', tagName: 'head', properties: {}, children: head},
          {type: 'element', tagName: 'body', properties: {}, children: body},
        ],
      },
    ],
  }
  return toHtml(page)
}

/** Whether a file of a written bundle is index data (what `mergeIndex` reads), not pagefind's scripts. */
function isIndexData(file: string): boolean {
  const name = file.split(path.sep).join('/')
  return name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || /^(index|fragment|filter)\//.test(name)
}

/** Moves `from` to `to` unless `to` holds the same bytes already (then `from` is left, to be removed). */
function moveIfChanged(from: string, to: string): void {
  const current = readIfExists(to)
  if (current !== null && current.equals(fs.readFileSync(from))) return
  fs.mkdirSync(path.dirname(to), {recursive: true})
  fs.renameSync(from, to)
}

export function readIfExists(file: string): Buffer | null {
  try {
    return fs.readFileSync(file)
  } catch {
    return null
  }
}
