/**
 * Incremental builds: which pages a build must render again.
 *
 * - A chapter page shows its chapter (blocks, footnotes, sections), the rules of that chapter, and the
 *   site's shell (title, version, navigation, parts, releases, …); its key hashes exactly those, with the
 *   site renderer's key (the site's own code, the Astro config, specmark's and the dependencies'
 *   versions: `site-renderer.ts`) and specmark's (`cacheKey`).
 * - Every other page shows something of the whole book, each its own slice: its key hashes what it read
 *   of the rendered specification as it was last rendered (`page-reads.ts`), with the site renderer's
 *   key, and for the print page the keys of its chapters' sections (`printSectionKeys`). A page whose
 *   reads are unchanged would render the same bytes.
 *
 * The keys of the pages in an output folder are kept in the one cache (`pages`, per output folder); a
 * later build into the same folder renders through Astro only the pages whose key changed (or whose file
 * is gone, or which it has no key for), and keeps the others as they are.
 *
 * `--no-cache` (or `SPECMARK_CACHE=0`) renders every page, as a cold build does.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {cacheKey, openCache} from '../cache/cache.ts'
import type {BodyKeys} from '../render/render-spec.ts'
import type {RenderedChapter, RenderedSpec} from '../render/types.ts'
import {readsDigests, type Reads} from './page-reads.ts'
import {PRINT_PAGE, type SitePage} from './site-pages.ts'

/** The page keys of one output folder. */
interface PageManifest {
  /** Chapter pages' keys, by chapter id. */
  pages: Record<string, string>
  /** The other pages' keys and what each read, by URL. */
  wholeBook?: Record<string, {reads: Reads; key: string}>
}

/** What each whole-book page rendered read of the rendered specification, by URL (`writePages`). */
export type PageReads = Record<string, Reads>

export interface PagePlan {
  /** The pages Astro renders. */
  render: SitePage[]
  /** The pages kept from the previous build. */
  kept: SitePage[]
  /** How many of the kept pages are chapter pages. */
  keptChapters: number
  /** Records the keys once the build has written its pages, given what each whole-book page rendered read. */
  save: (reads: PageReads) => void
}

/** What the keys of a build's pages are made of, besides the rendered specification. */
export interface KeyInputs {
  /** The site renderer's key. */
  siteKey: string
  /** The chapters' render keys (`renderSpec`). */
  bodyKeys?: BodyKeys
  /** The print page's sections' keys, when it is joined from kept sections (`printSectionKeys`). */
  sectionKeys?: ReadonlyMap<string, string> | null
}

/**
 * Plans the build of `pages` (`sitePages(rendered)`) into `outDir`: the pages whose key is the one the
 * previous build into the folder recorded, and whose file is still there, are kept.
 */
export function planPages(root: string, outDir: string, rendered: RenderedSpec, pages: readonly SitePage[], enabled: boolean, inputs: KeyInputs): PagePlan {
  const chapterKeys = chapterPageKeys(rendered, inputs.siteKey, inputs.bodyKeys)
  const cache = openCache<PageManifest>(root, 'pages', enabled)
  const manifestKey = cacheKey('site pages', path.resolve(outDir))
  const previous = cache.get(manifestKey)
  const wholeBook = new Map<string, {reads: Reads; key: string}>()
  const keyOf = wholeBookPageKeys(rendered, inputs)
  const render: SitePage[] = []
  const kept: SitePage[] = []
  for (const page of pages) {
    let unchanged: boolean
    if (page.chapter !== undefined) unchanged = previous?.pages[page.chapter] === chapterKeys.get(page.chapter)
    else {
      const before = previous?.wholeBook?.[page.url]
      unchanged = before !== undefined && before.key === keyOf(before.reads, page)
      if (unchanged) wholeBook.set(page.url, before!)
    }
    ;(unchanged && fs.existsSync(path.join(outDir, page.file)) ? kept : render).push(page)
  }
  const save = (reads: PageReads): void => {
    for (const page of render) {
      const read = reads[page.url]
      if (page.chapter === undefined && read) wholeBook.set(page.url, {reads: read, key: keyOf(read, page)})
    }
    cache.set(manifestKey, {pages: Object.fromEntries(chapterKeys), wholeBook: Object.fromEntries(wholeBook)})
  }
  return {render, kept, keptChapters: kept.filter((page) => page.chapter !== undefined).length, save}
}

/**
 * The keys of the pages that are not a chapter's, given what each read when it was rendered: the site
 * renderer's, the page's place, what it read as the rendered specification holds it now, and for the
 * print page its sections' keys.
 */
function wholeBookPageKeys(rendered: RenderedSpec, inputs: KeyInputs): (reads: Reads, page: SitePage) => string {
  const digestOf = readsDigests(rendered)
  const sections = inputs.sectionKeys ? JSON.stringify([...inputs.sectionKeys]) : ''
  return (reads, page) => hash(inputs.siteKey, page.url, page.route, page.file, page.url === PRINT_PAGE ? sections : '', digestOf(reads))
}

/**
 * Each chapter page's key, by chapter id. A chapter's blocks and footnotes are hashed as the render key
 * they were rendered by (`bodyKeys`, from `renderSpec`) and the blocks decorated since, where known:
 * serializing every chapter's HTML was most of a key's cost.
 */
export function chapterPageKeys(rendered: RenderedSpec, siteKey: string, bodyKeys?: BodyKeys): Map<string, string> {
  const shell = shellKey(rendered, siteKey)
  const own = chapterOwnData(rendered, bodyKeys)
  return new Map(rendered.chapters.map((chapter) => [chapter.id, hash(shell, own.get(chapter.id)!)]))
}

/**
 * The key of each listed chapter's section of the print page (`site/components/PrintChapter.astro`), by
 * chapter id: the chapter's content as its page key hashes it, the rules whose notes its blocks show,
 * whether the specification has releases (no release notes otherwise), the base path and the site
 * renderer's key. Not the site's shell: a section shows no navigation, so an edit elsewhere keeps it.
 */
export function printSectionKeys(rendered: RenderedSpec, siteKey: string, bodyKeys?: BodyKeys): Map<string, string> {
  const shared = hash(siteKey, rendered.base, String(rendered.changelogs.length > 0))
  const own = chapterOwnData(rendered, bodyKeys)
  return new Map(rendered.chapters.filter((chapter) => chapter.listed).map((chapter) => [chapter.id, hash(shared, own.get(chapter.id)!)]))
}

const ownData = new WeakMap<RenderedSpec, {bodyKeys: BodyKeys | undefined; own: Map<string, string>}>()

/**
 * What each chapter shows of its own, serialized for its keys (by chapter id): its content
 * (`chapterContent`) and its rules (a rule ID defined twice is the first definition's: `check` refuses
 * a build of that). Made once per rendered specification, for its page keys and its print sections' keys.
 */
function chapterOwnData(rendered: RenderedSpec, bodyKeys: BodyKeys | undefined): Map<string, string> {
  const known = ownData.get(rendered)
  if (known && known.bodyKeys === bodyKeys) return known.own
  const rulesOf = new Map<string, RenderedSpec['rules']>()
  for (const rule of rendered.rules) {
    const rules = rulesOf.get(rule.chapter)
    if (rules) rules.push(rule)
    else rulesOf.set(rule.chapter, [rule])
  }
  const own = new Map(rendered.chapters.map((chapter) => [chapter.id, `${chapterContent(chapter, bodyKeys)}\0${JSON.stringify(rulesOf.get(chapter.id) ?? [])}`]))
  ownData.set(rendered, {bodyKeys, own})
  return own
}

/**
 * What a chapter shows of its own, for a key: its blocks and footnotes as the render key they were
 * rendered by (`bodyKeys`) and the blocks decorated since, where known — serializing every chapter's
 * HTML was most of a key's cost, and its blocks are then not even read (`renderSpec` reads them from the
 * render cache on first use) — with the rest of the chapter's data.
 */
function chapterContent(chapter: RenderedChapter, bodyKeys?: BodyKeys): string {
  const body = bodyKeys?.get(chapter.id)
  if (!body) return JSON.stringify(chapter)
  const decorated = body.decorated.map((position) => [position, chapter.blocks[position]])
  return `${body.key}\0${JSON.stringify({...withoutContent(chapter), decorated})}`
}

/** A chapter's data but its blocks and footnotes, which are not looked at (so not read: see `chapterContent`). */
function withoutContent(chapter: RenderedChapter): Omit<RenderedChapter, 'blocks' | 'footnotes'> {
  const rest: Partial<RenderedChapter> = {}
  for (const name of Object.keys(chapter) as Array<keyof RenderedChapter>) if (name !== 'blocks' && name !== 'footnotes') Object.assign(rest, {[name]: chapter[name]})
  return rest as Omit<RenderedChapter, 'blocks' | 'footnotes'>
}

/**
 * What every chapter page shows beyond its own chapter: the rendered specification without the chapters'
 * contents, the rules (each page shows its own) and the current citable texts (only `/citations/` shows
 * them). Chapter titles, paths and sections stay in: the navigation and neighbour links show them.
 */
function shellKey(rendered: RenderedSpec, siteKey: string): string {
  const shell = {
    ...rendered,
    chapters: rendered.chapters.map(withoutContent),
    rules: null,
    citations: {...rendered.citations, current: null},
  }
  return hash(siteKey, JSON.stringify(shell))
}

function hash(...parts: string[]): string {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\0')
  return digest.digest('hex')
}
