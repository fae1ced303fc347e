/**
 * Smart punctuation, as mdBook renders it (`output.html.smart-punctuation`, on by default since mdBook
 * 0.5, and set by the Reference): "quotes" and 'quotes' curled, `--` as –, `---` as —, `...` as …, never
 * in code. The model keeps the text as written — a clause's hash covers its words, not its typography,
 * and search finds `hasn't` as typed — so the parse records the typeset text of each text node that
 * differs in `data.smart`, which only render shows.
 *
 * satteri's `smartPunctuation` (pulldown-cmark's, as mdBook's) reads the same input into the same text
 * nodes at the same offsets, so its text is taken node by node; a node that `native-parse.ts` mended
 * since (its text no longer what satteri read), or a tree micromark read, stays as written.
 */
import type {Nodes, Root} from 'mdast'

declare module 'mdast' {
  interface TextData {
    /** The text with smart punctuation, where it differs (see `src/parse/smart-punctuation.ts`). */
    smart?: string
  }
}

/** The value of every text node, by its start offset. */
export function textsByOffset(tree: Root): Map<number, string> {
  const texts = new Map<number, string>()
  const walk = (node: Nodes): void => {
    if (node.type === 'text') texts.set(node.position!.start.offset!, node.value)
    else if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return texts
}

/**
 * Sets `data.smart` on each text node of `tree` whose text is what satteri read without smart
 * punctuation (`plain`) and differs with it (`smart`). Mutates `tree`.
 */
export function markSmartText(tree: Root, plain: Map<number, string>, smart: Map<number, string>): void {
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      const at = node.position?.start.offset
      const typeset = at === undefined ? undefined : smart.get(at)
      if (typeset !== undefined && typeset !== node.value && plain.get(at!) === node.value) node.data = {...node.data, smart: typeset}
    } else if ('children' in node) {
      for (const child of node.children) walk(child)
    }
  }
  walk(tree)
}
