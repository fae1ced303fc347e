/**
 * Rendering small specifications in tests: write chapters to a temporary folder (our layout, one part),
 * load them with the real pipeline and render one chapter to HTML.
 */
import {assembleModel, type Model} from '../../src/pipeline/assemble-model.ts'
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
