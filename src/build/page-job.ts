/**
 * Rendering and writing the site's pages (`build-site.ts`), on this thread or, for a large build, in a
 * worker thread of the pool while this one writes the `/id/` pages and the exports: Astro renders pages
 * one at a time on one core, and the build's other work after the render is as long again.
 *
 * The worker gets the rendered specification once (a copy: it is plain data), loads the site renderer
 * the build located (or bundled) — the same bundle whose client files the build copies — and writes the
 * pages it renders.
 */
import path from 'node:path'
import {openBytesCache} from '../cache/cache.ts'
import type {RenderedSpec} from '../render/types.ts'
import {writeIfChangedSync, writePiecesIfChanged} from './out-dir.ts'
import type {PageReads} from './page-keys.ts'
import {openSiteRenderer, PageError, type LocatedRenderer, type RenderedResponse, type SiteRenderer} from './site-renderer.ts'
import {PRINT_PAGE, PRINT_SECTIONS_SEAM, printSectionUrl, type SitePage} from './site-pages.ts'
import {setImmediate as eventLoopTurn} from 'node:timers/promises'

/**
 * Where a build keeps the print page's chapter sections between builds: the one cache of the project at
 * `root`, by each listed chapter's section key (`printSectionKeys`).
 */
export interface KeptSections {
  root: string
  keys: ReadonlyMap<string, string>
}

/** The pages written, and what each whole-book page rendered read of the data (the keys of `page-keys.ts`). */
export interface WrittenPages {
  count: number
  reads: PageReads
}

/**
 * Renders `pages` and writes each whose bytes changed. A page that fails stops the build with its
 * one-line message (`PageError`). With `sections`, the print page is joined from its chapters' sections
 * (`writePrintPage`).
 */
export async function writePages(site: SiteRenderer, rendered: RenderedSpec, pages: readonly SitePage[], outDir: string, sections: KeptSections | null = null): Promise<WrittenPages> {
  const written: WrittenPages = {count: 0, reads: {}}
  // Rendering is work on this thread, one page at a time; writing synchronously is the cheapest in CPU.
  for (const page of pages) {
    const file = path.join(outDir, page.file)
    // A chapter page has a key of its own (`chapterPageKeys`); every other page is keyed by what it reads.
    const recordReads = page.chapter === undefined
    let response: {changed: boolean; reads: RenderedResponse['reads']}
    if (page.url === PRINT_PAGE && sections) response = await writePrintPage(site, rendered, file, sections)
    else {
      const rendering = await site.render(`${rendered.base}${page.url}`, {data: rendered, recordReads})
      const expected = page.route === '404' ? 404 : 200
      if (rendering.status !== expected) throw new PageError(`page /${page.url} answered ${rendering.status}, not ${expected}`)
      response = {changed: writeIfChangedSync(file, rendering.body), reads: rendering.reads}
    }
    if (response.changed) written.count++
    if (recordReads && response.reads) written.reads[page.url] = response.reads
    // Astro's render settles in microtasks: without a turn of the event loop, pagefind's answers (on
    // this thread's build) waited for the last page.
    await eventLoopTurn()
  }
  return written
}

/**
 * The print page, joined from its parts: the page without its chapters (rendered with a seam where they
 * go, `PRINT_SECTIONS_SEAM`), then each listed chapter's section — from the cache, or rendered alone and
 * kept — as bytes. The page shows the whole book (9 MB for the Reference): drawing it anew, and passing
 * it through Astro's response as one string, cost an edit more than all its other pages.
 */
async function writePrintPage(site: SiteRenderer, rendered: RenderedSpec, file: string, sections: KeptSections): Promise<{changed: boolean; reads: RenderedResponse['reads']}> {
  const shell = await site.render(`${rendered.base}${PRINT_PAGE}`, {data: rendered, printSeam: true, recordReads: true})
  if (shell.status !== 200) throw new PageError(`page /${PRINT_PAGE} answered ${shell.status}, not 200`)
  const seam = shell.body.indexOf(PRINT_SECTIONS_SEAM)
  if (seam < 0 || shell.body.indexOf(PRINT_SECTIONS_SEAM, seam + 1) >= 0) throw new PageError(`page /${PRINT_PAGE} did not mark once where its chapters go`)
  const cache = openBytesCache(sections.root, 'print-sections', true)
  const parts: Uint8Array[] = [shell.body.subarray(0, seam)]
  for (const [chapterId, key] of sections.keys) {
    let section = cache.get(key)
    if (section === null) {
      const response = await site.render(`${rendered.base}${printSectionUrl(chapterId)}`, {data: rendered, sections: true})
      if (response.status !== 200) throw new PageError(`the section of chapter ${chapterId} of page /${PRINT_PAGE} answered ${response.status}, not 200`)
      section = response.body
      cache.set(key, section)
    }
    parts.push(section)
  }
  parts.push(shell.body.subarray(seam + PRINT_SECTIONS_SEAM.length))
  return {changed: writePiecesIfChanged(file, parts), reads: shell.reads}
}

export interface PageJob {
  renderer: LocatedRenderer
  rendered: RenderedSpec
  pages: SitePage[]
  outDir: string
  sections: KeptSections | null
}

/** What a worker's page job gives back: the pages written, or the message of the failure that stopped it. */
export type PageJobResult = (WrittenPages & {failure: null}) | {count: number; reads: PageReads; failure: {message: string; page: boolean}}

/** The worker's side: `writePages` with the renderer for the spec's base path; a failure is returned, to be thrown by the build. */
export async function writePagesJob(job: PageJob): Promise<PageJobResult> {
  try {
    const site = await openSiteRenderer({base: job.rendered.base, located: job.renderer})
    return {...(await writePages(site, job.rendered, job.pages, job.outDir, job.sections)), failure: null}
  } catch (error) {
    return {count: 0, reads: {}, failure: {message: error instanceof Error ? error.message : String(error), page: error instanceof PageError}}
  }
}

/** Loads the site renderer in the worker that will render the pages, ahead of them (`prepareSitePages`). */
export async function openRendererJob({base, located}: {base: string; located: LocatedRenderer}): Promise<null> {
  await openSiteRenderer({base, located})
  return null
}
