/**
 * Script injection through every content channel (`test/fixtures/xss/spec`): outline and front matter
 * titles and teams, headings, paragraphs with raw HTML, link and image URLs, link definitions, code info
 * strings, tables, admonitions, terms, interop YAML shown in data views, and so the search metadata
 * too. The build's every HTML page is parsed: no script but the site's own, no `on*` attribute, no
 * `javascript:` in any attribute, no frames. Then Chromium opens the pages and searches for payloads;
 * every payload sets `window.__pwned` or calls `alert()`, and neither may happen.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Element, Root} from 'hast'
import type {BrowserContext, Page} from 'playwright-core'
import rehypeRaw from 'rehype-raw'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveStatic, type StaticServer} from '../helpers/static-server.ts'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'
import {buildFixture, listFiles} from './build-fixture.ts'

const XSS_ROOT = path.resolve(import.meta.dirname, '../fixtures/xss/spec')

/** A page parsed as a browser would (parse5, through rehype-raw), with every attribute as written. */
const parser = unified().use(rehypeRaw).freeze()

/** What in one page could run a payload, as readable strings. */
function dangers(html: string): string[] {
  const problems: string[] = []
  const tree = parser.runSync({type: 'root', children: [{type: 'raw', value: html}]} as Root) as Root
  visit(tree, 'element', (element: Element) => {
    const attributes = Object.entries(element.properties).map(([name, value]) => [name, Array.isArray(value) ? value.join(' ') : String(value)] as const)
    const get = (name: string): string | undefined => attributes.find(([key]) => key === name)?.[1]
    for (const [name, value] of attributes) {
      const shown = `<${element.tagName} ${name}="${value}">`
      if (/^on/i.test(name)) problems.push(shown)
      if (/javascript:|vbscript:/i.test(value)) problems.push(shown)
      if (/^(href|src|action|formAction)$/.test(name) && /^\s*data:/i.test(value)) problems.push(shown)
    }
    if (['iframe', 'object', 'embed', 'frame', 'base'].includes(element.tagName)) problems.push(`<${element.tagName}>`)
    if (element.tagName === 'script') {
      const src = get('src')
      const text = element.children.map((child) => ('value' in child ? child.value : '')).join('')
      if (src !== undefined && !src.startsWith('/_astro/') && !src.startsWith('/pagefind/')) problems.push(`<script src="${src}">`)
      if (/__pwned|alert\(/.test(text)) problems.push(`<script>${text.slice(0, 80)}</script>`)
    }
    if (element.tagName === 'meta' && get('httpEquiv') !== undefined) {
      const content = get('content') ?? ''
      if (!/^0; url=\/[\w./#-]*$/.test(content)) problems.push(`<meta http-equiv content="${content}">`)
    }
  })
  return problems
}

describe('script payloads in every content channel', () => {
  let outDir: string
  let pages: string[]

  beforeAll(async () => {
    ;({outDir} = await buildFixture(XSS_ROOT))
    pages = (await listFiles(outDir)).filter((file) => file.endsWith('.html'))
  }, 120_000)

  it('has a scanner that sees payloads', () => {
    expect(dangers('<p><img src=x onerror="a()"><a href=" javascript:a()">x</a><script>window.__pwned=1</script><iframe></iframe></p>')).toHaveLength(4)
    expect(dangers('<meta http-equiv="refresh" content="0; url=data:text/html,x">')).toEqual(['<meta http-equiv content="0; url=data:text/html,x">'])
    expect(dangers('<meta http-equiv="refresh" content="0; url=/main/payloads/#r-xss.para"><script type="module" src="/_astro/a.js"></script><a href="https://example.com/">ok</a>')).toEqual([])
  })

  it('builds pages that carry the payloads as text only', () => {
    expect(pages).toContain('main/payloads/index.html')
    expect(pages).toContain('guide/guide/index.html')
    const problems = pages.flatMap((file) => dangers(fs.readFileSync(path.join(outDir, file), 'utf8')).map((problem) => `${file}: ${problem}`))
    expect(problems).toEqual([])
    // The payloads are there, as text: escaped, not dropped silently everywhere.
    const chapter = fs.readFileSync(path.join(outDir, 'main/payloads/index.html'), 'utf8')
    expect(chapter).toContain('"&#x3C;/code>&#x3C;script>window.__pwned=1&#x3C;/script>"')
    expect(chapter).toContain('Section &quot;&gt;&lt;svg onload=alert(1)&gt; &lt;script&gt;alert(1)&lt;/script&gt;')
    const guide = fs.readFileSync(path.join(outDir, 'guide/guide/index.html'), 'utf8')
    expect(guide).toContain('Evil &#x3C;script>window.__pwned=1&#x3C;/script>')
    expect(guide).toMatch(/data-view="capability-matrix"/)
  })

  describe.skipIf(!browserTestsRun('payloads in Chromium'))('in Chromium', () => {
    let server: StaticServer
    let context: BrowserContext
    let page: Page
    const dialogs: string[] = []

    beforeAll(async () => {
      server = await serveStatic(outDir)
      context = await launchChromiumContext()
      // The payloads' sink is an own, non-configurable accessor of `window` defined before any page
      // script: an element with `id="__pwned"` (named access) cannot shadow it, so only a payload that
      // really runs and assigns it is counted (a plain global would read as the element: DOM clobbering).
      await context.addInitScript(() => {
        let hits = 0
        Object.defineProperty(window, '__pwned', {configurable: false, get: () => hits, set: () => void hits++})
      })
      page = context.pages()[0] ?? (await context.newPage())
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
    }, 120_000)

    afterAll(async () => {
      await context?.close()
      await server?.close()
    })

    const pwned = (): Promise<unknown> => page.evaluate(() => (window as unknown as {__pwned: number}).__pwned)

    it('runs no payload on any page', async () => {
      const urls = pages.filter((file) => !file.startsWith('id/')).map((file) => `/${file.replace(/index\.html$/, '')}`)
      for (const url of urls) {
        await page.goto(`${server.url}${url}`)
        await page.waitForLoadState('load')
        // Hovering everything would trigger onmouseover payloads, were there any.
        await page.mouse.move(200, 300)
        expect(await pwned(), url).toBe(0)
      }
      // A permanent URL forwards (meta refresh) to the paragraph.
      await page.goto(`${server.url}/id/xss.para/`)
      await page.waitForURL(`${server.url}/main/payloads/#r-xss.para`)
      await page.waitForLoadState('load')
      expect(await pwned()).toBe(0)
      expect(dialogs).toEqual([])
    })

    it('runs no payload from search results', async () => {
      await page.goto(`${server.url}/main/payloads/`)
      for (const query of ['<img src=x onerror=window.__pwned=1>', '"><svg onload=window.__pwned=1>', 'payload', 'script', 'xss.', 'xss.para']) {
        await page.keyboard.press('Control+k')
        await page.locator('#search-input').fill(query)
        await page.waitForTimeout(400)
        expect(await pwned(), query).toBe(0)
      }
      await page.locator('#search-input').fill('xss.')
      await page.locator('#search-results li').first().waitFor()
      await page.locator('#search-input').fill('payloads')
      await page.locator('#search-results li .result-excerpt').first().waitFor()
      expect(await page.locator('#search-results script, #search-results img, #search-results svg').count()).toBe(0)
      expect(await pwned()).toBe(0)
      expect(dialogs).toEqual([])
    })
  })
})
