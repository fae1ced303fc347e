/**
 * A link crawler over a built site, as a reader's browser would follow it: every `href` and `src` of
 * every HTML page, resolved against the page's URL; a link is broken when no file answers it (as a static
 * host maps `/a/` to `a/index.html`) or when its `#fragment` names no `id`/`name` on the target page.
 * Links that leave the site (other hosts, or `../` above the site's root: a sibling book) are not followed.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'

export interface BrokenLink {
  page: string
  href: string
  reason: 'missing' | 'anchor'
}

export interface CrawlResult {
  pages: number
  links: number
  broken: BrokenLink[]
}

/** Crawls every page under `outDir`; pagefind's and Astro's own assets are files, not pages. */
export async function crawlSite(outDir: string): Promise<CrawlResult> {
  const files = (await fs.readdir(outDir, {recursive: true, withFileTypes: true}))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  const existing = new Set(files)
  const pages = files.filter((file) => file.endsWith('.html'))
  const ids = new Map<string, Set<string>>()
  const links: Array<{page: string; href: string}> = []
  for (const page of pages) {
    const {found, anchors} = readPage(await fs.readFile(path.join(outDir, page), 'utf8'))
    ids.set(page, anchors)
    for (const href of found) links.push({page, href})
  }
  const broken: BrokenLink[] = []
  for (const {page, href} of links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue
    const pageUrl = new URL(`http://site/${page.replace(/(^|\/)index\.html$/, '$1')}`)
    const url = new URL(href, pageUrl)
    if (url.host !== 'site') continue
    let target = decodeURIComponent(url.pathname).replace(/^\//, '')
    if (target === '' || target.endsWith('/')) target += 'index.html'
    else if (!existing.has(target) && existing.has(`${target}/index.html`)) target += '/index.html'
    if (href.startsWith('#')) target = page
    if (!existing.has(target)) {
      // `../std/…` climbing above the site's root: a sibling book on the same host, as in mdBook's output.
      if (leavesSite(pageUrl.pathname, href)) continue
      broken.push({page, href, reason: 'missing'})
      continue
    }
    // As a browser looks for the fragment's element: its id as written, then percent-decoded (HTML's
    // "find a potential indicated element"), so `#fn-%E2%80%A0` reaches `id="fn-%E2%80%A0"` and `id="fn-†"`.
    const raw = url.hash.slice(1)
    const anchors = ids.get(target)
    const found = anchors?.has(raw) || anchors?.has(decodeURIComponent(raw))
    if (raw !== '' && target.endsWith('.html') && !found && !isRedirectPage(anchors)) {
      broken.push({page, href, reason: 'anchor'})
    }
  }
  return {pages: pages.length, links: links.length, broken}
}

const REDIRECT = '\0redirect'

/** Whether a relative href climbs above the site's root from the page at `pagePath` (`/a/b.html`). */
function leavesSite(pagePath: string, href: string): boolean {
  if (href.startsWith('/')) return false
  const folder = pagePath.split('/').slice(1, -1)
  let depth = folder.length
  for (const segment of href.split(/[?#]/)[0]!.split('/')) {
    if (segment === '..') depth--
    else if (segment !== '.' && segment !== '') depth++
    if (depth < 0) return true
  }
  return false
}

function isRedirectPage(anchors: Set<string> | undefined): boolean {
  return anchors?.has(REDIRECT) ?? false
}

function readPage(html: string): {found: string[]; anchors: Set<string>} {
  const found: string[] = []
  const anchors = new Set<string>()
  const tree: Root = fromHtml(html)
  visit(tree, 'element', (node: Element) => {
    const {id, name, href, src, httpEquiv} = node.properties
    if (typeof id === 'string') anchors.add(id)
    if (typeof name === 'string' && node.tagName === 'a') anchors.add(name)
    if (typeof href === 'string' && node.tagName !== 'link') found.push(href)
    if (typeof src === 'string' && node.tagName === 'img') found.push(src)
    if (Array.isArray(httpEquiv) && httpEquiv.some((value) => String(value).toLowerCase() === 'refresh')) anchors.add(REDIRECT)
  })
  return {found, anchors}
}
