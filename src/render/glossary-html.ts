/**
 * The glossary as the site shows it: each entry of `buildGlossary` with its definition as HTML, taken
 * from the defining paragraph's rendered (sanitized) content, so that its links, code and emphasis stay
 * what they are in the chapter. Moved to another page, the paragraph needs two changes: links within its
 * chapter (`#anchor`) are made to point at the chapter page, and its `id`s are dropped (the glossary page
 * has its own, and an id must not appear twice on a page).
 */
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {GlossaryEntry} from '../model/glossary.ts'
import type {Spec} from '../model/types.ts'
import type {RenderedChapter} from './types.ts'

export interface RenderedGlossaryEntry extends GlossaryEntry {
  /** The defining paragraph's content as sanitized HTML, with links that work from the glossary page. */
  definitionHtml: string
}

const stringifier = unified().use(rehypeStringify).freeze()

/** Adds each entry's definition HTML, from the rendered chapters (`base` + a chapter's path is its page). */
export function renderGlossary(entries: GlossaryEntry[], spec: Spec, chapters: RenderedChapter[], base: string): RenderedGlossaryEntry[] {
  const rendered = new Map(chapters.map((chapter) => [chapter.id, chapter]))
  const modelChapters = new Map(spec.chapters.map((chapter) => [chapter.id, chapter]))
  return entries.map((entry) => {
    const chapter = rendered.get(entry.chapter)
    const term = spec.terms.find((candidate) => candidate.slug === entry.slug && candidate.chapter === entry.chapter)
    const modelChapter = modelChapters.get(entry.chapter)
    // The rendered block holding the definition: its own, or (inside an admonition or list) its top-level one.
    let index = term?.block ?? -1
    while (modelChapter && index >= 0 && !chapter?.blocks.some((block) => block.index === index)) index = modelChapter.blocks[index]?.parent ?? -1
    const block = chapter?.blocks.find((candidate) => candidate.index === index)
    const definitionHtml = block && chapter ? moved(block.html, `${base}${chapter.path}`) : escapeText(entry.definition)
    return {...entry, definitionHtml}
  })
}

/** The HTML of a block shown on another page than its chapter's (`page`): fragment links lead back to it. */
function moved(html: string, page: string): string {
  const tree: Root = fromHtml(html, {fragment: true})
  visit(tree, 'element', (element: Element) => {
    delete element.properties.id
    const target = element.properties.href
    if (typeof target === 'string' && target.startsWith('#')) element.properties.href = `${page}${target}`
  })
  return stringifier.stringify(tree)
}

function escapeText(text: string): string {
  return `<p>${text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</p>`
}
