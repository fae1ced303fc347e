/**
 * The renderer's sanitized HTML of a clause as XHTML that ReqIF accepts: ReqIF's `XHTML-CONTENT` allows
 * only the XHTML modularization modules its driver includes (text, hypertext, list, edit, presentation,
 * tables, object; no images, forms, sections or SVG), in the XHTML namespace, well-formed XML.
 *
 * The HTML is parsed (hast-util-from-html) and written back element by element: known elements keep their
 * name and a few attributes (`class`, `title`, `href` on links, table cell spans), structural HTML5
 * elements become `div` (blocks) or `span` (inline), and what has no XHTML equivalent (`svg`, `button`,
 * `input`, `img` — whose `alt` text is kept) is dropped; typeset math keeps its TeX, as text. `id` attributes are dropped: ReqIF identifiers
 * share the document's `xsd:ID` space. Lists, tables and code blocks come through intact.
 */
import type {Element, ElementContent, Properties, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

declare module 'mdast-util-to-hast' {
  interface RawData {
    /** The node's content as ReqIF XHTML (`hastToReqifXhtml`), where its maker wrote that too. */
    xhtml?: string
  }
}

/** Elements kept as they are. */
const KEEP = new Set([
  'p', 'div', 'blockquote', 'pre', 'address', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'br', 'span',
  'em', 'strong', 'dfn', 'code', 'samp', 'kbd', 'var', 'cite', 'abbr', 'acronym', 'q', 'tt', 'i', 'b', 'big', 'small', 'sub', 'sup',
  'a', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'ins', 'del',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'col', 'colgroup',
])
/** HTML5 block containers, written as `div`. */
const AS_DIV = new Set(['section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'figure', 'details', 'figcaption', 'summary'])
/** Dropped with their content. */
const DROP = new Set(['svg', 'button', 'input', 'script', 'style', 'template', 'select', 'textarea', 'iframe', 'object'])
const VOID = new Set(['br', 'hr', 'col'])
/** Attributes kept, per element (`*` for all). */
const ATTRIBUTES: Record<string, string[]> = {
  '*': ['className', 'title'],
  a: ['href'],
  th: ['colSpan', 'rowSpan', 'scope'],
  td: ['colSpan', 'rowSpan'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite', 'dateTime'],
  del: ['cite', 'dateTime'],
}
const XML_NAMES: Record<string, string> = {className: 'class', colSpan: 'colspan', rowSpan: 'rowspan', dateTime: 'datetime'}
/** Attribute names as XML writes them that hast does not use (it says `colSpan`, not `colspan`). */
const XML_ONLY_NAMES = Object.values(XML_NAMES).filter((name) => name !== 'class')

/** `html` (a fragment) as the content of one `xhtml:div`, with the `xhtml:` prefix on every element. */
export function htmlToReqifXhtml(html: string): string {
  const tree: Root = fromHtml(html, {fragment: true})
  return wrapReqifXhtml(tree.children.map(write).join(''))
}

/** Content (`hastToReqifXhtml`'s, one block's after another's) as one `xhtml:div`, as `htmlToReqifXhtml` writes it. */
export function wrapReqifXhtml(content: string): string {
  return `<xhtml:div>${content}</xhtml:div>`
}

/**
 * The XHTML content (without the wrapping `xhtml:div`) of sanitized hast, as `htmlToReqifXhtml` makes it
 * from that hast's HTML — without serializing and parsing it again, most of the export's time. The
 * renderer calls it on each block's tree, which it holds anyway.
 *
 * Only for trees the HTML parser would read back as they are; null for any other (the caller converts
 * the HTML then). Parsing restructures what HTML's content rules forbid (a `div` in a `p` closes it, a
 * `tr` directly in a `table` gets a `tbody`, a nested `a` is split, …) and normalizes some text (CR,
 * NUL, a byte-order mark, a newline first in a `pre`), so the check is an allow-list: the elements below,
 * each only where the parser leaves it; anything else answers null.
 */
export function hastToReqifXhtml(children: ReadonlyArray<RootContent | ElementContent>): string | null {
  if (!children.every((child) => stableNode(child, 'flow', false))) return null
  return children.map(write).join('')
}

/** What may hold what, for `stableNode`: the contexts content can be in. */
type Context = 'flow' | 'phrasing' | 'list' | 'dl' | 'table' | 'rows' | 'cells' | 'colgroup'

/** Inline elements the parser nests as written (its formatting elements among them, properly nested). */
const PHRASING = new Set(['a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var'])
const PHRASING_VOID = new Set(['br', 'img', 'wbr', 'input'])
/** Blocks holding only inline content. */
const PHRASING_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre'])
/** Blocks holding any flow content. */
const FLOW_BLOCKS = new Set(['div', 'blockquote', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'figure', 'figcaption', 'details', 'summary', 'address'])
/** Start tags that end foreign content (an `svg`): the parser would take them out of it. */
const BREAKOUT = new Set(['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var', 'font'])
/** Characters the parser drops or changes in text and attribute values. */
const UNSTABLE_TEXT = /[\r\0\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function stableText(value: string): boolean {
  return !UNSTABLE_TEXT.test(value)
}

function stableNode(node: RootContent | ElementContent, context: Context, inLink: boolean): boolean {
  // Markup written with its XHTML (highlighted code, `src/render/paired-themes.ts`).
  if (node.type === 'raw') return node.data?.xhtml !== undefined && (context === 'flow' || context === 'phrasing')
  if (node.type === 'text') {
    if (!stableText(node.value)) return false
    // Text among table rows or cells is moved out of the table unless it is whitespace.
    return context === 'flow' || context === 'phrasing' || context === 'list' || context === 'dl' || /^[ \t\n\f]*$/.test(node.value)
  }
  // Comments are not written; one that could end early or start another would change what follows it.
  if (node.type === 'comment') return !/--|^-?>|<!-|-$/.test(node.value)
  if (node.type !== 'element') return false
  const name = node.tagName
  if (!stableProperties(node.properties)) return false
  if (name === 'svg' || name === 'math') return (context === 'flow' || context === 'phrasing') && foreignStable(node)
  const voidElement = node.children.length === 0
  switch (context) {
    case 'list':
      return name === 'li' && childrenStable(node, 'flow', inLink)
    case 'dl':
      return (name === 'dt' || name === 'dd') && childrenStable(node, 'flow', inLink)
    case 'table':
      if (name === 'caption') return childrenStable(node, 'flow', inLink)
      if (name === 'colgroup') return childrenStable(node, 'colgroup', inLink)
      return (name === 'thead' || name === 'tbody' || name === 'tfoot') && childrenStable(node, 'rows', inLink)
    case 'colgroup':
      return name === 'col' && voidElement
    case 'rows':
      return name === 'tr' && childrenStable(node, 'cells', inLink)
    case 'cells':
      return (name === 'td' || name === 'th') && childrenStable(node, 'flow', false)
    case 'phrasing':
    case 'flow':
      if (PHRASING_VOID.has(name)) return voidElement
      if (name === 'a') return !inLink && childrenStable(node, 'phrasing', true)
      if (PHRASING.has(name)) return childrenStable(node, 'phrasing', inLink)
      if (name === 'button') return childrenStable(node, 'phrasing', inLink) && !contains(node, 'button')
      if (context === 'phrasing') return false
      if (name === 'hr') return voidElement
      // The parser drops a newline that starts a `pre`.
      if (name === 'pre' && node.children[0]?.type === 'text' && node.children[0].value.startsWith('\n')) return false
      if (PHRASING_BLOCKS.has(name)) return childrenStable(node, 'phrasing', inLink)
      if (FLOW_BLOCKS.has(name)) return childrenStable(node, 'flow', inLink)
      if (name === 'ul' || name === 'ol') return childrenStable(node, 'list', inLink)
      if (name === 'dl') return childrenStable(node, 'dl', inLink)
      if (name === 'table') return childrenStable(node, 'table', inLink)
      return false
  }
}

/**
 * Index loops here and below, not `for…of`: this runs for every element of the book, and Maglev (the
 * top tier of a batch run: the launcher's `--max-opt=2`) allocates an iterator result for each step.
 */
function childrenStable(node: Element, context: Context, inLink: boolean): boolean {
  const children = node.children
  for (let index = 0; index < children.length; index++) if (!stableNode(children[index]!, context, inLink)) return false
  return true
}

/** The attributes the XHTML keeps (`ATTRIBUTES`, and an image's `alt` text). */
const WRITTEN = [...new Set([...Object.values(ATTRIBUTES).flat(), 'alt'])]

/**
 * Whether the attributes the XHTML keeps read back from HTML as they are: strings without characters
 * the parser changes, numbers for spans, class names one token each.
 */
function stableProperties(properties: Properties): boolean {
  // Written attributes named as in HTML (`attributeOf`): `class` only, and not beside `className`.
  if (properties.class !== undefined && (typeof properties.class !== 'string' || properties.className !== undefined || !stableText(properties.class))) return false
  for (let index = 0; index < XML_ONLY_NAMES.length; index++) if (properties[XML_ONLY_NAMES[index]!] !== undefined) return false
  for (let index = 0; index < WRITTEN.length; index++) {
    const name = WRITTEN[index]!
    const value = properties[name]
    if (value === undefined || value === null || value === false) continue
    if (name === 'colSpan' || name === 'rowSpan') {
      if (typeof value !== 'number') return false
    } else if (name === 'className') {
      if (!Array.isArray(value) || !value.every(stableClassName)) return false
    } else if (typeof value !== 'string' || !stableText(value)) return false
  }
  return true
}

const WHITESPACE = /[ \t\n\f]/

/** A class name read back as it is: one token (checked for every highlighted token's span). */
function stableClassName(name: Properties[string]): boolean {
  return typeof name === 'string' && name !== '' && !WHITESPACE.test(name) && stableText(name)
}

/** An `svg` (or `math`) subtree, dropped from the XHTML, that the parser keeps whole: no element in it ends foreign content. */
function foreignStable(node: Element): boolean {
  return node.children.every((child) => child.type === 'text' ? stableText(child.value) : child.type === 'comment' || (child.type === 'element' && !BREAKOUT.has(child.tagName) && foreignStable(child)))
}

function contains(node: Element, name: string): boolean {
  return node.children.some((child) => child.type === 'element' && (child.tagName === name || contains(child, name)))
}

/** Plain text as XHTML content: one paragraph per line. */
export function textToReqifXhtml(text: string): string {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim() !== '')
  return `<xhtml:div>${paragraphs.map((line) => `<xhtml:p>${escapeText(line)}</xhtml:p>`).join('')}</xhtml:div>`
}

function write(node: RootContent | ElementContent): string {
  if (node.type === 'text') return escapeText(node.value)
  if (node.type === 'raw') return node.data?.xhtml ?? ''
  if (node.type !== 'element') return ''
  return writeElement(node)
}

/** The attributes written for each element name (the XHTML is written for every block: a few megabytes). */
const attributesByName = new Map<string, string[]>()

function attributesOf(name: string): string[] {
  let attributes = attributesByName.get(name)
  if (!attributes) {
    attributes = [...(ATTRIBUTES['*'] ?? []), ...(KEEP.has(name) ? (ATTRIBUTES[name] ?? []) : [])]
    attributesByName.set(name, attributes)
  }
  return attributes
}

function writeElement(element: Element): string {
  const name = element.tagName
  if (DROP.has(name)) return ''
  if (name === 'math') return texOf(element)
  if (name === 'img') return typeof element.properties.alt === 'string' && element.properties.alt !== '' ? `<xhtml:span>${escapeText(element.properties.alt)}</xhtml:span>` : ''
  let children = ''
  for (let index = 0; index < element.children.length; index++) children += write(element.children[index]!)
  const target = KEEP.has(name) ? name : AS_DIV.has(name) ? 'div' : 'span'
  // A figure's or summary's inline content inside a div stays valid: div allows flow content.
  let attributes = ''
  const properties = attributesOf(name)
  for (let index = 0; index < properties.length; index++) attributes += attributeOf(element.properties, properties[index]!)
  if (VOID.has(target)) return `<xhtml:${target}${attributes}/>`
  return `<xhtml:${target}${attributes}>${children}</xhtml:${target}>`
}

/** The attribute `property` as written (` name="value"`), or '' for none. */
function attributeOf(properties: Properties, property: string): string {
  const value = properties[property]
  if (value === undefined && property === 'className' && typeof properties.class === 'string') return classAttribute(properties.class)
  if (value === undefined || value === null || value === false) return ''
  const text = Array.isArray(value) ? value.join(' ') : String(value)
  return text === '' ? '' : ` ${XML_NAMES[property] ?? property}="${escapeAttribute(text)}"`
}

/**
 * Trees made by tools rather than parsed (shiki's) may name an attribute as HTML does (`class` as a
 * string): written as the parser would give it back, as `className` tokens. Every highlighted token has
 * one of a few such strings, so each is written once.
 */
const classAttributes = new Map<string, string>()

function classAttribute(value: string): string {
  let attribute = classAttributes.get(value)
  if (attribute === undefined) {
    const text = value.trim().split(/[ \t\n\r\f]+/).join(' ')
    attribute = text === '' ? '' : ` class="${escapeAttribute(text)}"`
    classAttributes.set(value, attribute)
  }
  return attribute
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** What `escapeText` changes: most text has none of it, and is returned as it is. */
const ESCAPED = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

/** Text as the XHTML writes it, or null where the HTML parser would read it back otherwise (`stableText`). */
export function xhtmlText(text: string): string | null {
  return stableText(text) ? escapeText(text) : null
}

function escapeText(text: string): string {
  if (!ESCAPED.test(text)) return text
  return text.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** What `escapeAttribute` changes. */
const ATTRIBUTE_ESCAPED = /["\n&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_ESCAPED.test(text)) return text
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;')
}

/** Typeset math (`src/render/math.ts`) as the TeX it was typeset from, kept in its annotation; else nothing. */
function texOf(math: Element): string {
  const semantics = math.children.find((child): child is Element => child.type === 'element' && child.tagName === 'semantics')
  const annotation = semantics?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'annotation' && child.properties.encoding === 'application/x-tex')
  const tex = annotation?.children.map((child) => (child.type === 'text' ? child.value : '')).join('') ?? ''
  return tex.trim() === '' ? '' : `<xhtml:span class="math">${escapeText(tex.trim())}</xhtml:span>`
}
