/**
 * The site's data: the rendered specification (`src/render/`), plus the navigation helpers the pages
 * share. Pages never parse markdown; everything they show comes from here.
 *
 * The data comes from specmark's site renderer (`src/build/site-renderer.ts`), which renders each page
 * inside an async context holding the rendered specification it was given (`specmark build` and
 * `specmark dev` alike), so pages rendered at once for different data never mix.
 *
 * To show new data on a page: add it to `RenderedSpec` (src/render/types.ts) and read it here.
 */
import type {AsyncLocalStorage} from 'node:async_hooks'
import {createHash} from 'node:crypto'
import type {IdAlias, RenderedChapter, RenderedRule, RenderedSpec} from '../../src/render/types.ts'
import {idPath} from '../../src/render/urls.ts'
import {printSectionPages, sitePages, type SitePage} from '../../src/build/site-pages.ts'

/** What the site renderer hands each page it renders (`src/build/site-renderer.ts`). */
export interface SiteContext {
  data: RenderedSpec
  /** List the `/id/<ID>/` page of current IDs too (a server; a build writes those itself). */
  currentIds: boolean
  /** List each chapter's section of the print page as a page too (a build that keeps them, `printSectionPages`). */
  sections?: boolean
  /** `/print/` leaves its chapters out, with `PRINT_SECTIONS_SEAM` where they go (a build joins it from sections). */
  printSeam?: boolean
  /** A page's exception, caught by `site/middleware.ts` and reported by the renderer as one line. */
  error?: unknown
}

/** Shared with `src/build/site-renderer.ts`, which runs each render inside this store. */
const STORE = Symbol.for('specmark.siteContext')

/** The context of the page being rendered by the site renderer, if any. */
export function siteContext(): SiteContext | undefined {
  return (globalThis as {[STORE]?: AsyncLocalStorage<SiteContext>})[STORE]?.getStore()
}

export function siteData(): RenderedSpec {
  const context = siteContext()
  if (!context) throw new Error('the site is rendered by specmark (`npx specmark build` or `dev`), not by `astro build` or `astro dev`')
  return context.data
}

/** Lookup tables built from one rendered specification, kept as long as it is (it changes under `specmark dev`). */
interface Indexes {
  chapters?: Map<string, RenderedChapter>
  nav?: NavData
  rules?: Map<string, RenderedRule>
  aliases?: Map<string, IdAlias>
  /** The pages by URL (without its trailing slash), by what is listed beside the site's pages (`listing`). */
  pages?: Map<string, Map<string, SitePage>>
}
const indexes = new WeakMap<RenderedSpec, Indexes>()

function indexesOf(data: RenderedSpec): Indexes {
  let found = indexes.get(data)
  if (!found) indexes.set(data, (found = {}))
  return found
}

/** Whether `/print/` leaves its chapters out, marking where they go (`SiteContext.printSeam`). */
export function printSeam(): boolean {
  return siteContext()?.printSeam ?? false
}

/**
 * The page listed at `url` (the request's URL), or undefined: every page looks itself up here and
 * answers 404 when it is not listed (`src/build/site-pages.ts`, the one list of pages).
 */
export function listedPage(url: URL): SitePage | undefined {
  const data = siteData()
  const found = (indexesOf(data).pages ??= new Map())
  // Current IDs' `/id/` pages under a server (a build writes those itself); print sections for a build that keeps them.
  const currentIds = siteContext()?.currentIds ?? false
  const sections = siteContext()?.sections ?? false
  const listing = `${currentIds} ${sections}`
  let pages = found.get(listing)
  if (!pages) {
    const listed = [...sitePages(data, {currentIds}), ...(sections ? printSectionPages(data) : [])]
    found.set(listing, (pages = new Map(listed.map((page) => [trimSlash(page.url), page]))))
  }
  let pathname: string
  try {
    pathname = decodeURI(url.pathname)
  } catch {
    return undefined
  }
  if (!pathname.startsWith(data.base)) return undefined
  return pages.get(trimSlash(pathname.slice(data.base.length)))
}

/** The answer of a page that is not listed: Astro renders the not-found page instead. */
export function notFound(): Response {
  return new Response(null, {status: 404, statusText: 'Not found'})
}

function trimSlash(url: string): string {
  return url.replace(/\/$/, '')
}

/** An absolute URL path on the site: `href('expressions/')` → `/expressions/` (or `/<base>/expressions/`). */
export function href(path: string): string {
  return `${siteData().base}${path}`
}

export function chapterById(id: string): RenderedChapter | undefined {
  const found = indexesOf(siteData())
  found.chapters ??= new Map(siteData().chapters.map((chapter) => [chapter.id, chapter]))
  return found.chapters.get(id)
}

/** A chapter's title as the navigation shows it: with its number when chapters are numbered (`3.2. Types`). */
export function numberedTitle(chapter: {title: string; listedTitle?: string; number: string | null}): string {
  const title = listedTitle(chapter)
  return chapter.number !== null ? `${chapter.number}. ${title}` : title
}

/** The name a chapter is listed by: an mdBook's SUMMARY.md name, which its navigation shows, else its title. */
export function listedTitle(chapter: {title: string; listedTitle?: string}): string {
  return chapter.listedTitle ?? chapter.title
}

/** The chapters in the navigation (listed ones), in reading order. */
export function listedChapters(): RenderedChapter[] {
  return siteData().chapters.filter((chapter) => chapter.listed)
}

/** The previous and next chapter in reading order (none for unlisted chapters). */
export function neighbours(chapter: RenderedChapter): {previous: RenderedChapter | null; next: RenderedChapter | null} {
  if (!chapter.listed) return {previous: null, next: null}
  const listed = listedChapters()
  const position = listed.findIndex((candidate) => candidate.id === chapter.id)
  return {previous: listed[position - 1] ?? null, next: listed[position + 1] ?? null}
}

export interface NavPart {
  id: string
  title: string
  informative: boolean
  chapters: RenderedChapter[]
}

/** The listed parts with their chapters, for the sidebar and the home page. */
export function navParts(): NavPart[] {
  return siteData()
    .parts.filter((part) => part.listed)
    .map((part) => ({
      id: part.id,
      title: part.title,
      informative: part.informative,
      chapters: part.chapters.map((id) => chapterById(id)).filter((chapter): chapter is RenderedChapter => chapter !== undefined),
    }))
}

/**
 * `/nav.json`: parts as `[title, informative, entries]`, entries as `[title, path, depth]`; an mdBook's
 * draft chapter has no path (`null`) and a separator is `null`.
 */
export interface NavData {
  key: string
  parts: Array<[title: string, informative: boolean, chapters: Array<[title: string, path: string | null, depth: number] | null>]>
}

/** An entry of a part's table of contents: a chapter, or an mdBook's draft chapter or separator. */
export type OutlineEntry = {chapter: RenderedChapter} | {draft: string; depth: number; number: string | null} | {separator: true}

/**
 * A listed part's entries in SUMMARY order, as mdBook shows them: chapters, draft chapters (`[Title]()`,
 * no page) and separators (`---`). Every navigation draws from this: `/nav.json` and the home outline.
 */
export function outlineEntries(part: NavPart): OutlineEntry[] {
  const items = siteData().parts.find((candidate) => candidate.id === part.id)?.items ?? part.chapters.map((chapter) => ({chapter: chapter.id}))
  const entries: OutlineEntry[] = []
  for (const item of items) {
    if ('separator' in item) entries.push({separator: true})
    else if ('draft' in item) entries.push({draft: item.draft, depth: item.depth, number: item.number})
    else {
      const chapter = chapterById(item.chapter)
      if (chapter?.listed) entries.push({chapter})
    }
  }
  return entries
}

/** The whole table of contents for `/nav.json`, with a key that changes whenever it does. */
export function navData(): NavData {
  const found = indexesOf(siteData())
  if (found.nav) return found.nav
  const parts: NavData['parts'] = navParts().map((part) => {
    const entries = outlineEntries(part).map((entry): NavData['parts'][number][2][number] =>
      'separator' in entry ? null : 'draft' in entry ? [numberedTitle({title: entry.draft, number: entry.number}), null, entry.depth] : [numberedTitle(entry.chapter), entry.chapter.path, entry.chapter.depth]
    )
    return [part.title, part.informative, entries]
  })
  const key = createHash('sha256').update(JSON.stringify([siteData().base, parts])).digest('hex').slice(0, 12)
  found.nav = {key, parts}
  return found.nav
}

/** Names the current table of contents, so that browsers never reuse a stale copy of `/nav.json`. */
export function navKey(): string {
  return navData().key
}

export function ruleById(id: string): RenderedRule | undefined {
  const found = indexesOf(siteData())
  found.rules ??= new Map(siteData().rules.map((rule) => [rule.id, rule]))
  return found.rules.get(id)
}

export function aliasById(id: string): IdAlias | undefined {
  const found = indexesOf(siteData())
  found.aliases ??= new Map(siteData().aliases.map((alias) => [alias.id, alias]))
  return found.aliases.get(id)
}

/** Where a rule's paragraph is: its chapter page with the rule's anchor. */
export function ruleUrl(rule: RenderedRule): string {
  const chapter = chapterById(rule.chapter)
  return `${href(chapter?.path ?? '')}#${rule.anchor}`
}

/** A rule ID's permanent URL path. */
export function permalink(id: string): string {
  return href(idPath(id))
}
