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
import type {Element, ElementContent, Nodes, Root, Text} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {findMath, katex, katexOptions, mayHoldMathText} from '../parse/syntax/math.ts'
import {SKIP, visit} from 'unist-util-visit'

/** Where MathJax's tex2jax does not look. */
const SKIPPED = new Set(['script', 'noscript', 'style', 'textarea', 'pre', 'code', 'annotation', 'annotation-xml', 'math', 'svg'])

/** Whether a block's content (before rehype-raw: raw HTML is a `raw` node) may hold math. */
export function mayHoldMath(content: Nodes[]): boolean {
  let text = ''
  for (const node of content) {
    visit(node, (inner) => {
      if (inner.type === 'text' || inner.type === 'raw') text += inner.value
    })
  }
  return mayHoldMathText(text)
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
  const found = findMath(text)
  if (found.length === 0) return null
  const pieces: ElementContent[] = []
  let at = 0
  for (const math of found) {
    if (math.start > at) pieces.push({type: 'text', value: text.slice(at, math.start)})
    pieces.push(...typeset(math.tex, math.display))
    at = math.end
  }
  if (at < text.length) pieces.push({type: 'text', value: text.slice(at)})
  return pieces
}

function typeset(tex: string, display: boolean): ElementContent[] {
  const html = katex().renderToString(tex, katexOptions(display, false))
  return fromHtml(html, {fragment: true}).children as Element[]
}
