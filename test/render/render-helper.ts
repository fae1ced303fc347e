/**
 * Rendering small specifications in tests: write chapters (our layout, one part) or a whole book to a
 * temporary folder, load them with the real pipeline and render one chapter to HTML.
 */
import {assembleModel, type Model} from '../../src/pipeline/assemble-model.ts'
import type {Chapter} from '../../src/model/types.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

/** Loads a spec whose chapters are `bodies` (file name without `.md` → body), in order, plus `extra` files. */
export async function loadChapters(bodies: Record<string, string>, extra: Record<string, string> = {}): Promise<Model> {
  const names = Object.keys(bodies)
  const files: Record<string, string> = {'outline.yaml': outlineYaml(names.map((name) => ({id: name, prefix: name, file: `${name}.md`})))}
  for (const name of names) files[`${name}.md`] = chapter(name, bodies[name]!)
  Object.assign(files, extra)
  return assembleModel(await writeTree(files), {cache: false})
}

/** The HTML of chapter `name` (default: the first), blocks and footnotes joined. */
export function chapterHtml(model: Model, name?: string): string {
  const chapter = name === undefined ? model.spec.chapters[0]! : model.spec.chapters.find((candidate) => candidate.id === name)!
  const body = renderChapter(chapterRenderInput(model, chapter, '/'))
  return [...body.blocks.map((block) => block.html), body.footnotes].join('\n')
}

/** Renders one chapter written as `body` and returns its HTML. */
export async function renderMarkdown(body: string): Promise<string> {
  return chapterHtml(await loadChapters({main: body}))
}

/** A chapter's blocks' HTML, joined by newlines (its footnotes left out). */
export function blocksHtml(model: Model, chapter: Chapter = model.spec.chapters[0]!): string {
  return renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')
}

/** Writes `files` (an mdBook, or a spec of our layout) to a temporary folder, loads it and renders its first chapter's blocks. */
export async function renderBook(files: Record<string, string>): Promise<{html: string; root: string; model: Model}> {
  const root = await writeTree(files)
  const model = await assembleModel(root, {cache: false})
  return {html: blocksHtml(model), root, model}
}
