/**
 * The site's data: the rendered specification written by `specmark build` (`src/render/`), read once
 * per build from the JSON file named by `SPECMARK_SITE_DATA`, plus the navigation helpers the pages
 * share. Pages never parse markdown; everything they show comes from here.
 *
 * To show new data on a page: add it to `RenderedSpec` (src/render/types.ts) and read it here.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import type {IdAlias, RenderedChapter, RenderedRule, RenderedSpec} from '../../src/render/types.ts'
import {RENDERED_FORMAT} from '../../src/render/types.ts'
import {idPath} from '../../src/render/urls.ts'

let data: RenderedSpec | null = null
let dataVersion = -1

/** Where `specmark dev`, which runs Astro's dev server in its own process, hands over fresh data. */
const LIVE = Symbol.for('specmark.liveSiteData')

export function siteData(): RenderedSpec {
  const live = (globalThis as {[LIVE]?: {data: RenderedSpec; version: number}})[LIVE]
  if (live) {
    if (live.version !== dataVersion) {
      data = live.data
      dataVersion = live.version
      forgetIndexes()
    }
    return live.data
  }
  const file = process.env.SPECMARK_SITE_DATA
  if (!file) throw new Error('SPECMARK_SITE_DATA is not set: build the site with `npx specmark build`, not `astro build`')
  // Under `specmark dev` the file is rewritten on every save: read it again when it changed.
  const version = process.env.SPECMARK_DEV === '1' ? fs.statSync(file).mtimeMs : 0
  if (data !== null && version === dataVersion) return data
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as RenderedSpec
  if (parsed.format !== RENDERED_FORMAT) throw new Error(`${file}: rendered data format ${parsed.format}, expected ${RENDERED_FORMAT}`)
  data = parsed
  dataVersion = version
  forgetIndexes()
  return data
}

/** Drops the lookup tables built from the previous data (it changes under `specmark dev`). */
function forgetIndexes(): void {
  byId = null
  nav = null
  rulesById = null
  aliasesById = null
}

/** An absolute URL path on the site: `href('expressions/')` → `/expressions/` (or `/<base>/expressions/`). */
export function href(path: string): string {
  return `${siteData().base}${path}`
}

export function chapterById(id: string): RenderedChapter | undefined {
  return chapterIndex().get(id)
}

/**
 * The chapters whose pages this build renders: all of them, unless `specmark build` names some in
 * `SPECMARK_SITE_CHAPTERS` (a JSON list of chapter ids; an incremental build keeps the other pages as the
 * previous build wrote them, see src/build/page-keys.ts).
 */
export function chaptersToBuild(): RenderedChapter[] {
  const only = process.env.SPECMARK_SITE_CHAPTERS
  if (!only) return siteData().chapters
  const ids = new Set(JSON.parse(only) as string[])
  return siteData().chapters.filter((chapter) => ids.has(chapter.id))
}

let byId: Map<string, RenderedChapter> | null = null
function chapterIndex(): Map<string, RenderedChapter> {
  byId ??= new Map(siteData().chapters.map((chapter) => [chapter.id, chapter]))
  return byId
}

/** A chapter's title as the navigation shows it: with its number when chapters are numbered (`3.2. Types`). */
export function numberedTitle(chapter: RenderedChapter): string {
  return chapter.number !== null ? `${chapter.number}. ${chapter.title}` : chapter.title
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
export type OutlineEntry = {chapter: RenderedChapter} | {draft: string; depth: number} | {separator: true}

/**
 * A listed part's entries in SUMMARY order, as mdBook shows them: chapters, draft chapters (`[Title]()`,
 * no page) and separators (`---`). Every navigation draws from this: `/nav.json` and the home outline.
 */
export function outlineEntries(part: NavPart): OutlineEntry[] {
  const items = siteData().parts.find((candidate) => candidate.id === part.id)?.items ?? part.chapters.map((chapter) => ({chapter: chapter.id}))
  const entries: OutlineEntry[] = []
  for (const item of items) {
    if ('separator' in item) entries.push({separator: true})
    else if ('draft' in item) entries.push({draft: item.draft, depth: item.depth})
    else {
      const chapter = chapterById(item.chapter)
      if (chapter?.listed) entries.push({chapter})
    }
  }
  return entries
}

let nav: NavData | null = null

/** The whole table of contents for `/nav.json`, with a key that changes whenever it does. */
export function navData(): NavData {
  if (nav) return nav
  const parts: NavData['parts'] = navParts().map((part) => {
    const entries = outlineEntries(part).map((entry): NavData['parts'][number][2][number] =>
      'separator' in entry ? null : 'draft' in entry ? [entry.draft, null, entry.depth] : [numberedTitle(entry.chapter), entry.chapter.path, entry.chapter.depth]
    )
    return [part.title, part.informative, entries]
  })
  const key = createHash('sha256').update(JSON.stringify([siteData().base, parts])).digest('hex').slice(0, 12)
  nav = {key, parts}
  return nav
}

/** Names the current table of contents, so that browsers never reuse a stale copy of `/nav.json`. */
export function navKey(): string {
  return navData().key
}

let rulesById: Map<string, RenderedRule> | null = null
let aliasesById: Map<string, IdAlias> | null = null

export function ruleById(id: string): RenderedRule | undefined {
  rulesById ??= new Map(siteData().rules.map((rule) => [rule.id, rule]))
  return rulesById.get(id)
}

export function aliasById(id: string): IdAlias | undefined {
  aliasesById ??= new Map(siteData().aliases.map((alias) => [alias.id, alias]))
  return aliasesById.get(id)
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
