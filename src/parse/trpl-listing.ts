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
import type {Element, ElementContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import type {Nodes, Parents, PhrasingContent, Root} from 'mdast'
import {toHast} from 'mdast-util-to-hast'
import {visit} from 'unist-util-visit'

interface Listing {
  number: string | null
  caption: string | null
  fileName: string | null
}

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

/**
 * The attributes of an opening tag, read as an HTML parser reads them (either quotes, entities), or null
 * for one the preprocessor refuses: an attribute of another name, or one without a value.
 */
function listingOf(tag: string): Listing | null {
  const element = fromHtml(`${tag}</Listing>`, {fragment: true}).children[0]
  if (element?.type !== 'element' || element.tagName !== 'listing') return null
  const listing: Listing = {number: null, caption: null, fileName: null}
  for (const [name, value] of Object.entries(element.properties)) {
    if (typeof value !== 'string' || value === '') return null
    if (name === 'number') listing.number = value
    else if (name === 'caption') listing.caption = value
    else if (name === 'file-name') listing.fileName = value
    else return null
  }
  return listing
}

/** An element's opening tag: the markdown after it, up to the closing tag, goes inside. */
function openingTag(element: Element): string {
  return toHtml(element).slice(0, -`</${element.tagName}>`.length)
}

function openingHtml({number, fileName}: Listing): string {
  const figure = openingTag({type: 'element', tagName: 'figure', properties: {className: ['listing'], ...(number === null ? {} : {id: `listing-${number}`})}, children: []})
  if (fileName === null) return figure
  return `${figure}\n${toHtml({type: 'element', tagName: 'span', properties: {className: ['file-name']}, children: [{type: 'text', value: `Filename: ${fileName}`}]})}`
}

function closingHtml({number, caption}: Listing, trailing: string, inline: (markdown: string) => PhrasingContent[]): string {
  const rendered = caption === null ? [] : (toHast({type: 'paragraph', children: inline(caption)}) as Element).children
  const link: ElementContent[] = number === null ? [] : [{type: 'element', tagName: 'a', properties: {href: `#listing-${number}`}, children: [{type: 'text', value: `Listing ${number}`}]}]
  const content = number !== null && caption !== null ? [...link, {type: 'text', value: ': '} as const, ...rendered] : [...link, ...rendered]
  const figcaption = content.length === 0 ? '' : `${toHtml({type: 'element', tagName: 'figcaption', properties: {}, children: content})}\n`
  return `${figcaption}</figure>${trailing}`
}
