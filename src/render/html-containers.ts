/**
 * Raw HTML that holds markdown, as mdBook lets it: `<div class="warning">`, a blank line, markdown, a
 * blank line and `</div>` (mdBook's documented warning box), or `<details>` and `<summary>` around an
 * answer. mdBook writes raw HTML out as it is, so the browser nests the markdown between the two tags.
 * Here each block is sanitized on its own, which closes the opening tag at once and drops the lone
 * closing one: the box was empty and its text followed it.
 *
 * So an unlabelled top-level block of raw HTML that leaves container elements open, and a later one that
 * closes exactly those (innermost first), are paired like the browser would pair them: the first keeps
 * its sanitized opening tags open, the second closes them, and what lies between (labelled blocks too,
 * whose wrappers are whole) ends up inside. Anything else stays as it was: balanced per block.
 */
import type {RenderedBlock} from './types.ts'

/** Elements whose content may be markdown blocks written between their tags. */
const CONTAINERS = new Set(['div', 'details', 'section', 'aside', 'article', 'blockquote', 'figure', 'center'])

/** What a block of raw HTML leaves open (outermost first) or closes (in order) of the `CONTAINERS`. */
export interface TagBalance {
  opens: string[]
  closes: string[]
  /** A closing block whose content comes before its closing tags (`<figcaption>…</figcaption></figure>`): it goes inside. */
  contentFirst?: true
}

/** The container tags `html` leaves open or closes without opening, comments set aside. */
export function tagBalance(html: string): TagBalance {
  const open: string[] = []
  const closes: string[] = []
  const text = html.replace(/<!--[\s\S]*?(-->|$)/g, '')
  let firstClose = -1
  let lastCloseEnd = -1
  for (const match of text.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g)) {
    const [, slash, name, selfClosing] = match
    const tag = name!.toLowerCase()
    if (!CONTAINERS.has(tag) || selfClosing) continue
    if (slash === '') open.push(tag)
    else if (open.at(-1) === tag) open.pop()
    else if (open.length === 0) {
      closes.push(tag)
      if (firstClose === -1) firstClose = match.index
      lastCloseEnd = match.index + match[0].length
    } else return {opens: [], closes: []} // crossed tags: leave the block as it is
  }
  const contentFirst = closes.length > 0 && text.slice(0, firstClose).trim() !== '' && text.slice(lastCloseEnd).trim() === ''
  return contentFirst ? {opens: open, closes, contentFirst} : {opens: open, closes}
}

/**
 * Pairs the blocks that open containers with the blocks that close them (`balances`, by block index; a
 * block in neither role is absent), and rewrites both blocks' HTML so the page nests what lies between.
 */
export function keepContainersOpen(blocks: RenderedBlock[], balances: ReadonlyMap<number, TagBalance>): void {
  const pending: Array<{block: RenderedBlock; opens: string[]}> = []
  for (const block of blocks) {
    const balance = balances.get(block.index)
    if (balance === undefined || block.margin !== null) continue
    if (balance.opens.length > 0 && balance.closes.length === 0) pending.push({block, opens: balance.opens})
    else if (balance.closes.length > 0 && balance.opens.length === 0) {
      const opener = pending.at(-1)
      if (opener === undefined || opener.opens.join() !== [...balance.closes].reverse().join()) continue
      const ends = [...opener.opens].reverse().map((tag) => `</${tag}>`).join('')
      // The sanitized opener ends with its containers' closing tags (it was whole): drop them.
      const html = opener.block.html.trimEnd()
      if (!html.endsWith(ends)) continue
      pending.pop()
      opener.block.html = html.slice(0, -ends.length)
      // The closing block's own content is inside the containers when it came before their closing tags.
      block.html = balance.contentFirst ? `${block.html.trimEnd()}${ends}` : `${ends}${block.html}`
    }
  }
}
