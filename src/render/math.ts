/**
 * TeX math, for an mdBook with `[output.html] mathjax-support = true`. mdBook leaves the TeX in the page
 * and loads MathJax 2 from a CDN, which typesets what its defaults find in the page's text: `\(…\)`
 * inline, `\[…\]`, `$$…$$` and `\begin{…}…\end{…}` environments displayed, outside `pre`, `code` and
 * the like. (Markdown makes the author's `\\(` a `\(`, which is why mdBook's guide asks for the doubled
 * backslash.) specmark finds the same delimiters in the same text and typesets them when it builds, as
 * MathML (KaTeX), which browsers draw themselves: no script, no fonts, nothing fetched from elsewhere.
 *
 * Math does not span elements (emphasis markdown made inside TeX splits it, as it does for MathJax); TeX
 * KaTeX cannot read stays as written, marked in red with the reason as its title.
 */
import {createRequire} from 'node:module'
import type {Element, ElementContent, Nodes, Root, Text} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type Katex from 'katex'
import {SKIP, visit} from 'unist-util-visit'

/** Where MathJax's tex2jax does not look. */
const SKIPPED = new Set(['script', 'noscript', 'style', 'textarea', 'pre', 'code', 'annotation', 'annotation-xml', 'math', 'svg'])

/** Each opening delimiter, and what closes it. */
const DELIMITERS = [
  {open: '\\(', close: '\\)', display: false},
  {open: '\\[', close: '\\]', display: true},
  {open: '$$', close: '$$', display: true},
] as const

/** `\begin{name}` opening an environment (`align`, `equation*`, …). */
const ENVIRONMENT = /^\\begin\{([A-Za-z]+\*?)\}/

/** Whether a block's content (before rehype-raw: raw HTML is a `raw` node) may hold math. */
export function mayHoldMath(content: Nodes[]): boolean {
  let text = ''
  for (const node of content) {
    visit(node, (inner) => {
      if (inner.type === 'text' || inner.type === 'raw') text += inner.value
    })
  }
  return DELIMITERS.some((delimiter) => text.includes(delimiter.open)) || text.includes('\\begin{')
}

/** Typesets the math in the text of `root` (sanitized content: the MathML is a trusted addition). */
export function typesetMath(root: Root): void {
  visit(root, (node, index, parent) => {
    if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP
    if (node.type !== 'text' || parent === undefined || index === undefined) return
    // Adjacent text is one text to MathJax, which reads the page's DOM (`\[` … `]` is three nodes when
    // markdown took the brackets for a link reference).
    while (parent.children[index + 1]?.type === 'text') node.value += (parent.children.splice(index + 1, 1)[0] as Text).value
    const pieces = mathIn(node)
    if (pieces === null) return
    parent.children.splice(index, 1, ...pieces)
    return [SKIP, index + pieces.length]
  })
}

/** The text node split into text and typeset math, or null for text without math. */
function mathIn(node: Text): ElementContent[] | null {
  const text = node.value
  const pieces: ElementContent[] = []
  let at = 0
  for (let found = nextMath(text, at); found !== null; found = nextMath(text, at)) {
    if (found.start > at) pieces.push({type: 'text', value: text.slice(at, found.start)})
    pieces.push(...typeset(found.tex, found.display))
    at = found.end
  }
  if (pieces.length === 0) return null
  if (at < text.length) pieces.push({type: 'text', value: text.slice(at)})
  return pieces
}

/** The first math at or after `from`, found as tex2jax finds it. */
function nextMath(text: string, from: number): {start: number; end: number; tex: string; display: boolean} | null {
  for (let start = from; start < text.length - 1; start++) {
    const char = text[start]
    if (char !== '\\' && char !== '$') continue
    const environment = char === '\\' ? ENVIRONMENT.exec(text.slice(start, start + 80)) : null
    if (environment) {
      // MathJax's `processEnvironments`: `\begin{align}…\end{align}` is math without delimiters.
      const end = text.indexOf(`\\end{${environment[1]}}`, start + environment[0].length)
      if (end === -1) continue
      const after = end + `\\end{${environment[1]}}`.length
      return {start, end: after, tex: text.slice(start, after), display: true}
    }
    const delimiter = DELIMITERS.find((candidate) => text.startsWith(candidate.open, start))
    if (delimiter === undefined) continue
    const close = closing(text, start + delimiter.open.length, delimiter.close)
    if (close === -1) continue
    return {start, end: close + delimiter.close.length, tex: text.slice(start + delimiter.open.length, close), display: delimiter.display}
  }
  return null
}

/**
 * Where `close` ends math that starts at `from`: the first one outside braces, else the first one at
 * all (unbalanced braces are KaTeX's to report), else -1. Escaped characters are skipped.
 */
function closing(text: string, from: number, close: string): number {
  let depth = 0
  let first = -1
  for (let at = from; at < text.length; at++) {
    if (text.startsWith(close, at)) {
      if (depth === 0) return at
      if (first === -1) first = at
    }
    const char = text[at]
    if (char === '\\') at++
    else if (char === '{') depth++
    else if (char === '}' && depth > 0) depth--
  }
  return first
}

function typeset(tex: string, display: boolean): ElementContent[] {
  const html = katex().renderToString(tex, {displayMode: display, output: 'mathml', throwOnError: false})
  return fromHtml(html, {fragment: true}).children as Element[]
}

let loaded: typeof Katex | null = null

/** KaTeX, loaded the first time a book has math (most have none). */
function katex(): typeof Katex {
  loaded ??= createRequire(import.meta.url)('katex') as typeof Katex
  return loaded
}
