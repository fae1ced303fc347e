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
 * Each block and summary box is followed by the railroad diagrams of its productions (`railroad.ts`),
 * drawn from the same parse, behind a toggle as mdbook-spec shows them. Footnote markers are references to
 * the chapter's footnotes, and a suffix's links (`_except [Name]_`, `[delimiters][lex.token.delim]`) go where
 * the model resolved them, as links in prose do.
 *
 * To render more of the notation (terminals, suffixes): extend the parser to report their offsets, then
 * emit them as spans here (with classes allowed in `sanitize-schema.ts`).
 */
import type {Element, ElementContent} from 'hast'
import type {PhrasingContent} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {productionAnchor} from '../core/anchors.ts'
import type {GrammarBlock, ParsedProduction, Production, Reference} from '../model/types.ts'
import {linkHandlers} from './links.ts'
import {railroadId, railroadProductions} from './railroad.ts'
import {trustedSlot, type ProductionLocation, type RenderContext} from './render-context.ts'
import {destinationHref} from './urls.ts'

type GrammarContext = Pick<RenderContext, 'chapter' | 'productions' | 'base'> & {
  urls?: RenderContext['urls']
  trusted?: RenderContext['trusted']
  /** The chapter's resolved references by source offset (a block's suffix links are among them). */
  references?: RenderContext['references']
  definitions?: RenderContext['definitions']
}

/** The model's reference of the link at a source offset, if it resolved to something. */
type ReferenceAt = (offset: number | undefined) => Reference | undefined

/** A `[^name]` marker as a footnote reference of the chapter, or null when the chapter defines none. */
export type FootnoteReference = (label: string) => ElementContent | null

/** One grammar block (its text and the model's parse of it), production names anchored, and its diagrams. */
export function grammarBlock(value: string, grammar: GrammarBlock, context: GrammarContext, footnote?: FootnoteReference): Element {
  const box = grammarBox(grammarText(value.replace(/\r\n?/g, '\n'), grammar.productions, context, {anchors: true, footnote, reference: (offset) => context.references?.take(offset)}))
  if (grammar.productions.length > 0 && context.trusted) box.children.push(railroadToggle(context, grammar.productions, false))
  return box
}

/**
 * The diagrams, hidden until asked for (mdbook-spec's "Show syntax diagrams"): a `<details>`, which works
 * without script; `site/scripts/railroad.ts` opens or closes every one on the page at once and remembers
 * the choice, as the Reference's `toggle_railroad` does. The SVG itself is trusted markup, put in the
 * slot after sanitation (`render-chapter.ts`).
 */
function railroadToggle(context: GrammarContext, productions: ParsedProduction[], summary: boolean): Element {
  const link = (name: string): string | null => {
    if (summary) return `#${railroadId(name, true)}`
    const target = context.productions.get(name)
    return target ? destinationHref({chapter: target.chapter, anchor: railroadId(name, false)}, context.chapter.id, context.base, context.urls) : null
  }
  const diagrams: Element = {type: 'element', tagName: 'div', properties: {className: ['railroad-diagrams']}, children: railroadProductions(productions, link, summary)}
  return {
    type: 'element',
    tagName: 'details',
    properties: {className: ['grammar-railroad']},
    children: [
      {type: 'element', tagName: 'summary', properties: {}, children: [{type: 'text', value: 'Syntax diagrams'}]},
      trustedSlot({trusted: context.trusted!}, [diagrams], 'div'),
    ],
  }
}

/** Every production of the specification, grouped by category, each name linked to its definition. */
export function grammarSummary(grammar: Production[], context: GrammarContext): Element[] {
  const byCategory = new Map<string, Production[]>()
  for (const production of grammar) {
    const list = byCategory.get(production.category) ?? []
    list.push(production)
    byCategory.set(production.category, list)
  }
  return [...byCategory.values()].map((productions) => {
    const box = grammarBox(
      productions.flatMap((production, index) => [
        ...(index > 0 ? [{type: 'text' as const, value: '\n\n'}] : []),
        // The suffix links as resolved where the production is defined (`Production.links`).
        ...grammarText(production.text, [production.syntax], context, {anchors: false, reference: (offset) => production.links.find((link) => link.position.start.offset === offset)}),
      ])
    )
    // The summary's diagrams link within the summary, where every production is drawn.
    if (context.trusted) box.children.push(railroadToggle(context, productions.map((production) => production.syntax), true))
    return box
  })
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
function grammarText(
  text: string,
  productions: ParsedProduction[],
  context: GrammarContext,
  options: {anchors: boolean; footnote?: FootnoteReference | undefined; reference: ReferenceAt}
): ElementContent[] {
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
      // A footnote marker is a reference to the chapter's footnote, numbered with the others (mdbook-spec).
      const reference = note.kind === 'footnote' ? (options.footnote?.(written.slice(2, -1)) ?? null) : null
      const node: ElementContent =
        note.kind === 'root'
          ? {type: 'text', value: ''}
          : note.kind === 'suffix'
            ? {type: 'element', tagName: 'sub', properties: {className: ['grammar-suffix']}, children: suffixContent(note.content ?? [{type: 'text', value: written.slice(1, -1)}], context, options.reference)}
            : (reference ?? {type: 'element', tagName: 'sup', properties: {className: ['grammar-footnote']}, children: [{type: 'text', value: written.slice(2, -1)}]})
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

/**
 * A suffix's markdown (the dev-guide: "basics like links"), as the model parsed it: rendered as prose is,
 * its links going where the model resolved them (rule links, grammar links, the chapter's definitions);
 * a bracket that names nothing stays text, as in prose.
 */
function suffixContent(content: PhrasingContent[], context: GrammarContext, reference: ReferenceAt): ElementContent[] {
  const handlers = linkHandlers({...context, definitions: context.definitions ?? new Map()}, reference)
  const paragraph = toHast({type: 'paragraph', children: content}, {handlers}) as Element
  return paragraph.children
}
