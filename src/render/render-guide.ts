/**
 * The authoring guide (`docs/authoring-guide.md`, plain GFM) as a page of the site, through the same
 * parser, model and renderer as a chapter, so it looks like one and is sanitized the same way. It is no
 * part of the specification: it is modelled as an informative chapter of its own, outside every part,
 * and its links are resolved against the specification's index (rule links in its prose stay text).
 * An mdBook's not-found page (`Project.notFoundPage`) is such a page too (`renderOwnPage`).
 *
 * Relative image paths (`images/live-preview.png`) are kept as written: the build copies the images next
 * to the page (`GUIDE_ASSETS`).
 */
import type {Root} from 'mdast'
import {buildChapter, type RawReference} from '../model/build-chapter.ts'
import type {Chapter, Reference} from '../model/types.ts'
import {resolveRawReference, type LinkIndex} from '../model/resolve-reference.ts'
import {parseChapterSource} from '../parse/parse-markdown.ts'
import {renderChapter} from './render-chapter.ts'
import type {RenderedPage} from './types.ts'
import type {ProjectRenderSettings} from './render-input.ts'

/** The page's path relative to the site's base. */
export const GUIDE_PATH = 'authoring-guide/'
/** Folders next to the guide's markdown that the page refers to, copied under `GUIDE_PATH`. */
export const GUIDE_ASSETS = ['images']

export function renderGuide(source: string, index: LinkIndex, base: string): RenderedPage {
  const guide = parseGuide(source)
  return renderParsedGuide(guide, resolveGuideLinks(guide, index), base)
}

/** A page of the site that no part of the specification holds, from its markdown `file` (relative to the content root). */
export interface OwnPage {
  id: string
  file: string
  title: string
  smartPunctuation: boolean
  definitionLists?: boolean
}

/** Such a page, rendered as the guide is, with the project's settings, its links resolved from its file. */
export function renderOwnPage(source: string, page: OwnPage, index: LinkIndex, base: string, settings: ProjectRenderSettings): RenderedPage {
  const parsed = parsePage(source, page)
  return renderParsedGuide(parsed, resolveGuideLinks(parsed, index), base, settings)
}

/** The guide parsed and modelled: a function of its text alone. */
export interface ParsedGuide {
  chapter: Chapter
  tree: Root
  rawRefs: RawReference[]
}

/** Where the guide's links go, by source offset. */
export type GuideLinks = Array<[number, Reference]>

export function parseGuide(source: string): ParsedGuide {
  return parsePage(source, {id: 'authoring-guide', file: 'authoring-guide.md', title: 'Authoring guide', smartPunctuation: true})
}

function parsePage(source: string, page: OwnPage): ParsedGuide {
  const {tree} = parseChapterSource(source, {}, {smartPunctuation: page.smartPunctuation, definitionLists: page.definitionLists === true})
  const start = {line: 1, column: 1, offset: 0}
  const {chapter, rawRefs} = buildChapter({
    entry: {
      chapterId: page.id,
      file: page.file,
      exists: true,
      title: page.title,
      partId: '',
      topic: null,
      prefix: null,
      owners: [],
      ownershipOpen: false,
      informative: true,
      depth: 0,
      parentId: null,
      listedAt: {file: page.file, start, end: start},
    },
    layout: 'mdbook',
    source,
    tree,
  })
  return {chapter, tree, rawRefs}
}

export function resolveGuideLinks(guide: ParsedGuide, index: LinkIndex): GuideLinks {
  const from = {chapter: guide.chapter.id, file: guide.chapter.file}
  return guide.rawRefs.flatMap((raw) => {
    const reference = resolveRawReference(raw, from, index)
    return reference ? [[raw.position.start.offset, reference] as [number, Reference]] : []
  })
}

export function renderParsedGuide({chapter, tree}: ParsedGuide, references: GuideLinks, base: string, settings: Partial<ProjectRenderSettings> = {}): RenderedPage {
  const body = renderChapter({chapter, tree, productions: [], grammar: [], base, references, ...settings})
  return {
    title: chapter.sections.find((section) => section.depth === 1)?.title ?? chapter.title,
    sections: chapter.sections.filter((section) => section.depth > 1).map(({anchor, title, depth}) => ({anchor, title, depth})),
    html: [...body.blocks.map((block) => block.html), body.footnotes].join('\n'),
  }
}
