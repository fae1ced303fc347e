/**
 * The Rust Book's listings (its `trpl-listing` preprocessor, `packages/mdbook-trpl/src/listing` at the
 * book's HEAD): in an mdBook with `[preprocessor.trpl-listing]`, `<Listing number="1-1"
 * file-name="src/main.rs" caption="Some *text*">` … `</Listing>` around a listing's markdown is the
 * figure the preprocessor writes in its default output mode: `<figure class="listing" id="listing-1-1">`,
 * a `Filename: src/main.rs` line, the markdown, then `<figcaption>` with a link to the listing, its
 * number and its caption (markdown, rendered). The tags are raw HTML blocks of the tree; the markdown
 * between them is left as it is, and the renderer nests it in the figure as it nests any (the
 * `html-containers.ts` pairing). A tag that does not read (an attribute the preprocessor refuses) is
 * left as written.
 */
import type {Nodes, Parents, PhrasingContent, Root} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {toHtml} from 'hast-util-to-html'
import {visit} from 'unist-util-visit'

interface Listing {
  number: string | null
  caption: string | null
  fileName: string | null
}

/** An attribute, its value in double or single quotes (the book quotes a caption holding `"` in `'`). */
const ATTRIBUTE = /([A-Za-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/**
 * Each listing's tags in `tree` as the preprocessor writes them; `inline` parses a caption's markdown.
 * Mutates and returns `tree`.
 */
export function readTrplListings(tree: Root, inline: (markdown: string) => PhrasingContent[]): Root {
  visit(tree, (node: Nodes) => {
    if (!('children' in node)) return
    let open: Listing | null = null
    for (const child of (node as Parents).children) {
      if (child.type !== 'html') continue
      const value = child.value.trim()
      if (value.startsWith('<Listing') && value.endsWith('>')) {
        open = listingOf(value)
        if (open) child.value = openingHtml(open)
      } else if (value.startsWith('</Listing>') && open) {
        child.value = closingHtml(open, value.slice('</Listing>'.length), inline)
        open = null
      }
    }
  })
  return tree
}

/** The attributes of an opening tag, or null for one the preprocessor refuses. */
function listingOf(tag: string): Listing | null {
  const listing: Listing = {number: null, caption: null, fileName: null}
  let refused = false
  const rest = tag.slice('<Listing'.length, -1).replace(ATTRIBUTE, (_all, name: string, double: string | undefined, single: string | undefined) => {
    const value = double ?? single ?? ''
    if (name === 'number') listing.number = decode(value)
    else if (name === 'caption') listing.caption = decode(value)
    else if (name === 'file-name') listing.fileName = decode(value)
    else refused = true
    return ''
  })
  return rest.trim() === '' && !refused ? listing : null
}

/** An attribute's value as the HTML parser reads it (the book writes `&quot;` and `&amp;` in captions). */
function decode(value: string): string {
  return value.replace(/&(quot|amp|lt|gt|#39);/g, (_all, name: string) => ({quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'"})[name]!)
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function openingHtml({number, fileName}: Listing): string {
  const figure = `<figure class="listing"${number === null ? '' : ` id="listing-${escape(number)}"`}>`
  return fileName === null ? figure : `${figure}\n<span class="file-name">Filename: ${escape(fileName)}</span>`
}

function closingHtml({number, caption}: Listing, trailing: string, inline: (markdown: string) => PhrasingContent[]): string {
  const captionHtml = caption === null ? null : toHtml(toHast({type: 'paragraph', children: inline(caption)}) as never).replace(/^<p>|<\/p>$/g, '')
  if (number !== null) {
    const link = `<a href="#listing-${escape(number)}">Listing ${escape(number)}</a>`
    return `<figcaption>${link}${captionHtml === null ? '' : `: ${captionHtml}`}</figcaption>\n</figure>${trailing}`
  }
  return captionHtml === null ? `</figure>${trailing}` : `<figcaption>${captionHtml}</figcaption>\n</figure>${trailing}`
}
