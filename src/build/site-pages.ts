/**
 * Every page of the site, for one rendered specification: the one list of what exists. `specmark build`
 * renders and writes exactly these (`build-site.ts`), and the pages of `site/pages/` answer 404 for any
 * URL not in it (`listedPage` in `site/lib/site-data.ts`), so that a server (`specmark dev`) serves the
 * same pages. A page that should not exist for this specification (the traceability page without
 * `--tests`, the authoring guide when it is off) is simply not listed.
 */
import type {RenderedSpec} from '../render/types.ts'
import {idPath} from '../render/urls.ts'

export interface SitePage {
  /** The page's URL path under the base: `''` for the home page, `glossary/`, `nav.json`, `ch.html`. */
  url: string
  /** Its file, relative to the output folder. */
  file: string
  /** The page in `site/pages/` that renders it (its path there, without the extension). */
  route: string
  /** For a chapter page, the chapter's id (an incremental build keeps unchanged chapter pages). */
  chapter?: string
}

export interface SitePagesOptions {
  /**
   * Also list the `/id/<ID>/` page of every current rule ID. A build writes those itself
   * (`id-pages.ts`), without Astro; a server that writes no files renders them as pages.
   */
  currentIds?: boolean
}

/** The print page's folder: what the chapters' relative links are moved to (`PrintChapter.astro`). */
export const PRINT_PAGE = 'print/'

/**
 * Where the print page's chapters go, in its HTML, when a build joins it from sections it keeps
 * (`RenderOptions.printSeam`, `page-job.ts`): the page then renders this comment in their place, once.
 */
export const PRINT_SECTIONS_SEAM = '<!--specmark:print-chapters-->'

/** The file a page URL is written to: `x/` → `x/index.html`; a URL naming a file (`x.html`, `nav.json`) is that file. */
export function pageFile(url: string): string {
  return url === '' || url.endsWith('/') ? `${url}index.html` : url
}

export function sitePages(data: RenderedSpec, options: SitePagesOptions = {}): SitePage[] {
  const pages: SitePage[] = []
  const add = (url: string, route: string, chapter?: string): void => {
    pages.push({url, file: pageFile(url), route, ...(chapter === undefined ? {} : {chapter})})
  }
  add('', 'index')
  // The not-found page is requested at its route; static servers look for `404.html`.
  pages.push({url: '404/', file: '404.html', route: '404'})
  for (const chapter of data.chapters) add(chapter.path, '[...chapter]', chapter.id)
  add('glossary/', 'glossary/[...index]')
  add('search/', 'search/[...index]')
  add(PRINT_PAGE, 'print/index')
  add('changes/', 'changes/[...index]')
  for (const changelog of data.changelogs) add(`changes/${changelog.version}/`, 'changes/[version]')
  add('v/', 'v/index')
  for (const release of data.releases) {
    add(`v/${release.version}/`, 'v/[version]/[...path]')
    for (const chapter of release.chapters) add(chapter.path, 'v/[version]/[...path]')
  }
  add('citations/', 'citations/index')
  add('citations/data.json', 'citations/data.json')
  if (data.trace) add('traceability/', 'traceability/[...index]')
  if (data.guide) add('authoring-guide/', 'authoring-guide/[...index]')
  const ids = [...(options.currentIds ? data.rules.map((rule) => rule.id) : []), ...data.aliases.map((alias) => alias.id)]
  for (const id of ids) add(idPath(id), 'id/[id]')
  add('nav.json', 'nav.json')
  add('ids.json', 'ids.json')
  return pages
}

/**
 * Each listed chapter's section of the print page as a page of its own (`print/chapter/[...id].astro`),
 * which a build renders to keep between builds (`page-job.ts`) and never writes: not among the pages of
 * `sitePages`, and listed (answered) only for a renderer asked for them (`RenderOptions.sections`).
 */
export function printSectionPages(data: RenderedSpec): SitePage[] {
  return data.chapters.filter((chapter) => chapter.listed).map((chapter) => ({url: printSectionUrl(chapter.id), file: '', route: 'print/chapter/[...id]', chapter: chapter.id}))
}

export function printSectionUrl(chapterId: string): string {
  return `${PRINT_PAGE}chapter/${chapterId}/`
}
