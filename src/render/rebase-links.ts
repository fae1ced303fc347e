/**
 * Moves rendered HTML to another page: every relative `href` and `src` (the book's own links, written
 * relative to its chapter, such as `../book/index.html` or `images/x.png`) is rewritten so that it
 * reaches from the new page what it reached from the chapter's page. The print page (`/print/`), which
 * shows every chapter on one page, needs this; links with a scheme, absolute paths and bare `#anchors`
 * mean the same on any page and are left alone.
 */
import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toHtml} from 'hast-util-to-html'
import {visit} from 'unist-util-visit'

const RELATIVE = /\s(?:href|src)="(?![#/]|[a-z][a-z0-9+.-]*:)/i

/**
 * @param html a fragment rendered for the page in folder `fromDir` (`expressions/`, or `` at the top)
 * @param toDir the folder of the page it is shown on (`print/`)
 */
export function rebaseHtml(html: string, fromDir: string, toDir: string): string {
  if (fromDir === toDir || !RELATIVE.test(html)) return html
  const tree = fromHtml(html, {fragment: true})
  visit(tree, 'element', (node: Element) => {
    for (const key of ['href', 'src'] as const) {
      const value = node.properties[key]
      if (typeof value === 'string') node.properties[key] = rebaseUrl(value, fromDir, toDir)
    }
  })
  return toHtml(tree)
}

/** One URL, as `rebaseHtml` rewrites it. */
export function rebaseUrl(url: string, fromDir: string, toDir: string): string {
  if (/^[?]|^$/.test(url) || /^(?:[#/]|[a-z][a-z0-9+.-]*:)/i.test(url)) return url
  const cut = url.search(/[?#]/)
  const pathPart = cut === -1 ? url : url.slice(0, cut)
  const rest = cut === -1 ? '' : url.slice(cut)
  // The target relative to the site's root; leading `..` kept (a sibling book above the site).
  const target: string[] = []
  for (const segment of [...segments(fromDir), ...pathPart.split('/')]) {
    if (segment === '..' && target.length > 0 && target[target.length - 1] !== '..') target.pop()
    else if (segment !== '.') target.push(segment)
  }
  const endsInFolder = pathPart.endsWith('/') || /(^|\/)\.\.?$/.test(pathPart)
  const joined = target.filter((segment) => segment !== '').join('/')
  let result = `${'../'.repeat(segments(toDir).length)}${joined}`
  if (endsInFolder && result !== '' && !result.endsWith('/')) result += '/'
  return (result === '' ? './' : result) + rest
}

function segments(dir: string): string[] {
  return dir.split('/').filter((segment) => segment !== '')
}
