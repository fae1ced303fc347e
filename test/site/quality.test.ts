/**
 * What readers and auditors rely on, in a real browser (Debian's Chromium via playwright-core) on the
 * built site fixture: no serious or critical accessibility violation (axe-core) on the home page, a
 * chapter, the open search and `/changes/`, in both themes, on desktop and on a phone; the site without
 * JavaScript (a chapter's contents on a phone, the outline from every page, the system's dark theme,
 * search explaining itself); search by pasted citation and by content hash, hidden example lines kept
 * out, result counts and "Show more"; and unknown or mis-cased `/id/` URLs. Each state leaves a
 * screenshot in `screenshots/quality/`.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Browser, BrowserContextOptions, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveStatic, type StaticServer} from '../helpers/static-server.ts'
import {browserTestsRun, launchChromium} from '../helpers/chromium.ts'
import {sharedFixture} from './build-fixture.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots/quality')
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const PHONE = {width: 390, height: 844}
const DESKTOP = {width: 1366, height: 900}

describe.skipIf(!browserTestsRun('what readers and auditors rely on, in Chromium'))('what readers and auditors rely on, in Chromium', () => {
  let server: StaticServer
  let browser: Browser

  beforeAll(async () => {
    const site = await sharedFixture()
    server = await serveStatic(site.outDir)
    fs.rmSync(SCREENSHOTS, {recursive: true, force: true})
    fs.mkdirSync(SCREENSHOTS, {recursive: true})
    browser = await launchChromium()
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function open(options: BrowserContextOptions, url: string): Promise<Page> {
    const context = await browser.newContext(options)
    const page = await context.newPage()
    await page.goto(`${server.url}${url}`)
    return page
  }

  const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({path: path.join(SCREENSHOTS, `${name}.png`)})

  /** axe-core's serious and critical violations on the page as it is, one line each. */
  async function axeViolations(page: Page, state: string): Promise<string[]> {
    await page.addScriptTag({path: AXE})
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; impact: string | null; nodes: Array<{target: unknown[]; failureSummary?: string}>}>}>}}).axe
      const result = await axe.run(document, {resultTypes: ['violations']})
      return result.violations.map((violation) => ({id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.slice(0, 300))}))
    })
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${state}: ${violation.id} (${violation.impact}) on ${violation.nodes.length} nodes: ${violation.nodes.slice(0, 3).join(' | ')}`)
  }

  it('has no serious or critical accessibility violation on home, a chapter, open search and /changes/, in both themes, on desktop and phone', async () => {
    const found: string[] = []
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [device, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
        const page = await open({viewport, colorScheme}, '/')
        const states: Array<[string, string, ((page: Page) => Promise<void>) | null]> = [
          ['home', '/', null],
          ['chapter', '/main/expressions/', null],
          [
            'search',
            '/main/types/',
            async (current) => {
              await current.keyboard.press('/')
              await current.locator('#search-input').fill('expression')
              await current.locator('#search-results li').first().waitFor()
            },
          ],
          ['changes', '/changes/', null],
        ]
        for (const [state, url, prepare] of states) {
          await page.goto(`${server.url}${url}`)
          await prepare?.(page)
          const name = `axe-${state}-${colorScheme}-${device}`
          found.push(...(await axeViolations(page, name)))
          await shot(page, name)
        }
        await page.context().close()
      }
    }
    expect(found).toEqual([])
  }, 300_000)

  it('without JavaScript: a chapter’s contents on a phone, the outline from every page, the system’s dark theme, search explained', async () => {
    const page = await open({viewport: PHONE, colorScheme: 'dark', javaScriptEnabled: false}, '/main/expressions/')
    // The system's dark preference applies without the head script.
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgb(20, 22, 25)')
    await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(false)
    // The chapter's own contents, under its title, open without script.
    const toc = page.locator('.section-toc-inline')
    await expect(toc.isVisible()).resolves.toBe(true)
    await toc.locator('summary').click()
    await expect(toc.locator('a').allTextContents()).resolves.toEqual(['if expressions'])
    await expect(page.locator('.content h1').evaluate((h1, details) => Boolean(h1.compareDocumentPosition(details!) & Node.DOCUMENT_POSITION_FOLLOWING), await toc.elementHandle())).resolves.toBe(true)
    await shot(page, 'nojs-phone-chapter-contents')
    // The contents button is a link to the whole outline.
    await page.locator('.nav-toggle').click()
    await page.waitForURL(`${server.url}/#site-outline`)
    await expect(page.locator('table.outline a').allTextContents()).resolves.toEqual(['Expressions', 'Types', 'Safe rendering'])
    await shot(page, 'nojs-phone-outline')
    // Search says it needs JavaScript and what works without it.
    await page.goto(`${server.url}/main/types/`)
    await page.locator('.search-open').click()
    await page.waitForURL(`${server.url}/search/`)
    await expect(page.locator('.search-needs-script').textContent()).resolves.toContain('needs JavaScript')
    await shot(page, 'nojs-phone-search')
    // Permanent URLs forward without script.
    await page.goto(`${server.url}/id/type.bool.values/`)
    await page.waitForURL(`${server.url}/main/types/#r-type.bool.values`)
    await page.context().close()
  }, 120_000)

  it('finds a paragraph by pasted citation and by content hash, and says whether the cited text is current', async () => {
    const page = await open({viewport: DESKTOP}, '/main/expressions/')
    const hash = (await page.locator('[id="r-expr.if.cond"]').getAttribute('data-hash'))!
    const search = async (query: string): Promise<{rules: string[]; status: string}> => {
      await page.locator('#search-input').fill(query)
      await expect.poll(() => page.locator('#search-status').textContent(), {timeout: 10_000}).not.toBe('')
      return {
        rules: await page.locator('#search-results .result-rule').allTextContents(),
        status: (await page.locator('#search-status').textContent()) ?? '',
      }
    }
    await page.keyboard.press('/')
    const citation = await search(`Site Fixture Spec (2.1.0), [expr.if.cond] #${hash}, ${server.url}/id/expr.if.cond/`)
    expect(citation.rules).toEqual(['expr.if.cond'])
    expect(citation.status).toContain(`The cited text is current: #${hash}.`)
    await shot(page, 'search-citation')
    const stale = await search('expr.if.cond #00000000')
    expect(stale.rules).toEqual(['expr.if.cond'])
    expect(stale.status).toContain(`The text has changed since this citation: cited #00000000, now #${hash}.`)
    expect((await search(`#${hash}`)).rules).toEqual(['expr.if.cond'])
    expect((await search(hash)).rules).toEqual(['expr.if.cond'])
    await shot(page, 'search-bare-hash')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${server.url}/main/expressions/#r-expr.if.cond`)
    await page.context().close()
  }, 120_000)

  it('keeps hidden example lines out, counts results and shows more on request', async () => {
    const page = await open({viewport: DESKTOP}, '/main/types/')
    await page.keyboard.press('/')
    await page.locator('#search-input').fill('quokkasetup')
    await expect.poll(() => page.locator('#search-status').textContent(), {timeout: 10_000}).toBe('No results for “quokkasetup”.')
    // The fixture's guide has twelve sections of an okapi note each, under one more naming them.
    await page.locator('#search-input').fill('okapi')
    await expect.poll(() => page.locator('#search-status').textContent(), {timeout: 10_000}).toMatch(/^\d+ sections \(10 shown\) match\.$/)
    const total = Number((await page.locator('#search-status').textContent())!.split(' ')[0])
    expect(total).toBeGreaterThan(10)
    await expect(page.locator('#search-results li').count()).resolves.toBe(10)
    await shot(page, 'search-count-more')
    await page.locator('#search-more').click()
    await expect.poll(() => page.locator('#search-results li').count(), {timeout: 10_000}).toBe(Math.min(total, 20))
    await expect(page.locator('#search-status').textContent()).resolves.toBe(total > 20 ? `${total} sections (20 shown) match.` : `${total} sections match.`)
    await expect(page.locator('#search-more').isVisible()).resolves.toBe(total > 20)
    await shot(page, 'search-more-shown')
    await page.context().close()
  }, 120_000)

  it('forwards a mis-cased /id/ URL and suggests the closest IDs for an unknown one', async () => {
    const page = await open({viewport: DESKTOP}, '/id/EXPR.IF.COND/')
    await page.waitForURL(`${server.url}/main/expressions/#r-expr.if.cond`)
    await page.goto(`${server.url}/id/expr.if.condd/`)
    const suggestions = page.locator('.did-you-mean a')
    await suggestions.first().waitFor()
    await expect(suggestions.first().textContent()).resolves.toBe('[expr.if.cond]')
    await expect(suggestions.last().getAttribute('href')).resolves.toBe('/search/?q=expr.if.condd')
    await shot(page, 'not-found-did-you-mean')
    await suggestions.last().click()
    await page.waitForURL(`${server.url}/search/?q=expr.if.condd`)
    await expect(page.locator('#search-dialog').getAttribute('open')).resolves.toBe('')
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('expr.if.condd')
    await page.context().close()
  }, 120_000)

  it('publishes the exports, keeps matrix headings in view and marks the section being read', async () => {
    const page = await open({viewport: {width: 1500, height: 900}}, '/')
    for (const [format, file] of [['JSON', 'paragraphs.json'], ['CSV', 'paragraphs.csv'], ['ReqIF', 'paragraphs.reqif']]) {
      const link = page.locator('.home-exports a', {hasText: format})
      await expect(link.getAttribute('href')).resolves.toBe(`/exports/${file}`)
      const response = await page.request.get(`${server.url}/exports/${file}`)
      expect(response.status()).toBe(200)
      expect((await response.text()).length).toBeGreaterThan(100)
    }
    const exported = (await (await page.request.get(`${server.url}/exports/paragraphs.json`)).json()) as {paragraphs: Array<{id: string}>}
    expect(exported.paragraphs.map((paragraph) => paragraph.id)).toContain('expr.if.cond')

    await page.goto(`${server.url}/guide/safety/`)
    const header = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().height)
    await page.evaluate(() => {
      const table = document.querySelector('table.capability-matrix')!
      // The table's top a little above the header's bottom edge: its headings must stick under the header.
      window.scrollTo(0, table.getBoundingClientRect().top + window.scrollY - 20)
    })
    const headingTop = await page.locator('table.capability-matrix thead th').first().evaluate((element) => element.getBoundingClientRect().top)
    expect(Math.abs(headingTop - header)).toBeLessThan(2)
    await shot(page, 'sticky-matrix-headings')

    await page.goto(`${server.url}/main/expressions/`)
    await page.locator('[id="r-expr.if.cond"]').evaluate((element) => element.scrollIntoView())
    await expect.poll(() => page.locator('.section-toc a[aria-current="location"]').textContent()).toBe('if expressions')
    await shot(page, 'current-section')
    await page.context().close()
  }, 120_000)
})
