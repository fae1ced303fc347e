/**
 * Rendered chapters kept in memory between renders of successive models of one specification
 * (`specmark dev` renders again on every save). A chapter's HTML is a function of its model object (kept
 * by the model builder while its draft and resolved references are unchanged, `BuildOptions.previous`),
 * its tree (parsed with that draft), the site's base path and URL scheme, and — for a chapter with grammar
 * — where productions are defined, or for the grammar summary, the productions themselves. So a body is
 * kept by identity while those are the same, with no key to compute, and only changed chapters render.
 * Bodies are also kept by render key (`renderKey`), for a chapter parsed again to the same result (a
 * reload of the project, with the disk cache off).
 */
import {resolution, type LinkIndex} from '../model/resolve-reference.ts'
import type {Chapter, Production} from '../model/types.ts'
import type {ChapterRenderInput, RenderedChapterBody} from './render-chapter.ts'
import {parseGuide, renderParsedGuide, resolveGuideLinks, type ParsedGuide} from './render-guide.ts'
import type {RenderedPage} from './types.ts'

interface Kept {
  body: RenderedChapterBody
  base: string
  urls: ChapterRenderInput['urls']
  /** The project's other settings that change HTML, as text (`projectSettings`). */
  settings: string
  /** The production locations' version it was rendered with (0: none needed). */
  locations: number
  /** The grammar it summarises, if it has the summary. */
  grammar: Production[] | null
}

/** How many bodies are kept by key: beyond it, the oldest go. */
const KEYED_LIMIT = 4096

export class RenderMemo {
  private readonly kept = new WeakMap<Chapter, Kept>()
  private readonly byKey = new Map<string, RenderedChapterBody>()
  private locations: ChapterRenderInput['productions'] = []
  private locationsVersion = 1
  private guidePage: {source: string; parsed: ParsedGuide; base: string; links: string; page: RenderedPage} | null = null

  /** The body kept for this input, if nothing it depends on changed. */
  get(input: Omit<ChapterRenderInput, 'tree'>): RenderedChapterBody | null {
    const kept = this.kept.get(input.chapter)
    if (!kept || kept.base !== input.base || kept.urls !== input.urls || kept.settings !== projectSettings(input)) return null
    if (input.productions.length > 0 && kept.locations !== this.locationsOf(input.productions)) return null
    if (input.grammar.length > 0 && (kept.grammar === null || !sameGrammar(kept.grammar, input.grammar))) return null
    return kept.body
  }

  set(input: Omit<ChapterRenderInput, 'tree'>, body: RenderedChapterBody): void {
    const locations = input.productions.length > 0 ? this.locationsOf(input.productions) : 0
    this.kept.set(input.chapter, {body, base: input.base, urls: input.urls, settings: projectSettings(input), locations, grammar: input.grammar.length > 0 ? input.grammar : null})
  }

  /** The authoring guide's page (`renderGuide`): parsed again when its text changed, rendered again when its links resolve differently. */
  guide(source: string, index: LinkIndex, base: string): RenderedPage {
    const kept = this.guidePage
    const parsed = kept?.source === source ? kept.parsed : parseGuide(source)
    const references = resolveGuideLinks(parsed, index)
    const links = JSON.stringify(references.map(([offset, reference]) => [offset, ...resolution(reference)]))
    if (kept && kept.parsed === parsed && kept.base === base && kept.links === links) return kept.page
    const page = renderParsedGuide(parsed, references, base)
    this.guidePage = {source, parsed, base, links, page}
    return page
  }

  /** The body rendered earlier for this render key, if any. */
  keyed(key: string): RenderedChapterBody | null {
    return this.byKey.get(key) ?? null
  }

  setKeyed(key: string, body: RenderedChapterBody): void {
    this.byKey.delete(key)
    this.byKey.set(key, body)
    if (this.byKey.size > KEYED_LIMIT) this.byKey.delete(this.byKey.keys().next().value!)
  }

  /** A version number of the production locations, bumped only when their content changes. */
  private locationsOf(list: ChapterRenderInput['productions']): number {
    if (list === this.locations) return this.locationsVersion
    const same =
      list.length === this.locations.length &&
      list.every(([name, location], position) => {
        const [otherName, other] = this.locations[position]!
        return name === otherName && location.chapter === other.chapter && location.anchor === other.anchor
      })
    this.locations = list
    if (!same) this.locationsVersion++
    return this.locationsVersion
  }
}

/** Whether two grammars render alike: production for production the same object, or the same data. */
function sameGrammar(a: Production[], b: Production[]): boolean {
  return a === b || (a.length === b.length && a.every((production, position) => production === b[position] || JSON.stringify(production) === JSON.stringify(b[position])))
}

/** What else of the project a chapter's HTML depends on (a `book.toml` edited while `dev` runs). */
function projectSettings(input: Omit<ChapterRenderInput, 'tree'>): string {
  return JSON.stringify([input.hidelines ?? {}, input.playground ?? null, input.math ?? false])
}
