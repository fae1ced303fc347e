/**
 * The site build, in one function (what `specmark build` runs once `check` passed): the pagefind index
 * is made from the model, not from the pages, so it is built (by pagefind's own process) while the
 * specification is rendered and the pages are written; then what the previous build left behind is
 * removed. Returns timings for the command to print.
 *
 * The pages are rendered in process by the site renderer (`site-renderer.ts`: the Astro site, bundled
 * once for every specification), each from the rendered specification in memory, and only those that
 * can have changed: every page in `site-pages.ts`'s list but those whose key did not change
 * (`page-keys.ts`: a chapter page's by what it shows, another's by what it read when last rendered). A
 * page is written only when its bytes changed.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Model} from '../pipeline/assemble-model.ts'
import {inPhase} from '../diagnostics/phase.ts'
import {siteExports} from '../export/site-exports.ts'
import {cacheEnabled, openBytesCache, openCache} from '../cache/cache.ts'
import {GUIDE_ASSETS, GUIDE_PATH} from '../render/render-guide.ts'
import {renderSpec, type ExportChapters} from '../render/render-spec.ts'
import type {RenderedSpec} from '../render/types.ts'
import type {SiteTrace} from '../trace/site-trace.ts'
import {idPagesData, writeIdPagesJob, type IdPagesJob} from './id-pages.ts'
import {startSearch, type SearchPhase} from './site-search.ts'
import {bundleFolders} from '../search/pagefind-index.ts'
import {copyAdditionalFiles, copyAssets, writeCname, writeRedirects} from './book-output.ts'
import {fileClock, listOutput, removeStaleFiles, writeIfChangedSync, writeMarker, writePiecesIfChanged, type OutputListing} from './out-dir.ts'
import {planPages, printSectionKeys} from './page-keys.ts'
import {locateSiteRenderer, openSiteRenderer, PageError, type LocatedRenderer} from './site-renderer.ts'
import {writePages, type KeptSections, type PageJob, type PageJobResult, type WrittenPages} from './page-job.ts'
import {configuredWorkers, runInWorker, workerCount} from '../workers/pool.ts'
import {blockCount, buildWorkers, searchCores} from './build-workers.ts'
import {rendersCold} from '../render/render-warmup.ts'
import {normalizeBase} from '../render/urls.ts'
import {sitePages, type SitePage} from './site-pages.ts'

export interface BuildOptions {
  /** Output folder (absolute, or relative to the working directory). */
  outDir: string
  /** URL path the site is served under (default `/`). */
  base?: string
  /** Use the render cache (default true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
  /** Traceability data to show on the pages (`--tests`); without it the site has no traceability page. */
  trace?: SiteTrace | null
  /** The search phase, started already into the same folder (`startSearch`); else the build starts it. */
  search?: SearchPhase
  /** The site renderer, sought already for this model (`startSite`); else the build seeks it. */
  site?: SiteStart
}

/** What a build starts before its render: the site renderer sought, and loaded in a worker when the pages will be rendered there. */
export interface SiteStart {
  renderer: Promise<LocatedRenderer>
  /** Whether the pages go to a worker whatever the load later (a cold build of many pages: see `pagesInWorker`). */
  pagesThread: boolean
}

/**
 * Seeks the site renderer (or, once per change of specmark's site code, bundles it) and, for a cold
 * build, has a worker load it: `specmark build` starts this as soon as the model has passed its check,
 * so that the worker loads the renderer while this thread starts the search index and the render (it
 * had nothing else to do then: 0.4 s in a profile of a cold build of the Reference), not in the render.
 */
export function startSite(model: Model, options: Pick<BuildOptions, 'base' | 'cache'>): SiteStart {
  const renderer = locateSiteRenderer({base: options.base})
  renderer.catch(() => {})
  // A cold build renders every page, in a worker when they are many: that worker loads the renderer
  // now (once this thread found or bundled it), and the pages go to it whatever the load then
  // (decided once: see `pagesInWorker`).
  const pagesThread = rendersCold(model.project.root, cacheEnabled(options.cache)) && pagesInWorker(model.spec.chapters.length, blockCount(model))
  if (pagesThread) renderer.then((located) => runInWorker(OPEN_TASK, {base: normalizeBase(options.base), located})).catch(() => {})
  return {renderer, pagesThread}
}

/** specmark's own authoring guide, published as `/authoring-guide/` unless `settings.authoringGuide` is off. */
export const GUIDE_FILE = path.resolve(import.meta.dirname, '../../docs/authoring-guide.md')

let guideText: Promise<string | null> | null = null

/**
 * The authoring guide's text if `project` publishes it: specmark's guide serves writers in its dialect,
 * and an mdBook's readers are not among them (`settings.authoringGuide` decides otherwise). Read once a
 * process (the dev server asks on every save).
 */
export function readGuide(project: Pick<Model['project'], 'settings' | 'layout'>): Promise<string | null> {
  if (!(project.settings.authoringGuide ?? project.layout !== 'mdbook')) return Promise.resolve(null)
  guideText ??= fs.readFile(GUIDE_FILE, 'utf8').catch(() => null)
  return guideText
}

export interface BuildSummary {
  outDir: string
  chapters: number
  renderedFromCache: number
  rules: number
  searchRecords: number
  /** Whether the search bundle of the previous build into the folder was kept (its records were the same). */
  searchKept: boolean
  /** The index's shards, and how many of them (and of their records) this build indexed (the rest were kept). */
  searchShards: {count: number; indexed: number; records: number}
  staleFilesRemoved: number
  /** Chapter pages kept as the previous build into the same folder wrote them (nothing they show changed). */
  pagesKept: number
  /** The other pages kept so (nothing they read of the specification changed: `page-reads.ts`). */
  otherPagesKept: number
  /** Pages rendered by this build, and how many of them were written (the others' bytes were unchanged). */
  pagesRendered: number
  pagesWritten: number
  /** Milliseconds per phase; the search index is built alongside the other two (from the start). */
  timings: {render: number; pages: number; search: number; total: number}
}

export async function buildSite(model: Model, options: BuildOptions): Promise<BuildSummary> {
  const start = Date.now()
  const outDir = path.resolve(options.outDir)
  const blocks = blockCount(model)

  const searchPhase = options.search?.outDir === outDir ? options.search : await startSearch(model, outDir, options.outDir, options.cache)
  const search = searchPhase.done
  // What this build writes is what is written from now on (by the file system's clock).
  const since = fileClock(outDir)
  let written: Promise<WrittenPages> | undefined
  let idPages: Promise<string[]> | undefined

  try {
    const guide = await readGuide(model.project)
    // The renderer is found (or, once per change of specmark's site code, bundled) while rendering.
    const {renderer, pagesThread} = options.site ?? startSite(model, options)
    const {rendered, stats, exportChapters, bodyKeys} = await inPhase('rendering', model.project.root, () => renderSpec(model, {base: options.base, cache: options.cache, trace: options.trace, guide, besides: searchCores(blocks)}))
    const renderDone = Date.now()
    const site = await inPhase('building the pages', model.project.root, () => renderer)
    // Only the pages whose key changed since the last build into this folder are rendered.
    const pages = sitePages(rendered)
    const sectionKeys = cacheEnabled(options.cache) ? printSectionKeys(rendered, site.key, bodyKeys) : null
    const plan = planPages(model.project.root, outDir, rendered, pages, cacheEnabled(options.cache), {siteKey: site.key, bodyKeys, sectionKeys})
    const kept = new Set(plan.kept.map((page) => path.join(outDir, page.file)))
    // Many pages render in a worker (`page-job.ts`) while this thread writes the rest; a few, here.
    const sections = sectionKeys ? {root: model.project.root, keys: sectionKeys} : null
    written = inPhase('building the pages', model.project.root, () => writeSitePages(site, rendered, plan.render, outDir, sections, pagesThread || pagesInWorker(plan.render.length, blocks)))
    written.catch(() => {})
    for (const page of plan.render) kept.add(path.join(outDir, page.file))
    for (const file of await copyClientFiles(site.clientDir, outDir)) kept.add(file)
    // The `/id/` pages: thousands of folders and files to make, sharing nothing with the pages, made by a
    // worker beside them when a cold build has a core for it (`idPagesInWorker`).
    const idJob: IdPagesJob = {data: idPagesData(rendered), outDir, root: model.project.root, enabled: cacheEnabled(options.cache), previousBuild: searchPhase.previousBuild}
    idPages = idPagesInWorker(rendered.rules.length, rendersCold(model.project.root, cacheEnabled(options.cache))) ? runInWorker<IdPagesJob, string[]>(ID_TASK, idJob) : Promise.resolve(writeIdPagesJob(idJob))
    idPages.catch(() => {})
    // The guide's images are referred to relatively (`images/…`), so they go next to its page.
    if (rendered.guide) {
      for (const folder of GUIDE_ASSETS) {
        const from = path.join(path.dirname(GUIDE_FILE), folder)
        if (await fs.stat(from).catch(() => null)) await fs.cp(from, path.join(outDir, GUIDE_PATH, folder), {recursive: true, force: true})
      }
    }
    for (const file of await writeExports(model, exportChapters, outDir, cacheEnabled(options.cache))) kept.add(file)
    const {count: pagesWritten, reads} = await written
    for (const file of await idPages) kept.add(file)
    // Both skip what this build wrote (by its time), so they come after the pages and everything else.
    if (model.project.layout === 'mdbook') {
      // Each keeps what an earlier build left as it is now (no rewrite), which the build then keeps too.
      for (const file of await copyAssets(model.project.contentRoot, outDir, model.project.assetFiles ?? [], since, kept)) kept.add(file)
      for (const file of await copyAdditionalFiles(model.project, outDir, since, kept)) kept.add(file)
      for (const page of await writeRedirects(outDir, model.project.redirects ?? {}, since, kept)) kept.add(path.join(outDir, page))
      if (model.project.cname !== undefined) kept.add(writeCname(outDir, model.project.cname))
    }
    const pagesDone = Date.now()
    // What the previous build left is listed and removed while the index is still being written (this
    // thread has nothing else to do then), but for the index's folders, swept once it is written.
    const listing: OutputListing = searchPhase.previousBuild ? listOutput(outDir) : {files: new Set(), folders: []}
    const searchFolders = bundleFolders(path.join(outDir, 'pagefind'))
    let staleFilesRemoved = removeStaleFiles(outDir, listing, since, kept, new Set(searchFolders))
    plan.save(reads)
    const {time: searchTime, index} = await search
    // The bundle is current, whether kept from the previous build or written by a search phase started
    // before this function was (`startSearch`).
    for (const file of index.files) kept.add(file)
    for (const folder of searchFolders) staleFilesRemoved += removeStaleFiles(folder, listing, since, kept)
    // The root relative to the output, so that the same checkout built anywhere gives the same bytes.
    await writeMarker(outDir, {root: path.relative(outDir, model.project.root).split(path.sep).join('/') || '.', title: rendered.title, version: rendered.version})
    return {
      outDir,
      chapters: stats.chapters,
      renderedFromCache: stats.cached,
      rules: rendered.rules.length,
      searchRecords: searchPhase.records,
      searchKept: index.kept,
      searchShards: {count: index.shards, indexed: index.shardsIndexed, records: index.indexed},
      staleFilesRemoved,
      pagesKept: plan.keptChapters,
      otherPagesKept: plan.kept.length - plan.keptChapters,
      pagesRendered: plan.render.length,
      pagesWritten,
      timings: {render: renderDone - start, pages: pagesDone - renderDone, search: searchTime, total: Date.now() - start},
    }
  } finally {
    // Never leave pagefind or the pages' (or the `/id/` pages') worker writing into the folder after
    // returning, even when another phase failed.
    await Promise.all([search.catch(() => {}), written?.catch(() => {}), idPages?.catch(() => {})])
  }
}

/** From how many pages a build renders them in a worker: loading Astro there costs about half a second of CPU. */
const PAGE_WORKER_THRESHOLD = 40

const PAGE_TASK = {module: new URL('./page-job.ts', import.meta.url), name: 'writePagesJob'}
const OPEN_TASK = {module: PAGE_TASK.module, name: 'openRendererJob'}
const ID_TASK = {module: new URL('./id-pages.ts', import.meta.url), name: 'writeIdPagesJob'}

/**
 * Whether `count` pages of a book of `blocks` blocks render in a worker: when they are many and one is
 * free (`buildWorkers`; `SPECMARK_WORKERS`, set, decides alone). Asked once for a cold build, before its
 * render: asked after it, this build's own last render items and its search index (pagefind's process)
 * made the cores look busy, and the pages went to this thread, after its other work, while the worker
 * that had loaded the renderer for them idled.
 */
function pagesInWorker(count: number, blocks: number): boolean {
  return (count >= PAGE_WORKER_THRESHOLD || (configuredWorkers() !== null && count > 0)) && buildWorkers(blocks) > 0
}

/** From how many rule IDs a cold build has a worker write their `/id/` pages: starting it costs about 0.1 s of CPU. */
const ID_WORKER_THRESHOLD = 1000

/**
 * Whether the `/id/` pages of `rules` rule IDs are made in a worker: by a cold build (an edit writes
 * those of the chapters it changed) of many rules, with a core free for it. They are made after the
 * render, beside the pages, when pagefind's process has mostly done: on two cores, interleaved cold
 * builds of the Reference (2,996 pages) ended 0.23 s sooner on average (six of eight pairs) for
 * 0.1 s more CPU.
 */
function idPagesInWorker(rules: number, cold: boolean): boolean {
  return cold && (rules >= ID_WORKER_THRESHOLD || configuredWorkers() !== null) && workerCount() > 0
}

/**
 * Renders `pages` and writes each whose bytes changed (the print page from the `sections` kept, where
 * given), in a worker or here (`pagesInWorker`). Returns how many were written, and what each
 * whole-book page read (`WrittenPages`).
 * A page that fails stops the build with its one-line message (`PageError`).
 */
async function writeSitePages(renderer: LocatedRenderer, rendered: RenderedSpec, pages: SitePage[], outDir: string, sections: KeptSections | null, inWorker: boolean): Promise<WrittenPages> {
  // A build that changed no page (nothing, or nothing shown, was edited) does not load Astro's app.
  if (pages.length === 0) return {count: 0, reads: {}}
  if (!inWorker) return writePages(await openSiteRenderer({base: rendered.base, located: renderer}), rendered, pages, outDir, sections)
  const result = await runInWorker<PageJob, PageJobResult>(PAGE_TASK, {renderer, rendered, pages, outDir, sections})
  if (result.failure) throw result.failure.page ? new PageError(result.failure.message) : new Error(result.failure.message)
  return result
}

/** Copies the site's client files (scripts, styles, icon) into the output, those whose bytes changed. Returns every file. */
async function copyClientFiles(clientDir: string, outDir: string): Promise<string[]> {
  const files: string[] = []
  for (const entry of await fs.readdir(clientDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const from = path.join(entry.parentPath, entry.name)
    const to = path.join(outDir, path.relative(clientDir, from))
    writeIfChangedSync(to, await fs.readFile(from))
    files.push(to)
  }
  return files
}

/** Where the site publishes the exports, and their file names (the home page links them). */
export const EXPORTS_PATH = 'exports'
export const EXPORT_FILES = {json: 'paragraphs.json', csv: 'paragraphs.csv', reqif: 'paragraphs.reqif'} as const

/**
 * The exports `specmark export` writes (JSON, CSV, ReqIF), published with the site for download: joined
 * from each chapter's parts, kept in the cache while the chapter is unchanged (`site-exports.ts`).
 */
async function writeExports(model: Model, chapters: ExportChapters, outDir: string, caching: boolean): Promise<string[]> {
  const file = (name: string): string => path.join(outDir, EXPORTS_PATH, name)
  // Large values, read once per build: not held in memory.
  const cache = caching
    ? {parts: openBytesCache(model.project.root, 'export-parts', true), xhtml: openCache<string[]>(model.project.root, 'reqif-xhtml', true, {memory: false})}
    : undefined
  const exports = siteExports(model.spec, model.registry, {stamp: model.stamp, chapters, releases: model.releases.snapshots, cache})
  writePiecesIfChanged(file(EXPORT_FILES.json), exports.json)
  writePiecesIfChanged(file(EXPORT_FILES.csv), exports.csv)
  writePiecesIfChanged(file(EXPORT_FILES.reqif), exports.reqif)
  return Object.values(EXPORT_FILES).map(file)
}
