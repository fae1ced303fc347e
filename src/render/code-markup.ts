/**
 * Highlighted code written as markup rather than built as a tree: a code block is thousands of tokens,
 * each a span, and building and serializing their trees (shiki's `tokensToHast`, hast-util-to-html, the
 * ReqIF XHTML writer) cost more than half as much as tokenizing them. The tags are written by those
 * serializers themselves, once for each of a paired theme's few attribute sets; only the text between
 * them is escaped here, as they escape it (test/render/code-markup.test.ts holds the two ways to the
 * same bytes).
 */
import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {CodeToHastOptions, HighlighterCore} from 'shiki/core'
import {hastToReqifXhtml, xhtmlText} from '../export/xhtml.ts'
import {pairedTokens, pairedTree, type PairedThemes} from './paired-themes.ts'

/**
 * What `codeToHastPaired` (`paired-themes.ts`) makes, written: its `pre` with an empty `code`, and the
 * lines that go in the `code` as hast-util-to-html writes them (`html`) and as the ReqIF XHTML writer
 * does (`xhtml`; null where that would take them from the HTML instead).
 */
export function codeToMarkupPaired(highlighter: HighlighterCore, paired: PairedThemes, code: string, options: CodeToHastOptions & {lang: string}): {pre: Element; html: string; xhtml: string | null} {
  const lines = pairedTokens(highlighter, paired, code, options)
  const pre = pairedTree(paired, [], code, options).children[0] as Element
  let html = ''
  let xhtml: string | null = ''
  for (let line = 0; line < lines.length; line++) {
    const separator = line > 0 ? '\n' : ''
    html += `${separator}<span class="line">`
    if (xhtml !== null) xhtml += `${separator}<xhtml:span class="line">`
    const tokens = lines[line]!
    // Index loops: for…of allocates an iterator result a step in Maglev, the batch runs' top tier.
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      const tags = spanTags(token.htmlAttrs ?? NO_ATTRIBUTES)
      html += `${tags.html}${htmlText(token.content)}</span>`
      const text: string | null = xhtml === null || tags.xhtml === null ? null : xhtmlText(token.content)
      xhtml = text === null ? null : `${xhtml}${tags.xhtml}${text}</xhtml:span>`
    }
    html += '</span>'
    if (xhtml !== null) xhtml += '</xhtml:span>'
  }
  return {pre, html, xhtml}
}

/** A token's attributes when it has none (`mergeWhitespaceTokens`' whitespace before an underlined token). */
const NO_ATTRIBUTES: Record<string, string> = {}

/**
 * A token's start tags in HTML and in XHTML (null where the XHTML would be taken from the HTML), written
 * by hast-util-to-html and the XHTML writer themselves; once for each attribute set (the paired theme
 * shares one among every token of a style).
 */
const tagsOfAttributes = new WeakMap<Record<string, string>, {html: string; xhtml: string | null}>()

function spanTags(attributes: Record<string, string>): {html: string; xhtml: string | null} {
  let tags = tagsOfAttributes.get(attributes)
  if (tags === undefined) {
    const span: Element = {type: 'element', tagName: 'span', properties: {...attributes}, children: []}
    const xhtml = hastToReqifXhtml([span])
    tags = {html: toHtml(span).slice(0, -'</span>'.length), xhtml: xhtml === null ? null : xhtml.slice(0, -'</xhtml:span>'.length)}
    tagsOfAttributes.set(attributes, tags)
  }
  return tags
}

/** Text as hast-util-to-html writes it in an element other than `script` or `style`: `<` and `&` as references. */
function htmlText(text: string): string {
  return HTML_TEXT_ESCAPED.test(text) ? text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;') : text
}

const HTML_TEXT_ESCAPED = /[&<]/
