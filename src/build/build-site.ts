/**
 * The site build, in one function (what `specmark build` runs once `check` passed): the pagefind index
 * is made from the model, not from the pages, so it is built (by pagefind's own process) while the
 * specification is rendered and the Astro pages are generated; then what the previous build left behind
 * is removed. Returns timings for the command to print.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {LoadedSpec} from '../pipeline/load-spec.ts'
import {renderSpec} from '../render/render-spec.ts'
import {writeSearchIndex} from '../search/pagefind-index.ts'
import {searchRecords} from '../search/search-records.ts'
import {prepareOutDir, removeStaleFiles, writeMarker} from './out-dir.ts'
import {runAstro} from './run-astro.ts'

export interface BuildOptions {
  /** Output folder (absolute, or relative to the working directory). */
  outDir: string
  /** URL path the site is served under (default `/`). */
  base?: string
  /** Use the render cache (default true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
}

export interface BuildSummary {
  outDir: string
  chapters: number
  renderedFromCache: number
  rules: number
  searchRecords: number
  staleFilesRemoved: number
  /** Milliseconds per phase; the search index is built alongside the other two (from the start). */
  timings: {render: number; pages: number; search: number; total: number}
}

export async function buildSite(loaded: LoadedSpec, options: BuildOptions): Promise<BuildSummary> {
  const start = Date.now()
  const outDir = path.resolve(options.outDir)
  await prepareOutDir(outDir, options.outDir)

  const records = searchRecords(loaded.spec)
  const search = writeSearchIndex(records, path.join(outDir, 'pagefind')).then(() => Date.now() - start)
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  search.catch(() => {})

  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-site-'))
  try {
    const {rendered, stats} = await renderSpec(loaded, {base: options.base, cache: options.cache})
    const renderDone = Date.now()
    const dataFile = path.join(dataDir, 'rendered.json')
    await fs.writeFile(dataFile, JSON.stringify(rendered))
    await runAstro({outDir, dataFile, base: rendered.base})
    const pagesDone = Date.now()
    const searchTime = await search
    const staleFilesRemoved = await removeStaleFiles(outDir, start)
    await writeMarker(outDir, {root: loaded.project.root, title: rendered.title, version: rendered.version})
    return {
      outDir,
      chapters: stats.chapters,
      renderedFromCache: stats.cached,
      rules: rendered.rules.length,
      searchRecords: records.length,
      staleFilesRemoved,
      timings: {render: renderDone - start, pages: pagesDone - renderDone, search: searchTime, total: Date.now() - start},
    }
  } finally {
    // Never leave pagefind writing into the folder after returning, even when another phase failed.
    await search.catch(() => {})
    await fs.rm(dataDir, {recursive: true, force: true})
  }
}
