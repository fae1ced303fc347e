/**
 * Railroad (syntax) diagrams of grammar productions, drawn as mdbook-spec draws them
 * (`tools/mdbook-spec/src/grammar/render_railroad.rs` in rust-lang/reference), from the expression tree
 * the model parsed (`ParsedProduction.expression`, parsed once with the chapter), with Tab Atkins' railroad-diagrams (the library the Rust
 * crate mdbook-spec uses is modelled on). Each production becomes `<div class="railroad-production"
 * id="railroad-<Name>">` holding one SVG (`railroad-summary-<Name>` on the grammar summary, so that no id
 * repeats on a page); nonterminals link to their production's diagram.
 *
 * The SVG is trusted markup built here from parsed names and terminals (every text a text node), added
 * after sanitation; its colours come from the site's theme variables (`site/styles/content.css`).
 *
 * To draw a new construct: add its case to `node()`, following the Rust renderer's case of the same name.
 */
import {Choice, Comment, Diagram, End, type FakeSVG, Group, HorizontalChoice, NonTerminal, OneOrMore, Optional, Sequence, Skip, Stack, Start, Terminal} from '@prantlf/railroad-diagrams'
import type {Element, ElementContent} from 'hast'
import type {CharsetCharacter, CharsetItem, GrammarExpression} from '../grammar/parse-grammar.ts'

/** mdbook-spec's limits for a choice drawn in columns. */
const CHOICE_MAX_ROWS_PER_COLUMN = 5
const CHOICE_MAX_COLUMNS = 4
/** Wider than this, a production is drawn again with its line breaks stacked. */
const MAX_WIDTH = 900

/** The id of a production's diagram on its chapter page, or on the grammar summary. */
export function railroadId(name: string, summary: boolean): string {
  return summary ? `railroad-summary-${name}` : `railroad-${name}`
}

/** Where a nonterminal's diagram is, as an href from the page drawn; null when it is defined nowhere. */
export type RailroadLink = (name: string) => string | null

/** One `railroad-production` element per production, in order. */
export function railroadProductions(productions: Array<{name: string; expression: GrammarExpression}>, link: RailroadLink, summary: boolean): Element[] {
  return productions.map((production) => {
    let diagram = makeDiagram(production, link, false)
    // As mdbook-spec does: a very wide diagram is drawn again with its line breaks stacked.
    if (diagram.width > MAX_WIDTH) diagram = makeDiagram(production, link, true)
    diagram.format()
    const svg = toHast(diagram) as Element
    const label = `Syntax diagram of ${production.name}`
    svg.properties = {...svg.properties, className: ['railroad'], role: 'group', ariaLabel: label}
    svg.children.unshift({type: 'element', tagName: 'title', properties: {}, children: [{type: 'text', value: label}]})
    return {
      type: 'element',
      tagName: 'div',
      properties: {className: ['railroad-production'], id: railroadId(production.name, summary)},
      children: [svg],
    }
  })
}

function makeDiagram(production: {name: string; expression: GrammarExpression}, link: RailroadLink, stack: boolean): Diagram {
  const body = node(production.expression, link, stack) ?? new Skip()
  return new Diagram(new Start({label: production.name}), body, new End())
}

function node(expression: GrammarExpression, link: RailroadLink, stack: boolean): FakeSVG | null {
  let drawn = kind(expression, link, stack)
  if (drawn === null) return null
  if (expression.kind === 'repeatRange' && expression.name !== null && !isNamedRepeat(expression)) drawn = new Group(drawn, new Comment(`repeat count ${expression.name}`))
  if (expression.suffix !== undefined) drawn = new Group(drawn, new Comment(stripMarkdown(expression.suffix)))
  // Footnotes are not drawn (mdbook-spec does not draw them either); the text form links them.
  return drawn
}

type RepeatRange = Extract<GrammarExpression, {kind: 'repeatRange'}>

/** `X{name}`: as many times as the repetition named `name` (written with no bounds). */
function isNamedRepeat(expression: RepeatRange): boolean {
  return expression.name !== null && expression.min === null && expression.max === null && !expression.inclusive
}

function kind(expression: GrammarExpression, link: RailroadLink, stack: boolean): FakeSVG | null {
  const inner = (child: GrammarExpression): FakeSVG | null => node(child, link, stack)
  switch (expression.kind) {
    case 'group':
      return inner(expression.expression)
    case 'choice':
      return boundedChoice(expression.items.map(inner).filter((item) => item !== null))
    case 'charset':
      return boundedChoice(expression.items.map((item) => charsetItem(item, link)))
    case 'sequence':
      return sequence(expression.items, link, stack)
    case 'notFollowedBy': {
      const forward = inner(expression.expression)
      return forward && new Group(forward, new Comment('not followed by'))
    }
    case 'optional': {
      const item = inner(expression.expression)
      return item && new Optional(item)
    }
    case 'zeroOrMore': {
      const item = inner(expression.expression)
      return item && new Optional(new OneOrMore(item))
    }
    case 'oneOrMore': {
      const item = inner(expression.expression)
      return item && new OneOrMore(item)
    }
    case 'repeatRange':
      if (isNamedRepeat(expression)) {
        const item = inner(expression.expression)
        return item && new Group(item, new Comment(`repeat exactly ${expression.name} times`))
      }
      return repeatRange(expression, link, stack)
    case 'nonterminal':
      return nonterminal(expression.name, link)
    case 'terminal':
    case 'prose':
      return new Terminal(expression.text)
    case 'break':
    case 'comment':
      return null
    case 'negation': {
      const excluded = inner(expression.expression)
      if (excluded === null) return null
      return new Group(nonterminal('CHAR', link), new Stack(new Comment('with the exception of'), excluded))
    }
    case 'cut': {
      const rest = inner(expression.expression)
      return rest && new Group(rest, new Comment('no backtracking'))
    }
    case 'unicode':
      return new Terminal(`U+${expression.code}`)
  }
}

function charsetItem(item: CharsetItem, link: RailroadLink): FakeSVG {
  const character = (c: CharsetCharacter): string => (c.kind === 'terminal' ? c.text : `U+${c.code}`)
  switch (item.kind) {
    case 'terminal':
      return new Terminal(item.text)
    case 'unicode':
      return new Terminal(`U+${item.code}`)
    case 'nonterminal':
      return nonterminal(item.name, link)
    case 'range':
      return new Terminal(`${character(item.from)}-${character(item.to)}`)
  }
}

/** `e{a..b}` as mdbook-spec draws it: optional, repeated with "at most n more times", or a fixed prefix. */
function repeatRange(expression: RepeatRange, link: RailroadLink, stack: boolean): FakeSVG | null {
  const {inclusive: closed} = expression
  const min = expression.min ?? 0
  const max = expression.max
  const item = (): FakeSVG | null => node(expression.expression, link, stack)
  if (min === 1 && max === 1 && closed) return item()
  if (min === 0 && max === 1 && closed) return wrap(item(), (n) => new Optional(n))
  if (min === 0 && max === null) return wrap(item(), (n) => new Optional(new OneOrMore(n)))
  if (min === 1 && max === null) return wrap(item(), (n) => new OneOrMore(n))
  if (max === 0 || (max === 1 && !closed)) return new Skip()
  if (min === 0 && max !== null) return wrap(repeatRange({...expression, name: null, min: 1}, link, stack), (n) => new Optional(n))
  if (min === 1 && max !== null) {
    const more = closed ? max - 1 : max - 2
    return wrap(item(), (n) => new OneOrMore(n, new Comment(`at most ${more} more times`)))
  }
  if (max !== null && !closed && max <= min) return new Skip()
  // `e{a..}` as `e` a-1 times then `e{1..}`; `e{a..=b}` as `e` a-1 times then `e{1..=b-(a-1)}`.
  const first = item()
  if (first === null) return null
  const rest = repeatRange({...expression, name: null, min: 1, max: max === null ? null : max - (min - 1)}, link, stack)
  const items: FakeSVG[] = [first, ...Array.from({length: min - 2}, () => item()!)]
  if (rest !== null) items.push(rest)
  return new Sequence(...items)
}

function wrap(item: FakeSVG | null, make: (item: FakeSVG) => FakeSVG): FakeSVG | null {
  return item === null ? null : make(item)
}

function sequence(items: GrammarExpression[], link: RailroadLink, stack: boolean): FakeSVG | null {
  const make = (part: GrammarExpression[]): FakeSVG | null => {
    const drawn = part.map((item) => node(item, link, stack)).filter((item) => item !== null)
    return drawn.length === 0 ? null : new Sequence(...drawn)
  }
  if (!stack) return make(items)
  // Stacked: one row per line of the production as written.
  const rows: GrammarExpression[][] = [[]]
  for (const item of items) {
    if (item.kind === 'break') rows.push([])
    else rows[rows.length - 1]!.push(item)
  }
  const drawn = rows.map(make).filter((row) => row !== null)
  if (drawn.length === 0) return null
  return drawn.length === 1 ? drawn[0]! : new Stack(...drawn)
}

function nonterminal(name: string, link: RailroadLink): FakeSVG {
  const href = link(name)
  return new NonTerminal(name, href === null ? {} : {href})
}

/** Choices in at most four columns of at most about five rows, as mdbook-spec's `bounded_multichoice`. */
function boundedChoice(items: FakeSVG[]): FakeSVG | null {
  if (items.length === 0) return null
  if (items.length === 1) return items[0]!
  const columns = Math.min(CHOICE_MAX_COLUMNS, Math.ceil(items.length / CHOICE_MAX_ROWS_PER_COLUMN))
  const rows = Math.ceil(items.length / columns)
  const groups: FakeSVG[][] = []
  for (let start = 0; start < items.length; start += rows) groups.push(items.slice(start, start + rows))
  const choices = groups.map((group) => (group.length === 1 ? group[0]! : new Choice(0, ...group)))
  return choices.length === 1 ? choices[0]! : new HorizontalChoice(...choices)
}

/** Markdown links in a suffix as their text (`_except [X]_` → `except X`), as mdbook-spec does. */
function stripMarkdown(text: string): string {
  return text.replace(/\[([^\]]+)\](?:\[[^\]]*\]|\([^)]*\))?/g, '$1')
}

/** The library's element tree as hast: attributes as properties, texts as text nodes. */
function toHast(svg: FakeSVG | string): ElementContent {
  if (typeof svg === 'string') return {type: 'text', value: svg}
  const properties: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(svg.attrs)) {
    if (name === 'xlink:href') properties.href = String(value)
    // The start label's inline `text-anchor` becomes a class the stylesheet aligns.
    else if (name === 'style') properties.className = 'label'
    else if (name === 'class') properties.className = String(value)
    else properties[name] = value
  }
  const children = typeof svg.children === 'string' ? [svg.children] : svg.children
  return {type: 'element', tagName: svg.tagName, properties, children: children.map(toHast)}
}
