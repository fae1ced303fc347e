/**
 * The search phase of a build, on its own so that `specmark build` can start it as soon as `check` has
 * passed, before it loads the renderer and the rest of the build (over a second of module loading):
 * pagefind indexes in its own process, so every moment it starts earlier comes off the build's wall
 * time. The index is sharded (`src/search/search-shards.ts`): an edit re-indexes the shards holding the
 * records it changed and keeps the others. Prepares the output folder first (the index is written into it).
 * Pagefind's client runs on this thread, between the build's steps (a thread of its own cost an edit
 * more CPU than it saved in time).
 * `buildSite` starts it itself when not given one.
 */
import path from 'node:path'
import {cacheEnabled} from '../cache/cache.ts'
import {inPhase} from '../diagnostics/phase.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import {writeSearchIndex, type IndexResult} from '../search/pagefind-index.ts'
import {searchRecords, type SearchRecord} from '../search/search-records.ts'
import {shardRecords} from '../search/search-shards.ts'
import {prepareOutDir} from './out-dir.ts'

export interface SearchPhase {
  /** The output folder it writes into (absolute). */
  outDir: string
  /** Whether that folder held a previous build's files when this build started (`prepareOutDir`). */
  previousBuild: boolean
  records: number
  /** Settles once the bundle is written (or kept), with how long that took from the start (ms). */
  done: Promise<{time: number; index: IndexResult}>
}

/** The search records of the model's book, with its language, search settings and hidden-line prefixes. */
export function bookSearchRecords(model: Model): SearchRecord[] {
  return searchRecords(model.spec, {language: model.project.language, search: model.project.search, hidelines: model.project.codeHidelines})
}

/** Prepares `outDir` (`display`: as the user wrote it) and starts indexing the model's records into it. */
export async function startSearch(model: Model, outDir: string, display: string, cache?: boolean): Promise<SearchPhase> {
  const start = Date.now()
  const folder = path.resolve(outDir)
  const previousBuild = await prepareOutDir(folder, display)
  const shards = shardRecords(bookSearchRecords(model))
  const caching = cacheEnabled(cache)
  const options = {cache: {root: model.project.root, enabled: caching}}
  const done = inPhase('indexing for search', model.project.root, () => writeSearchIndex(shards, path.join(folder, 'pagefind'), options)).then((index) => ({
    time: Date.now() - start,
    index,
  }))
  // Awaited by the build; until then a failure must not surface as an unhandled rejection.
  done.catch(() => {})
  return {outDir: folder, previousBuild, records: shards.reduce((sum, records) => sum + records.length, 0), done}
}
