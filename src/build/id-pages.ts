/**
 * The `/id/<ID>/` forwarding page of every current rule ID, written directly rather than through Astro:
 * there is one per rule (2,996 for the Reference), each a few lines that forward at once (meta refresh)
 * to the paragraph, and generating them as Astro pages cost more than the rest of the site. Renamed and
 * retired IDs keep their Astro page (`site/pages/id/[id].astro`), which shows a tombstone or the text
 * last released.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {cacheKey, openCache} from '../cache/cache.ts'
import type {RenderedSpec} from '../render/types.ts'
import {idPath} from '../render/urls.ts'
import {writeIfChangedSync, writeNewFileSync} from './out-dir.ts'

/** Where a build into `outDir` remembers what each chapter's `/id/` pages were made from (`writeIdPages`). */
export interface IdPagesMemory {
  root: string
  enabled: boolean
  /** Whether a page's file is there (what the output folder held when the build started). */
  exists: (file: string) => boolean
}

/**
 * Writes one page per current rule under `outDir`, leaving a page that already holds the same bytes as
 * it is; returns every page's file. With `memory`, a chapter's pages made from the same data as by the
 * previous build into `outDir` (its rules, its title and path, the spec's title, language and base: a key kept in
 * the one cache per output folder) are only checked to exist (`memory.exists`), not read and compared: an edit writes the
 * `/id/` pages of the chapters it changed and looks at no other.
 */
export function writeIdPages(rendered: IdPagesData, outDir: string, memory?: IdPagesMemory): string[] {
  const chapters = new Map(rendered.chapters.map((chapter) => [chapter.id, chapter]))
  const href = (relative: string): string => `${rendered.base}${relative}`
  const byChapter = new Map<string, RenderedSpec['rules']>()
  for (const rule of rendered.rules) {
    const rules = byChapter.get(rule.chapter)
    if (rules) rules.push(rule)
    else byChapter.set(rule.chapter, [rule])
  }
  // The excerpt is the book's text: in the book's language, as every other page (`book.language`).
  const htmlLanguage = `lang="${escape(rendered.language)}"${rendered.textDirection ? ` dir="${rendered.textDirection}"` : ''}`
  const cache = openCache<IdPagesManifest>(memory?.root ?? outDir, 'id-pages', memory?.enabled ?? false)
  const manifestKey = cacheKey('id pages', path.resolve(outDir))
  const previous = cache.get(manifestKey)?.chapters ?? {}
  const keys: Record<string, string> = {}
  const files: string[] = []
  for (const [chapterId, rules] of byChapter) {
    const chapter = chapters.get(chapterId)
    const pages = rules.map((rule) => path.join(outDir, idPath(rule.id), 'index.html'))
    // A page's HTML, made only for the pages written.
    const html = (rule: RenderedSpec['rules'][number]): string => {
      const target = `${href(chapter?.path ?? '')}#${rule.anchor}`
      return (
        `<!DOCTYPE html><html ${htmlLanguage}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${escape(target)}">` +
        `<link rel="icon" href="${escape(href('favicon.svg'))}" type="image/svg+xml"><title>[${escape(rule.id)}] — ${escape(rendered.title)}</title></head>` +
        `<body><p>Rule <a href="${escape(target)}">[${escape(rule.id)}]</a> is in <a href="${escape(href(chapter?.path ?? ''))}">${escape(chapter?.title ?? '')}</a> › ${escape(rule.section)}.</p>` +
        `<blockquote>${escape(rule.excerpt)}</blockquote></body></html>\n`
      )
    }
    // What this chapter's pages are made of (this module's code is in `cacheKey`'s code version).
    const key = createHash('sha256')
      .update(JSON.stringify([rendered.base, rendered.title, htmlLanguage, chapter?.path ?? null, chapter?.title ?? null, rules]))
      .digest('hex')
    keys[chapterId] = key
    const kept = previous[chapterId] === key && memory !== undefined && pages.every((file) => memory.exists(file))
    if (!kept) rules.forEach((rule, index) => (memory?.exists(pages[index]!) === false ? writeNewFileSync : writeIfChangedSync)(pages[index]!, html(rule)))
    files.push(...pages)
  }
  cache.set(manifestKey, {chapters: keys})
  return files
}

/** What the `/id/` pages show of the rendered specification. */
export type IdPagesData = Pick<RenderedSpec, 'base' | 'title' | 'language' | 'textDirection' | 'rules'> & {chapters: Array<Pick<RenderedSpec['chapters'][number], 'id' | 'path' | 'title'>>}

/** The same data, without the rest of the rendered specification (for a worker: a small copy). */
export function idPagesData(rendered: RenderedSpec): IdPagesData {
  return {base: rendered.base, title: rendered.title, language: rendered.language, textDirection: rendered.textDirection, rules: rendered.rules, chapters: rendered.chapters.map(({id, path, title}) => ({id, path, title}))}
}

/** What a build writes the `/id/` pages from, in a worker of the pool or on its own thread (`writeIdPagesJob`). */
export interface IdPagesJob {
  data: IdPagesData
  outDir: string
  /** The project's root and whether its cache is on (`IdPagesMemory`). */
  root: string
  enabled: boolean
  /** Whether the folder held a previous build's files when the build started (`prepareOutDir`). */
  previousBuild: boolean
}

/** `writeIdPages` for a build. */
export function writeIdPagesJob(job: IdPagesJob): string[] {
  // A folder without a previous build's files holds none of the pages (no need to ask for each).
  const exists = job.previousBuild ? (file: string) => fs.existsSync(file) : () => false
  return writeIdPages(job.data, job.outDir, {root: job.root, enabled: job.enabled, exists})
}

/** The key of each chapter's `/id/` pages, as the last build into an output folder made them. */
interface IdPagesManifest {
  chapters: Record<string, string>
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
