/**
 * mdbook-katex's math: in an mdBook with `[preprocessor.katex]`, `$…$` is inline math and `$$…$$`
 * displayed (or the delimiters `inline-delimiter` and `block-delimiter` set), found in the chapter's
 * markdown before it is parsed, so that markdown never reads the TeX (`$a*b*c$` is no emphasis, and
 * `\\` in a matrix stays two backslashes). The scan is mdbook-katex's own (`scan.rs` at 1f63ab8): a
 * backslash escapes the next character (`\$` is a dollar), code between backticks is skipped, the
 * display delimiter is tried before the inline one, and math runs to the first unescaped closing
 * delimiter, across lines.
 *
 * Each math is masked, before the parse, by as many noncharacters (U+FDD0…) as it has characters, line
 * endings kept: offsets and lines stay put, and markdown reads the mask as a word. The masks that come
 * back in text become `inlineMath` (or `displayMath`) nodes, placed where the math was written; one that landed in code or
 * raw HTML (mdbook-katex's scan does not skip `~~~` fences) is put back as written there. The renderer
 * typesets the nodes (`src/render/math.ts`), and `check` reports TeX that does not typeset.
 * <https://github.com/lzanini/mdbook-katex>
 */
import type {Literal, Nodes, PhrasingContent, Root, RootContentMap, Text} from 'mdast'
import type {Point} from 'unist'
import {location} from 'vfile-location'

/**
 * Math written with the block delimiter (`$$…$$`): displayed, though inline in the markdown (mdbook-katex
 * puts KaTeX's display span where the math was). The inline delimiter's is satteri's `inlineMath`.
 */
export interface DisplayMath extends Literal {
  type: 'displayMath'
}

/** satteri's inline math node (its types add it to mdast's). */
type InlineMath = RootContentMap['inlineMath']

declare module 'mdast' {
  interface PhrasingContentMap {
    displayMath: DisplayMath
  }
  interface RootContentMap {
    displayMath: DisplayMath
  }
}

export interface Delimiter {
  left: string
  right: string
}

/** The delimiters of mdbook-katex's math, as `[preprocessor.katex]` sets them. */
export interface KatexDelimiters {
  inline: Delimiter
  block: Delimiter
}

export const DEFAULT_DELIMITERS: KatexDelimiters = {inline: {left: '$', right: '$'}, block: {left: '$$', right: '$$'}}

/** `[preprocessor.katex]`, as far as it changes what a page shows. */
export interface KatexSettings {
  delimiters: KatexDelimiters
  /** `pre-render = false` (mdbook-katex's escape mode): the math stays in the page as written, for the book's own script. */
  preRender: boolean
  /** KaTeX's options the table sets: the `macros` file's macros, `leqno`, `fleqn`, `trust`, … */
  options: {macros: Record<string, string>; leqno: boolean; fleqn: boolean; trust: boolean; maxExpand?: number; minRuleThickness?: number; errorColor?: string}
}

/** One math in a text: where it starts and ends, delimiters included, and its TeX. */
export interface ScannedMath {
  start: number
  end: number
  tex: string
  display: boolean
}

/** Every math of `text`, found as mdbook-katex's scan finds it. */
export function scanKatexMath(text: string, delimiters: KatexDelimiters): ScannedMath[] {
  const found: ScannedMath[] = []
  let at = 0
  while (at < text.length) {
    const char = text[at]
    const display = text.startsWith(delimiters.block.left, at)
    if (display || text.startsWith(delimiters.inline.left, at)) {
      const {left, right} = display ? delimiters.block : delimiters.inline
      const close = closing(text, at + left.length, right)
      // Unclosed: mdbook-katex stops looking, and the rest is text.
      if (close === -1) break
      found.push({start: at, end: close + right.length, tex: text.slice(at + left.length, close), display})
      at = close + right.length
    } else if (char === '\\') {
      at += 2
    } else if (char === '`') {
      const after = skipCode(text, at)
      if (after === -1) break
      at = after
    } else {
      at++
    }
  }
  return found
}

/** The first `right` from `from` that no odd run of backslashes escapes, or -1. */
function closing(text: string, from: number, right: string): number {
  for (let at = text.indexOf(right, from); at !== -1; at = text.indexOf(right, at + right.length)) {
    let backslashes = 0
    while (text[at - 1 - backslashes] === '\\') backslashes++
    if (backslashes % 2 === 0) return at
  }
  return -1
}

/** Past the backtick run at `at` and the next run of as many (longer runs are skipped whole), or -1. */
function skipCode(text: string, at: number): number {
  let ticks = 0
  while (text[at + ticks] === '`') ticks++
  const fence = '`'.repeat(ticks)
  for (let from = at + ticks; ; ) {
    const close = text.indexOf(fence, from)
    if (close === -1) return -1
    let end = close + ticks
    if (text[end] !== '`') return end
    while (text[end] === '`') end++
    from = end
  }
}

/**
 * The noncharacters a mask is made of: two for each kind, alternating, so that adjacent masks stay apart.
 * A mask is a run of one of them (line endings within it kept).
 */
const MASKS = {inline: ['\uFDD0', '\uFDD1'], display: ['\uFDD2', '\uFDD3']} as const
const MASKED = /([\uFDD0-\uFDD3])(?:[\r\n]*\1)*/g
const HOLDS_MASK = /[\uFDD0-\uFDD3]/

/**
 * `text` parsed by `parse` with its math (`scanKatexMath`) read as `inlineMath` and `displayMath` nodes. A math holding an
 * empty line is left as written: its mask would keep the empty line, which ends a paragraph.
 */
export function parseWithKatexMath(text: string, delimiters: KatexDelimiters, parse: (text: string) => Root): Root {
  const found = scanKatexMath(text, delimiters).filter((math) => !/\n\r?\n/.test(text.slice(math.start, math.end)))
  if (found.length === 0) return parse(text)
  let masked = ''
  let at = 0
  found.forEach((math, index) => {
    const char = MASKS[math.display ? 'display' : 'inline'][index % 2]!
    masked += text.slice(at, math.start) + text.slice(math.start, math.end).replace(/[^\r\n]/g, char)
    at = math.end
  })
  const tree = parse(masked + text.slice(at))
  restoreMath(tree, text, found)
  return tree
}

/** Turns the masks in `tree`'s text into math nodes, and puts back as written those elsewhere. */
function restoreMath(tree: Root, text: string, found: ScannedMath[]): void {
  const place = location(text)
  const byStart = new Map(found.map((math) => [math.start, math]))
  const claimed = new Set<ScannedMath>()
  // The math a mask stands for: the one starting where the mask is (its node's start and its place in
  // the node's value, unless markdown took characters out before it: an escape, an entity), else the
  // first unclaimed one of its length starting in its node.
  const mathAt = (run: string, from: number, to: number, at: number): ScannedMath | undefined => {
    const exact = byStart.get(at)
    let math = exact && !claimed.has(exact) && exact.end - exact.start === run.length ? exact : undefined
    math ??= found.find((candidate) => candidate.start >= from && candidate.start < to && !claimed.has(candidate) && candidate.end - candidate.start === run.length)
    if (math) claimed.add(math)
    return math
  }
  const putBack = (value: string, from: number, to: number): string =>
    value.replace(MASKED, (run: string, _char: string, index: number) => {
      const math = mathAt(run, from, to, from + index)
      return math ? text.slice(math.start, math.end) : run
    })
  const walk = (node: Nodes): void => {
    if ('children' in node) {
      node.children = node.children.flatMap((child) => {
        if (child.type === 'text' && HOLDS_MASK.test(child.value)) return splitText(child, mathAt, place) as (typeof child)[]
        walk(child)
        return [child]
      })
      return
    }
    const from = node.position?.start.offset ?? 0
    const to = node.position?.end.offset ?? text.length
    if ('value' in node && typeof node.value === 'string') node.value = putBack(node.value, from, to)
    if ('url' in node) node.url = putBack(node.url, from, to)
    if ('title' in node && typeof node.title === 'string') node.title = putBack(node.title, from, to)
    if ('alt' in node && typeof node.alt === 'string') node.alt = putBack(node.alt, from, to)
  }
  walk(tree)
}

/** A text node split into its text and its math; a mask with no math of its own stays text. */
function splitText(node: Text, mathAt: (run: string, from: number, to: number, at: number) => ScannedMath | undefined, place: ReturnType<typeof location>): PhrasingContent[] {
  const from = node.position?.start.offset ?? 0
  const to = node.position?.end.offset ?? from
  const found: Array<{index: number; length: number; math: ScannedMath}> = []
  for (const match of node.value.matchAll(MASKED)) {
    const math = mathAt(match[0], from, to, from + match.index)
    if (math) found.push({index: match.index, length: match[0].length, math})
  }
  // Smart punctuation's text (`smart-punctuation.ts`) holds the same masks: it is split alike.
  const smart = node.data?.smart === undefined ? undefined : between(node.data.smart)
  const smartRuns = smart?.length === found.length + 1 ? smart : undefined
  const pieces: PhrasingContent[] = []
  let at = 0
  let start = node.position?.start
  found.forEach(({index, length, math}, run) => {
    const mathStart = place.toPoint(math.start)
    const mathEnd = place.toPoint(math.end)
    if (index > at) pieces.push(textPiece(node.value.slice(at, index), smartRuns?.[run], start, mathStart))
    const typeset: InlineMath | DisplayMath = {type: math.display ? 'displayMath' : 'inlineMath', value: math.tex, ...(mathStart && mathEnd ? {position: {start: mathStart, end: mathEnd}} : {})}
    pieces.push(typeset)
    at = index + length
    start = mathEnd
  })
  if (at < node.value.length) pieces.push(textPiece(node.value.slice(at), smartRuns?.at(-1), start, node.position?.end))
  return pieces
}

/** The text between the masks of `value`. */
function between(value: string): string[] {
  const pieces: string[] = []
  let at = 0
  for (const match of value.matchAll(MASKED)) {
    pieces.push(value.slice(at, match.index))
    at = match.index + match[0].length
  }
  pieces.push(value.slice(at))
  return pieces
}

function textPiece(value: string, smart: string | undefined, start: Point | undefined, end: Point | undefined): Text {
  return {type: 'text', value, ...(smart === undefined || smart === value ? {} : {data: {smart}}), ...(start && end ? {position: {start, end}} : {})}
}
