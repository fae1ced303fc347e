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
import type {RenderedSpec} from '../render/types.ts'
import {writeIfChangedSync} from './out-dir.ts'
import {openSiteRenderer, PageError, type LocatedRenderer, type SiteRenderer} from './site-renderer.ts'
import type {SitePage} from './site-pages.ts'

/**
 * Renders `pages` and writes each whose bytes changed. Returns how many were written. A page that fails
 * stops the build with its one-line message (`PageError`).
 */
export async function writePages(site: SiteRenderer, rendered: RenderedSpec, pages: readonly SitePage[], outDir: string): Promise<number> {
  let count = 0
  // Rendering is work on this thread, one page at a time; writing synchronously is the cheapest in CPU.
  for (const page of pages) {
    const response = await site.render(`${rendered.base}${page.url}`, {data: rendered})
    const expected = page.route === '404' ? 404 : 200
    if (response.status !== expected) throw new PageError(`page /${page.url} answered ${response.status}, not ${expected}`)
    if (writeIfChangedSync(path.join(outDir, page.file), response.body)) count++
  }
  return count
}

export interface PageJob {
  renderer: LocatedRenderer
  rendered: RenderedSpec
  pages: SitePage[]
  outDir: string
}

/** What a worker's page job gives back: the pages written, or the message of the failure that stopped it. */
export type PageJobResult = {count: number; failure: null} | {count: number; failure: {message: string; page: boolean}}

/** The worker's side: `writePages` with the renderer for the spec's base path; a failure is returned, to be thrown by the build. */
export async function writePagesJob(job: PageJob): Promise<PageJobResult> {
  try {
    const site = await openSiteRenderer({base: job.rendered.base, located: job.renderer})
    return {count: await writePages(site, job.rendered, job.pages, job.outDir), failure: null}
  } catch (error) {
    return {count: 0, failure: {message: error instanceof Error ? error.message : String(error), page: error instanceof PageError}}
  }
}

/** Loads the site renderer in the worker that will render the pages, ahead of them (`prepareSitePages`). */
export async function openRendererJob({base, located}: {base: string; located: LocatedRenderer}): Promise<null> {
  await openSiteRenderer({base, located})
  return null
}
