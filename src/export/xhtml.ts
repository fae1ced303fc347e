/**
 * The renderer's sanitized HTML of a clause as XHTML that ReqIF accepts: ReqIF's `XHTML-CONTENT` allows
 * only the XHTML modularization modules its driver includes (text, hypertext, list, edit, presentation,
 * tables, object; no images, forms, sections or SVG), in the XHTML namespace, well-formed XML.
 *
 * The HTML is parsed (hast-util-from-html) and written back element by element: known elements keep their
 * name and a few attributes (`class`, `title`, `href` on links, table cell spans), structural HTML5
 * elements become `div` (blocks) or `span` (inline), and what has no XHTML equivalent (`svg`, `button`,
 * `input`, `img` — whose `alt` text is kept) is dropped. `id` attributes are dropped: ReqIF identifiers
 * share the document's `xsd:ID` space. Lists, tables and code blocks come through intact.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import {fromHtml} from 'hast-util-from-html'

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
const DROP = new Set(['svg', 'button', 'input', 'script', 'style', 'template', 'select', 'textarea', 'iframe', 'object', 'math'])
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

/** `html` (a fragment) as the content of one `xhtml:div`, with the `xhtml:` prefix on every element. */
export function htmlToReqifXhtml(html: string): string {
  const tree: Root = fromHtml(html, {fragment: true})
  return `<xhtml:div>${tree.children.map(write).join('')}</xhtml:div>`
}

/** Plain text as XHTML content: one paragraph per line. */
export function textToReqifXhtml(text: string): string {
  const paragraphs = text.split(/\n+/).filter((line) => line.trim() !== '')
  return `<xhtml:div>${paragraphs.map((line) => `<xhtml:p>${escapeText(line)}</xhtml:p>`).join('')}</xhtml:div>`
}

function write(node: RootContent | ElementContent): string {
  if (node.type === 'text') return escapeText(node.value)
  if (node.type !== 'element') return ''
  return writeElement(node)
}

function writeElement(element: Element): string {
  const name = element.tagName
  if (DROP.has(name)) return ''
  if (name === 'img') return typeof element.properties.alt === 'string' && element.properties.alt !== '' ? `<xhtml:span>${escapeText(element.properties.alt)}</xhtml:span>` : ''
  const children = element.children.map(write).join('')
  const target = KEEP.has(name) ? name : AS_DIV.has(name) ? 'div' : 'span'
  // A figure's or summary's inline content inside a div stays valid: div allows flow content.
  const attributes = [...(ATTRIBUTES['*'] ?? []), ...(KEEP.has(name) ? (ATTRIBUTES[name] ?? []) : [])]
    .flatMap((property) => {
      const value = element.properties[property]
      if (value === undefined || value === null || value === false) return []
      const text = Array.isArray(value) ? value.join(' ') : String(value)
      return text === '' ? [] : [` ${XML_NAMES[property] ?? property}="${escapeAttribute(text)}"`]
    })
    .join('')
  if (VOID.has(target)) return `<xhtml:${target}${attributes}/>`
  return `<xhtml:${target}${attributes}>${children}</xhtml:${target}>`
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function escapeText(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;')
}
