/**
 * The `/id/<ID>/` forwarding page of every current rule ID, written directly rather than through Astro:
 * there is one per rule (2,996 for the Reference), each a few lines that forward at once (meta refresh)
 * to the paragraph, and generating them as Astro pages cost more than the rest of the site. Renamed and
 * retired IDs keep their Astro page (`site/pages/id/[id].astro`), which shows a tombstone or the text
 * last released.
 */
import path from 'node:path'
import type {RenderedSpec} from '../render/types.ts'
import {idPath} from '../render/urls.ts'
import {writeIfChangedSync} from './out-dir.ts'

/**
 * Writes one page per current rule under `outDir`, leaving a page that already holds the same bytes as
 * it is; returns every page's file.
 */
export async function writeIdPages(rendered: RenderedSpec, outDir: string): Promise<string[]> {
  const chapters = new Map(rendered.chapters.map((chapter) => [chapter.id, chapter]))
  const href = (relative: string): string => `${rendered.base}${relative}`
  const pages = rendered.rules.map((rule) => {
    const chapter = chapters.get(rule.chapter)
    const target = `${href(chapter?.path ?? '')}#${rule.anchor}`
    const html =
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${escape(target)}">` +
      `<link rel="icon" href="${escape(href('favicon.svg'))}" type="image/svg+xml"><title>[${escape(rule.id)}] — ${escape(rendered.title)}</title></head>` +
      `<body><p>Rule <a href="${escape(target)}">[${escape(rule.id)}]</a> is in <a href="${escape(href(chapter?.path ?? ''))}">${escape(chapter?.title ?? '')}</a> › ${escape(rule.section)}.</p>` +
      `<blockquote>${escape(rule.excerpt)}</blockquote></body></html>\n`
    return {file: path.join(outDir, idPath(rule.id), 'index.html'), html}
  })
  for (const {file, html} of pages) writeIfChangedSync(file, html)
  return pages.map((page) => page.file)
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
