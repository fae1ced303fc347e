/**
 * What rendering one chapter needs, taken from the model: the chapter, its tree (from the parse that
 * built its model), and — only for chapters with grammar — where productions are defined. Everything a
 * chapter's HTML depends on is here, so this is also what the render cache key covers.
 */
import type {Root} from 'mdast'
import type {Chapter, Production} from '../model/types.ts'
import type {ChapterRenderInput} from './render-chapter.ts'
import type {ProductionLocation} from './render-context.ts'

const GRAMMAR_SUMMARY = /^\{\{\s*grammar-summary\s*\}\}$/

export function chapterRenderInput(chapter: Chapter, tree: Root, grammar: Production[], base: string): ChapterRenderInput {
  const summary = chapter.blocks.some((block) => block.type === 'paragraph' && GRAMMAR_SUMMARY.test(block.text))
  const blocks = summary || chapter.blocks.some((block) => block.type === 'grammar')
  return {chapter, tree, base, grammar: summary ? grammar : [], productions: blocks ? productionLocations(grammar) : []}
}

/** One list per grammar (every chapter with grammar shares it), so that render keys serialize it once. */
const locations = new WeakMap<Production[], Array<[string, ProductionLocation]>>()

/** Where each production is defined; the first definition of a name wins, as in the model's index. */
function productionLocations(grammar: Production[]): Array<[string, ProductionLocation]> {
  const known = locations.get(grammar)
  if (known) return known
  const seen = new Map<string, ProductionLocation>()
  for (const production of grammar) if (!seen.has(production.name)) seen.set(production.name, {chapter: production.chapter, anchor: production.anchor})
  const list = [...seen]
  locations.set(grammar, list)
  return list
}
