/**
 * The render stage, in one function: every chapter's blocks rendered to HTML (from the render cache
 * where nothing they depend on changed, on every core otherwise), then assembled with the navigation
 * and rule data the site needs into one JSON-serializable `RenderedSpec`.
 *
 * To give the site more data: add a field to `RenderedSpec` (`types.ts`) and fill it here from the model.
 */
import path from 'node:path'
import {clauseAt} from '../model/clauses.ts'
import {fragmentRedirects} from '../load/mdbook.ts'
import {UNLISTED_PART, type ListingEntry, type Project} from '../load/project.ts'
import {isNormativeParagraph} from '../model/block-kind.ts'
import {buildGlossary} from '../model/glossary.ts'
import {renderGlossary} from './glossary-html.ts'

import type {Chapter, Spec} from '../model/types.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import {cacheEnabled} from '../cache/cache.ts'
import {releasedEntry, UNRELEASED, type Registry} from '../registry/registry-file.ts'
import type {SiteTrace} from '../trace/site-trace.ts'
import {changelogData} from './changelog-data.ts'
import {releaseData} from './release-data.ts'
import {currentCitableText} from '../citations/citation-data.ts'
import {renderChapter, type ChapterRenderInput, type RenderedChapterBody} from './render-chapter.ts'
import {openRenderCache, renderKey} from './render-cache.ts'
import type {RenderMemo} from './render-memo.ts'
import {renderGuide, renderOwnPage} from './render-guide.ts'
import {interopDecorator} from './interop-blocks.ts'
import {renderAll} from './render-pool.ts'
import {chapterRenderSettings, projectRenderSettings} from './render-input.ts'
import {RENDERED_FORMAT, type IdAlias, type NavItem, type LastReleased, type RenderedChapter, type RenderedPage, type RenderedRule, type RenderedSpec} from './types.ts'
import {chapterPath, normalizeBase} from './urls.ts'
import {rebaseHtml} from './rebase-links.ts'
import {anchorFor} from '../core/anchors.ts'
import {readThemeTemplate} from '../parse/theme-template.ts'
import type {ThemeTemplate} from '../load/mdbook-theme.ts'
import type {ThemeBook} from './mdbook-theme.ts'
import type {ChapterHtml} from '../export/reqif-tree.ts'
import {iconSvgHtml} from './font-awesome.ts'

export interface RenderOptions {
  /** URL path the site is served under (default `/`). */
  base?: string
  /** Use the render cache (default: true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
  /** Traceability data to show (`specmark build --tests`). */
  trace?: SiteTrace | null
  /** Markdown of the authoring guide to publish as `/authoring-guide/`. */
  guide?: string | null
  /** Rendered chapters kept from earlier renders in this process (`specmark dev`), consulted before the render cache. */
  memo?: RenderMemo
  /** Called with the id of each chapter rendered (not taken from a cache). */
  onRender?: (chapterId: string) => void
  /** Cores the command's other work keeps busy while this renders (a build's search index: `SEARCH_CORES`). */
  besides?: number
}

/**
 * The chapters' HTML as the exports read it (`exportReqif`'s `chapters`): the site's blocks, with each
 * block's XHTML where the renderer converted it and the block was not replaced since (a data view).
 */
export type ExportChapters = ChapterHtml[]

export interface RenderStats {
  chapters: number
  /** Chapters taken from the render cache. */
  cached: number
}

/** How many characters of a paragraph's text an excerpt keeps. */
const EXCERPT_LENGTH = 180

/** Renders the loaded specification for the site. */
export async function renderSpec(model: Model, options: RenderOptions = {}): Promise<{rendered: RenderedSpec; stats: RenderStats; exportChapters: ExportChapters; bodyKeys: BodyKeys}> {
  const {spec} = model
  const base = normalizeBase(options.base)
  const caching = cacheEnabled(options.cache)
  const cache = openRenderCache(model.project.root, caching)
  const inputs = spec.chapters.map((chapter) => lazyInput(model, chapter, base))
  const {memo} = options
  // Data views and guidance citations depend on the interop data, so they are added after the cache.
  const {decorate, touches} = interopDecorator(spec, model.interop, base)
  const bodies: Array<Body | null> = inputs.map((input) => held(memo?.get(input.withoutTree) ?? null))
  // Keys only for chapters not kept in memory, and only where they are looked up (a key hashes specmark's
  // own code, `codeVersion`, which costs a cold run).
  const keys = caching || memo ? spec.chapters.map((chapter, index) => (bodies[index] ? null : renderKey(inputs[index]!.withoutTree, model.trees.key(chapter.id)))) : null
  keys?.forEach((key, index) => {
    if (key === null) return
    // A body in the render cache is read when something looks at it (`withContent`): an edit renders one
    // chapter's page, and reading every chapter's HTML was a tenth of its build. Read now: a chapter the
    // interop data decorates (its decorated blocks are part of its keys), and every body the dev server
    // keeps in memory.
    if (!memo && !touches(spec.chapters[index]!) && cache.has(key)) {
      bodies[index] = once(() => cache.get(key) ?? renderChapter(inputs[index]!.full()))
      return
    }
    const body = memo?.keyed(key) ?? cache.get(key)
    if (body) memo?.set(inputs[index]!.withoutTree, body)
    bodies[index] = held(body)
  })
  const misses = spec.chapters.flatMap((_, index) => (bodies[index] ? [] : [index]))
  // Only chapters rendered again need their trees (held from the parse, or parsed again).
  const fresh = await renderAll(
    misses.map((index) => {
      const key = caching ? keys?.[index] : null
      return {input: inputs[index]!.full(), store: key ? {root: model.project.root, key} : null}
    }),
    options.besides
  )
  misses.forEach((chapterIndex, position) => {
    const body = fresh[position]!
    bodies[chapterIndex] = held(body)
    const key = keys?.[chapterIndex]
    if (key) {
      // The thread that rendered it kept it in the cache (with the cache on); this process keeps it in memory.
      cache.hold(key, body)
      memo?.setKeyed(key, body)
    }
    memo?.set(inputs[chapterIndex]!.withoutTree, body)
    options.onRender?.(spec.chapters[chapterIndex]!.id)
  })
  const bodyOf = (index: number): RenderedChapterBody => bodies[index]!()
  // Each chapter's blocks as the site shows them.
  const shown = spec.chapters.map((chapter, index) =>
    once(() => relocated(model.project.layout, chapter, spec.urls, {blocks: decorate(chapter, bodyOf(index).blocks), footnotes: bodyOf(index).footnotes}))
  )
  // The positions of a chapter's blocks decorated after the render cache, and their HTML (none for a
  // chapter the interop data does not touch, whose body is then not read for it).
  const decoratedAt = (index: number): number[] =>
    touches(spec.chapters[index]!) ? shown[index]!().blocks.flatMap((block, position) => (block === bodyOf(index).blocks[position] ? [] : [position])) : []
  const decoratedHtml = (index: number): Array<[number, string]> => decoratedAt(index).map((position) => [position, shown[index]!().blocks[position]!.html])

  const listedParts = new Set(spec.parts.filter((part) => part.id !== UNLISTED_PART.id).map((part) => part.id))
  const {settings} = model.project
  const numbers = settings.chapterNumbers ? listingNumbers(model.project, spec, listedParts) : {chapters: new Map<string, string>(), drafts: new Map<ListingEntry, string>()}
  const chapters: RenderedChapter[] = spec.chapters.map((chapter, index) =>
    withContent<RenderedChapter, 'blocks' | 'footnotes'>(shown[index]!, ['blocks', 'footnotes'], {
      id: chapter.id,
      title: chapter.title,
      ...(chapter.pageTitle === undefined ? {} : {pageTitle: chapter.pageTitle}),
      ...(chapter.listedTitle === undefined ? {} : {listedTitle: chapter.listedTitle}),
      fragmentRedirects: fragmentRedirects(model.project.redirects ?? {}, chapterPath(chapter.id, spec.urls)),
      path: chapterPath(chapter.id, spec.urls),
      file: chapter.file,
      partId: chapter.partId,
      listed: listedParts.has(chapter.partId),
      number: numbers.chapters.get(chapter.id) ?? null,
      editUrl: editUrl(settings.editUrlTemplate, model.project, chapter.file),
      topic: chapter.topic,
      owners: chapter.owners,
      ownershipOpen: chapter.ownershipOpen,
      status: chapter.status,
      informative: chapter.informative,
      depth: chapter.depth,
      parentId: chapter.parentId,
      sections: chapter.sections.map(({anchor, title, depth, ruleId}) => ({anchor, title, depth, ruleId})),
    })
  )

  const releases = releaseData(model)
  const rendered: RenderedSpec = {
    format: RENDERED_FORMAT,
    title: spec.title,
    version: spec.version,
    source: model.stamp,
    layout: spec.layout,
    language: model.project.language,
    textDirection: model.project.textDirection ?? null,
    defaultTheme: model.project.defaultTheme ?? null,
    base,
    parts: spec.parts.map((part) => ({...part, listed: listedParts.has(part.id), items: navItems(model.project.entries, part, numbers.drafts)})),
    footerLinks: settings.footerLinks,
    chapters,
    rules: spec.chapters.flatMap((chapter) => chapterRules(chapter, spec.rules, model.registry)).map((rule) => ({...rule, citeAs: releases.citeAs.get(rule.id) ?? null})),
    aliases: registryAliases(model, releases.lastReleased),
    releases: releases.releases,
    citations: {releases: releases.citable, current: currentCitableText(model)},
    teams: [...new Set(spec.chapters.flatMap((chapter) => chapter.owners))].sort(),
    changelogs: changelogData(model.releases.changelogs),
    glossary: renderGlossary(buildGlossary(spec), spec, chapters, base),
    trace: options.trace ?? null,
    guide: options.guide ? (memo ? memo.guide(options.guide, model.index, base) : renderGuide(options.guide, model.index, base)) : null,
    notFound: notFoundPage(model, base),
    navFold: model.project.navFold ?? null,
    printPageBreaks: model.project.printPageBreaks !== false,
    copyableCode: model.project.copyableCode !== false,
    description: model.project.description ?? null,
    bookStyles: additionalUrls(model, 'style'),
    bookScripts: additionalUrls(model, 'script'),
    bookIcons: additionalUrls(model, 'icon'),
    bookTheme: bookTheme(model),
    repository: model.project.repository ? {url: model.project.repository.url, icon: iconSvgHtml(model.project.repository.icon)} : null,
  }
  // The exports read a chapter's blocks only when its parts are not in the cache (`site-exports.ts`).
  const exportChapters: ExportChapters = spec.chapters.map((chapter, index) => {
    const blocks = once(() => {
      const body = bodyOf(index)
      // A render cached before blocks carried XHTML has none: the export converts those blocks' HTML.
      return {blocks: shown[index]!().blocks.map((block, position) => ({...block, xhtml: block.html === body.blocks[position]?.html ? (body.xhtml?.[position] ?? null) : null}))}
    })
    return withContent<ExportChapters[number], 'blocks'>(blocks, ['blocks'], {id: chapter.id, key: keys?.[index] ?? null, decorated: decoratedHtml(index)})
  })
  // What a chapter's blocks are, in short: the render key, and the blocks decorated after it.
  const bodyKeys: BodyKeys = new Map(spec.chapters.flatMap((chapter, index) => (keys?.[index] ? [[chapter.id, {key: keys[index], decorated: decoratedAt(index)}] as const] : [])))
  return {rendered, stats: {chapters: spec.chapters.length, cached: spec.chapters.length - misses.length}, exportChapters, bodyKeys}
}

/**
 * By chapter id: the render key its blocks and footnotes were rendered by (or taken from the cache by),
 * and the positions of its blocks decorated since (data views, guidance), which the key does not cover.
 * Chapters rendered without a key (no cache) are not listed.
 */
export type BodyKeys = ReadonlyMap<string, {key: string; decorated: number[]}>

/** An mdBook's not-found page (`Project.notFoundPage`), rendered as mdBook renders it: its title is mdBook's. */
function notFoundPage(model: Model, base: string): RenderedPage | null {
  const page = model.project.notFoundPage
  if (page === undefined) return null
  const own = {id: 'not-found', file: page.file, title: 'Page not found', smartPunctuation: model.project.smartPunctuation, definitionLists: model.project.definitionLists === true}
  return renderOwnPage(page.source, own, model.index, base, projectRenderSettings(model))
}

/**
 * The numbers of the listed chapters (by id) and of an mdBook's draft chapters (by entry). In an mdBook,
 * as mdBook numbers them (mdbook-summary's `parse_numbered`): the entries of SUMMARY.md's lists, drafts
 * included, in listing order and across parts and separators; its prefix and suffix chapters (links in
 * paragraphs) have none. In our layout every listed chapter (`chapterNumbers`).
 */
function listingNumbers(project: Project, spec: Spec, listedParts: Set<string>): {chapters: Map<string, string>; drafts: Map<ListingEntry, string>} {
  const drafts = new Map<ListingEntry, string>()
  if (project.layout !== 'mdbook') return {chapters: chapterNumbers(spec, listedParts), drafts}
  const chapters = new Map<string, string>()
  const counters: number[] = []
  for (const entry of project.entries) {
    if (!entry.numbered) continue
    counters.length = entry.depth + 1
    counters[entry.depth] = (counters[entry.depth] ?? 0) + 1
    const number = Array.from(counters, (count) => count ?? 1).join('.')
    if (entry.chapterId === null) drafts.set(entry, number)
    else if (!chapters.has(entry.chapterId)) chapters.set(entry.chapterId, number)
  }
  return {chapters, drafts}
}

/**
 * Chapter numbers in our layout: listed chapters in reading order, across parts, one level of the
 * number per level of nesting (`1`, `1.1`, `1.2`, `2`).
 */
function chapterNumbers(spec: Spec, listedParts: Set<string>): Map<string, string> {
  const numbers = new Map<string, string>()
  const counters: number[] = []
  for (const part of spec.parts) {
    if (!listedParts.has(part.id)) continue
    for (const chapter of spec.chapters.filter((candidate) => candidate.partId === part.id)) {
      counters.length = chapter.depth + 1
      counters[chapter.depth] = (counters[chapter.depth] ?? 0) + 1
      numbers.set(chapter.id, Array.from(counters, (count) => count ?? 1).join('.'))
    }
  }
  return numbers
}

/**
 * An mdBook chapter's body with its relative links (images, files, sibling books, redirect pages) made
 * to reach from its page what they reach from its file, as they do in mdBook, where the two share a
 * folder. A chapter published elsewhere — under `chapter/` beside a generated page of the same name (the
 * Cargo Book's `index.md`), or at `chapter/` with `urls = "directories"` — lost its images. A block
 * without a relative link is kept as it is (the same object: `decoratedAt` compares them).
 */
function relocated(layout: string, chapter: Chapter, urls: Spec['urls'], body: {blocks: RenderedChapter['blocks']; footnotes: string}): typeof body {
  const folder = (file: string): string => file.slice(0, file.lastIndexOf('/') + 1)
  const [from, to] = [folder(chapter.file), folder(chapterPath(chapter.id, urls))]
  if (layout !== 'mdbook' || from === to) return body
  const blocks = body.blocks.map((block) => {
    const html = rebaseHtml(block.html, from, to)
    return html === block.html ? block : {...block, html}
  })
  return {blocks, footnotes: rebaseHtml(body.footnotes, from, to)}
}

/** A chapter's edit link: the template with `{path}`, the file relative to the project root (as mdBook). */
function editUrl(template: string | undefined, project: {root: string; contentRoot: string}, file: string): string | null {
  if (template === undefined) return null
  // Asked for every chapter on every render (each dev save): path.relative is the costly part.
  const key = `${template}\0${project.root}\0${project.contentRoot}\0${file}`
  let url = editUrls.get(key)
  if (url === undefined) {
    const relative = path.relative(project.root, path.join(project.contentRoot, file)).split(path.sep).join('/')
    url = template.replaceAll('{path}', relative.split('/').map(encodeURIComponent).join('/'))
    if (editUrls.size >= 10_000) editUrls.clear()
    editUrls.set(key, url)
  }
  return url
}

const editUrls = new Map<string, string>()

/** The rules of a chapter in document order (the first definition of a duplicated ID wins, as in the model). */
function chapterRules(chapter: Chapter, locations: Spec['rules'], registry: Registry | null): Array<Omit<RenderedRule, 'citeAs'>> {
  return labelledBlocks(chapter, registry).flatMap(({rule, block}) => {
    const location = locations[rule.id]
    return location?.chapter === chapter.id && location.block === block ? [rule] : []
  })
}

/** Each labelled block's rule data, by chapter and registry (a chapter object never changes once built). */
const labelled = new WeakMap<Chapter, {registry: Registry | null; rules: Array<{rule: Omit<RenderedRule, 'citeAs'>; block: number}>}>()

function labelledBlocks(chapter: Chapter, registry: Registry | null): Array<{rule: Omit<RenderedRule, 'citeAs'>; block: number}> {
  const known = labelled.get(chapter)
  if (known?.registry === registry) return known.rules
  const sectionTitles = new Map(chapter.sections.map((section) => [section.anchor, section.title]))
  const rules = chapter.blocks.flatMap((block) => {
    if (block.ruleId === null) return []
    const clause = clauseAt(chapter, block.index)
    const hash = clause?.hash ?? block.hash
    const rule = {
      id: block.ruleId,
      chapter: chapter.id,
      anchor: anchorFor(block.ruleId),
      hash,
      kind: block.kind,
      normative: clause !== undefined && isNormativeParagraph(clause),
      section: (block.section !== null ? sectionTitles.get(block.section) : undefined) ?? chapter.title,
      excerpt: excerpt(clause?.text ?? block.text),
      lastChangedRelease: lastChangedRelease(registry, block.ruleId, hash),
      firstRelease: firstRelease(registry, block.ruleId),
    }
    return [{rule, block: block.index}]
  })
  labelled.set(chapter, {registry, rules})
  return rules
}

/** The release a paragraph's current text was last changed in; null when its text is not released yet. */
function lastChangedRelease(registry: Registry | null, id: string, hash: string): string | null {
  // An ID renamed since the last release carries the history of its old ID: a rename is no change.
  const entry = releasedEntry(registry, id)
  if (!entry || entry.sha256 !== hash || entry.changedRelease === UNRELEASED) return null
  return entry.changedRelease
}

/** The release a rule ID first appeared in; null when it is not released yet. */
function firstRelease(registry: Registry | null, id: string): string | null {
  const entry = releasedEntry(registry, id)
  if (entry === undefined || entry.firstRelease === UNRELEASED) return null
  return entry.firstRelease
}

function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text
  const cut = text.lastIndexOf(' ', EXCERPT_LENGTH)
  return `${text.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`
}

/** Renamed and retired IDs from the registry, so that their permanent URLs keep resolving. */
function registryAliases(model: Model, lastReleased: ReadonlyMap<string, LastReleased>): IdAlias[] {
  const aliases: IdAlias[] = []
  for (const entry of model.registry?.entries.values() ?? []) {
    if (entry.id in model.spec.rules) continue
    if (entry.status.kind === 'renamed') aliases.push({id: entry.id, status: 'renamed', to: entry.status.to, last: lastReleased.get(entry.id) ?? null})
    else if (entry.status.kind === 'retired') aliases.push({id: entry.id, status: 'retired', release: entry.status.release, reason: entry.status.reason, last: lastReleased.get(entry.id) ?? null})
  }
  return aliases.sort((a, b) => (a.id < b.id ? -1 : 1))
}

/** A chapter's render input, without its tree (enough for the cache key) and, when rendered, with it. */
function lazyInput(model: Model, chapter: Chapter, base: string): {withoutTree: Omit<ChapterRenderInput, 'tree'>; full: () => ChapterRenderInput} {
  const withoutTree = chapterRenderSettings(model, chapter, base)
  return {withoutTree, full: () => ({...withoutTree, tree: model.trees.sendable(chapter.id)})}
}

/** A part's navigation: its chapters, with the SUMMARY's drafts and separators where they are listed. */
function navItems(entries: ListingEntry[], part: {id: string; chapters: string[]}, draftNumbers: Map<ListingEntry, string>): NavItem[] {
  const chapters = new Set(part.chapters)
  const items: NavItem[] = []
  for (const entry of entries) {
    if (entry.partId !== part.id) continue
    if (entry.separator) items.push({separator: true})
    else if (entry.chapterId === null) items.push({draft: entry.title, depth: entry.depth, number: draftNumbers.get(entry) ?? null})
    else if (chapters.delete(entry.chapterId)) items.push({chapter: entry.chapterId})
  }
  // Chapters no entry lists (a part of unlisted files) keep their order after the rest.
  for (const id of chapters) items.push({chapter: id})
  return items
}

/** A chapter's rendered body, read (or rendered) on first use. */
type Body = () => RenderedChapterBody

/** `load`, run once, on first use. */
function once<T>(load: () => T): () => T {
  let loaded: {value: T} | null = null
  return () => (loaded ??= {value: load()}).value
}

/** A body already in hand, as a `Body`; null stays null. */
function held(body: RenderedChapterBody | null): Body | null {
  return body === null ? null : () => body
}

/**
 * `fields` with the fields `names` that `content` gives, read on first use: to whoever reads them (a page,
 * `JSON.stringify`, a copy sent to a worker) they are plain enumerable properties, so the data stays
 * plain data; only a chapter's HTML is read from the render cache when something first looks at it.
 */
function withContent<T extends object, K extends keyof T & string>(content: () => Pick<T, K>, names: readonly K[], fields: Omit<T, K>): T {
  const target = fields as T
  for (const name of names) {
    Object.defineProperty(target, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = content()[name]
        Object.defineProperty(target, name, {value, enumerable: true, configurable: true, writable: true})
        return value
      },
    })
  }
  return target
}

function additionalUrls(model: Model, kind: 'style' | 'script' | 'icon'): string[] {
  return (model.project.additionalFiles ?? []).filter((entry) => entry.kind === kind && entry.exists).map((entry) => entry.url)
}

/**
 * An mdBook's `head.hbs` and `header.hbs`, for the pages to render, with what mdBook tells them of the
 * book; null without either. A template mdBook could not render is left out (`check` reports it, and a
 * build stops there; `specmark dev` and the previews show the pages and the diagnostic, not a failure).
 */
function bookTheme(model: Model): RenderedSpec['bookTheme'] {
  const book: ThemeBook = {
    title: model.spec.title,
    description: model.project.description ?? null,
    language: model.project.language,
    textDirection: model.project.textDirection ?? null,
    mathjaxSupport: model.project.math === true,
    searchEnabled: model.project.search?.enabled !== false,
    icons: {},
  }
  const renderable = (template: ThemeTemplate | null | undefined): string | null => {
    if (!template) return null
    const {problem, icons} = readThemeTemplate(template.source)
    if (problem !== null) return null
    for (const [type, ofType] of Object.entries(icons)) book.icons[type] = {...book.icons[type], ...ofType}
    return template.source
  }
  const head = renderable(model.project.theme?.head)
  const header = renderable(model.project.theme?.header)
  return head === null && header === null ? null : {head, header, book}
}
