/**
 * Grammar blocks (```` ```grammar,<category> ````): the notation as written, with each production's name
 * anchored (`id="grammar-<Name>"`, where grammar links land) and each nonterminal linked to its
 * production, wherever in the specification that is. Nothing is parsed here: the model holds each block
 * parsed (`CodeInfo.grammar`, parsed once while the chapter was modelled), so what is linked is exactly
 * what `check` resolved.
 *
 * The grammar summary (mdbook-spec's `{{ grammar-summary }}`) renders through `grammarSummary`: every
 * production again (the model's `Production.text` and `syntax`), linked to its definition, without
 * anchors of its own.
 *
 * To render more of the notation (terminals, suffixes): extend the parser to report their offsets, then
 * emit them as spans here (with classes allowed in `sanitize-schema.ts`).
 */
import type {Element, ElementContent} from 'hast'
import {productionAnchor} from '../core/anchors.ts'
import type {GrammarBlock, ParsedProduction, Production} from '../model/types.ts'
import type {ProductionLocation, RenderContext} from './render-context.ts'
import {destinationHref} from './urls.ts'

type GrammarContext = Pick<RenderContext, 'chapter' | 'productions' | 'base'> & {urls?: RenderContext['urls']}

/** One grammar block (its text and the model's parse of it), production names anchored. */
export function grammarBlock(value: string, grammar: GrammarBlock, context: GrammarContext): Element {
  return grammarBox(grammarText(value.replace(/\r\n?/g, '\n'), grammar.productions, context, {anchors: true}))
}

/** Every production of the specification, grouped by category, each name linked to its definition. */
export function grammarSummary(grammar: Production[], context: GrammarContext): Element[] {
  const byCategory = new Map<string, Production[]>()
  for (const production of grammar) {
    const list = byCategory.get(production.category) ?? []
    list.push(production)
    byCategory.set(production.category, list)
  }
  return [...byCategory.values()].map((productions) =>
    grammarBox(
      productions.flatMap((production, index) => [
        ...(index > 0 ? [{type: 'text' as const, value: '\n\n'}] : []),
        ...grammarText(production.text, [production.syntax], context, {anchors: false}),
      ])
    )
  )
}

function grammarBox(children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {className: ['grammar']},
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: {className: ['grammar-text']},
        children: [{type: 'element', tagName: 'code', properties: {className: ['language-grammar']}, children}],
      },
    ],
  }
}

/**
 * The text of a grammar block as hast: production names as spans (anchored, or linked to their
 * definition), nonterminals as links. A block that does not parse renders as far as it parsed.
 */
function grammarText(text: string, productions: ParsedProduction[], context: GrammarContext, options: {anchors: boolean}): ElementContent[] {
  const marks: Array<{offset: number; length: number; node: ElementContent}> = []
  for (const production of productions) {
    const name = {type: 'text' as const, value: production.name}
    const definition = context.productions.get(production.name)
    const nameNode: ElementContent =
      options.anchors || !definition
        ? {
            type: 'element',
            tagName: 'span',
            properties: {className: ['grammar-name'], ...(options.anchors ? {id: productionAnchor(production.name)} : {})},
            children: [name],
          }
        : link(production.name, definition, context, 'grammar-name')
    marks.push({offset: production.nameOffset, length: production.name.length, node: nameNode})
    for (const note of production.notation) {
      const written = text.slice(note.offset, note.offset + note.length)
      // mdbook-spec hides `@root`; a suffix is subscript without its `_`s; a footnote marker superscript.
      const node: ElementContent =
        note.kind === 'root'
          ? {type: 'text', value: ''}
          : note.kind === 'suffix'
            ? {type: 'element', tagName: 'sub', properties: {className: ['grammar-suffix']}, children: [{type: 'text', value: written.slice(1, -1)}]}
            : {type: 'element', tagName: 'sup', properties: {className: ['grammar-footnote']}, children: [{type: 'text', value: written.slice(2, -1)}]}
      marks.push({offset: note.offset, length: note.length, node})
    }
    for (const use of production.uses) {
      const target = context.productions.get(use.name)
      const node: ElementContent = target
        ? link(use.name, target, context, 'grammar-ref')
        : {type: 'element', tagName: 'span', properties: {className: ['unresolved']}, children: [{type: 'text', value: use.name}]}
      marks.push({offset: use.offset, length: use.name.length, node})
    }
  }
  marks.sort((a, b) => a.offset - b.offset)
  const children: ElementContent[] = []
  let position = 0
  for (const mark of marks) {
    if (mark.offset < position) continue
    if (mark.offset > position) children.push({type: 'text', value: text.slice(position, mark.offset)})
    children.push(mark.node)
    position = mark.offset + mark.length
  }
  if (position < text.length) children.push({type: 'text', value: text.slice(position)})
  return children
}

function link(name: string, production: ProductionLocation, context: GrammarContext, className: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {href: destinationHref({chapter: production.chapter, anchor: production.anchor}, context.chapter.id, context.base, context.urls), className: [className]},
    children: [{type: 'text', value: name}],
  }
}
