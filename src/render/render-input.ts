/**
 * What rendering one chapter needs, taken from the model: the chapter, its tree (from the parse that
 * built its model), only for chapters with grammar where productions are defined, and the project's
 * settings that change HTML (URL scheme, hidden-line prefixes, the Playground's edition and whether
 * examples run, math, mdbook-katex's settings, mermaid diagrams).
 * Everything a chapter's HTML depends on is here, so this is also what the render cache key covers.
 */
import type {Model} from '../pipeline/assemble-model.ts'
import type {Chapter} from '../model/types.ts'
import type {ChapterRenderInput} from './render-chapter.ts'
import type {ProductionLocation} from './render-context.ts'

const GRAMMAR_SUMMARY = /^\{\{\s*grammar-summary\s*\}\}$/

/** A chapter's render input. */
export function chapterRenderInput(model: Model, chapter: Chapter, base: string): ChapterRenderInput {
  return {...chapterRenderSettings(model, chapter, base), tree: model.trees.get(chapter.id)}
}

/** The project's settings that change a page's HTML, whatever the page. */
export type ProjectRenderSettings = Pick<ChapterRenderInput, 'urls' | 'hidelines' | 'playground' | 'math' | 'mermaid' | 'katex'>

export function projectRenderSettings(model: Model): ProjectRenderSettings {
  const {project} = model
  return {
    urls: model.spec.urls,
    hidelines: project.codeHidelines ?? {},
    playground: {edition: project.edition, runnable: project.runnableExamples !== false, editable: project.editableExamples === true, lineNumbers: project.editorLineNumbers === true},
    math: project.math === true,
    mermaid: project.mermaid === true,
    katex: project.katex ?? null,
  }
}

/** A chapter's render input but its tree: enough for the render cache's key, and cheap. */
export function chapterRenderSettings(model: Model, chapter: Chapter, base: string): Omit<ChapterRenderInput, 'tree'> {
  const {grammar} = model.spec
  const summary = chapter.blocks.some((block) => block.type === 'paragraph' && GRAMMAR_SUMMARY.test(block.text))
  const blocks = summary || chapter.blocks.some((block) => block.type === 'grammar')
  return {
    chapter,
    base,
    grammar: summary ? grammar : [],
    productions: blocks ? productionLocations(grammar) : [],
    ...projectRenderSettings(model),
  }
}

/** One list per grammar (every chapter with grammar shares it), so that render keys serialize it once. */
const locations = new WeakMap<Model['spec']['grammar'], Array<[string, ProductionLocation]>>()

/** Where each production is defined; the first definition of a name wins, as in the model's index. */
function productionLocations(grammar: Model['spec']['grammar']): Array<[string, ProductionLocation]> {
  const known = locations.get(grammar)
  if (known) return known
  const seen = new Map<string, ProductionLocation>()
  for (const production of grammar) if (!seen.has(production.name)) seen.set(production.name, {chapter: production.chapter, anchor: production.anchor})
  const list = [...seen]
  locations.set(grammar, list)
  return list
}
