/**
 * An editable example coloured as it is edited, as mdBook's editor colours it: at each pause in typing,
 * the example is tokenized again as the build tokenizes it (`example-tokens.ts`, loaded on the first
 * edit) and each token's text is painted through the CSS Custom Highlight API (`::highlight(code-…)` in
 * site/styles/code-tokens.css), which leaves the text, and so the browser's own undo, as the reader
 * left it. Without the API, typed text keeps the colour of the token it is typed in.
 */

/** How long typing pauses before the example is coloured again (ms). */
const PAUSE = 120

/** Each example's painted ranges, taken back when it is painted again. */
const painted = new WeakMap<HTMLElement, Array<[Highlight, Range]>>()

/** Colours `code` (an editable example's `<code>`) again after each pause in editing it. */
export function paintWhileEditing(code: HTMLElement): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  let timer: number | undefined
  code.addEventListener('input', () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(() => void paint(code), PAUSE)
  })
}

async function paint(code: HTMLElement): Promise<void> {
  const {rustTokens} = await import('./example-tokens.ts')
  for (const [highlight, range] of painted.get(code) ?? []) highlight.delete(range)
  const texts = textNodes(code)
  const ranges: Array<[Highlight, Range]> = []
  for (const token of texts.length === 0 ? [] : rustTokens(code.textContent ?? '')) {
    const range = document.createRange()
    range.setStart(...pointAt(texts, token.offset))
    range.setEnd(...pointAt(texts, token.offset + token.length))
    let highlight = CSS.highlights.get(token.highlight)
    if (!highlight) CSS.highlights.set(token.highlight, (highlight = new Highlight()))
    highlight.add(range)
    ranges.push([highlight, range])
  }
  painted.set(code, ranges)
}

/** The text nodes of `root` in order, each with the offset of its first character in `root`'s text. */
function textNodes(root: HTMLElement): Array<{node: Text; start: number}> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const nodes: Array<{node: Text; start: number}> = []
  let start = 0
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes.push({node: node as Text, start})
    start += (node as Text).length
  }
  return nodes
}

/** The text node and the offset in it of character `offset` of the text (the end of the last node past it). */
function pointAt(texts: Array<{node: Text; start: number}>, offset: number): [Text, number] {
  const found = texts.find(({node, start}) => offset < start + node.length) ?? texts.at(-1)!
  return [found.node, Math.min(offset - found.start, found.node.length)]
}
