/**
 * TeX math, for an mdBook with `[output.html] mathjax-support = true`, and mdbook-katex's (`katexHandlers`). mdBook leaves the TeX in the page
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
import type {Handlers, State} from 'mdast-util-to-hast'
import type {RootContentMap} from 'mdast'
import {DEFAULT_DELIMITERS, type DisplayMath, type KatexSettings} from '../parse/katex.ts'
import {trustedSlot, type RenderContext} from './render-context.ts'

type InlineMath = RootContentMap['inlineMath']

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

function typeset(tex: string, display: boolean, book?: KatexSettings['options']): ElementContent[] {
  const html = katex().renderToString(tex, katexOptions(display, false, book))
  return fromHtml(html, {fragment: true}).children as Element[]
}

/**
 * mdbook-katex's math nodes (`src/parse/katex.ts`), typeset as MathML with the book's KaTeX options into a
 * slot for trusted markup; in its escape mode (`pre-render = false`) left in the text as written,
 * delimiters and all, for the book's own script (katex.js or MathJax) to typeset in the browser.
 */
export function katexHandlers(context: Pick<RenderContext, 'katex' | 'trusted'>): Handlers {
  const handle = (_state: State, node: InlineMath | DisplayMath): ElementContent => {
    const display = node.type === 'displayMath'
    const settings = context.katex
    if (settings === null || !settings.preRender) {
      const {left, right} = (settings?.delimiters ?? DEFAULT_DELIMITERS)[display ? 'block' : 'inline']
      return {type: 'text', value: `${left}${node.value}${right}`}
    }
    return trustedSlot(context, typeset(node.value, display, settings.options), 'span')
  }
  return {inlineMath: handle, displayMath: handle}
}
