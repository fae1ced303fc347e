/**
 * The site in a real browser (Debian's Chromium driven by playwright-core), on the built fixture served
 * over HTTP: the outline leads to a chapter, ← and → to its neighbours, search finds a phrase and a rule ID (by keyboard) and lands
 * on the paragraph's anchor, a permanent `/id/<ID>/` URL lands on its paragraph, "cite" copies a
 * citation, railroad diagrams stay hidden until their toggle shows them (remembered; a `#railroad-` link
 * opens them), and no page logs an error. Each step leaves a screenshot in `screenshots/browser/`.
 *
 * Chromium comes from `npm test`'s pretest step (test/setup/ensure-chromium.ts). Without it these tests
 * skip with a message, except under `CI=true`, where a missing browser is a failure (`browserTestsRun`).
 */
import fs from 'node:fs'
import path from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveStatic, type StaticServer} from '../helpers/static-server.ts'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'
import {sharedFixture} from './build-fixture.ts'

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots/browser')
describe.skipIf(!browserTestsRun('the site in Chromium'))('the site in Chromium', () => {
  let server: StaticServer
  let context: BrowserContext
  let page: Page
  const errors: string[] = []

  beforeAll(async () => {
    const site = await sharedFixture()
    server = await serveStatic(site.outDir)
    fs.rmSync(SCREENSHOTS, {recursive: true, force: true})
    fs.mkdirSync(SCREENSHOTS, {recursive: true})
    context = await launchChromiumContext({
      viewport: {width: 1440, height: 900},
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  }, 300_000)

  afterAll(async () => {
    await context?.close()
    await server?.close()
  })

  const shot = (name: string): Promise<Buffer> => page.screenshot({path: path.join(SCREENSHOTS, `${name}.png`)})

  /** Whether the element is in the viewport, below the sticky header. */
  const inView = (selector: string): Promise<boolean> =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect()
      return box.top >= 0 && box.top < window.innerHeight && box.bottom > 0
    })

  it('opens the home page with the outline', async () => {
    await page.goto(`${server.url}/`)
    await expect(page.locator('h1').textContent()).resolves.toBe('Site Fixture Spec')
    await expect(page.locator('table.outline a').allTextContents()).resolves.toEqual(['Expressions', 'Types', 'Safe rendering'])
    await shot('01-home')
  })

  it('follows the outline to a chapter', async () => {
    await page.locator('table.outline a', {hasText: 'Types'}).click()
    await page.waitForURL(`${server.url}/main/types/`)
    await expect(page.locator('.content h1').textContent()).resolves.toContain('Types')
    await expect(page.locator('.sidebar [aria-current="page"]').textContent()).resolves.toContain('Types')
    await expect(page.locator('#r-type.bool.values .rule-id, [id="r-type.bool.values"] .rule-id').first().textContent()).resolves.toBe('[type.bool.values]')
    await shot('02-chapter')
  })

  it('opens the next and the previous chapter with → and ←, and search with s, as mdBook does, but not with a modifier', async () => {
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(`${server.url}/guide/safety/`)
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL(`${server.url}/main/types/`)
    await page.keyboard.press('ArrowLeft')
    await page.waitForURL(`${server.url}/main/expressions/`)
    // With a modifier (Alt+← is the browser's Back), or typed in a field, the key is not the page's.
    const taken = (key: string, init: KeyboardEventInit, selector: string): Promise<boolean> =>
      page.locator(selector).first().evaluate((target, [key, init]) => {
        const event = new KeyboardEvent('keydown', {...(init as KeyboardEventInit), key: key as string, bubbles: true, cancelable: true})
        target.dispatchEvent(event)
        return event.defaultPrevented
      }, [key, init] as const)
    expect(await taken('ArrowRight', {altKey: true}, 'body')).toBe(false)
    expect(await taken('ArrowRight', {shiftKey: true}, 'body')).toBe(false)
    expect(await taken('ArrowRight', {}, '#search-input')).toBe(false)
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(`${server.url}/main/types/`)
    // mdBook's `s` opens search too.
    await page.keyboard.press('s')
    await expect(page.locator('#search-dialog').getAttribute('open')).resolves.toBe('')
    await page.keyboard.press('Escape')
    await expect(page.locator('#search-dialog').getAttribute('open')).resolves.toBeNull()
    // The next steps start from the chapter as loaded, whatever focus the keys left.
    await page.goto(`${server.url}/main/types/`)
  })

  it('searches for a phrase by keyboard and lands on its paragraph', async () => {
    await page.keyboard.press('/')
    await expect(page.locator('#search-dialog').getAttribute('open')).resolves.toBe('')
    await page.keyboard.type('zebracrossing')
    const first = page.locator('#search-results li').first()
    await first.waitFor()
    await expect(first.locator('.result-rule').textContent()).resolves.toBe('expr.zebra-crossing')
    await expect(first.locator('.result-excerpt mark').first().textContent()).resolves.toMatch(/zebracrossing/i)
    await shot('03-search-phrase')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${server.url}/main/expressions/#r-expr.zebra-crossing`)
    expect(await inView('[id="r-expr.zebra-crossing"]')).toBe(true)
    await shot('04-phrase-result')
  })

  it('lists the paragraphs of a rule ID prefix first and follows one', async () => {
    await page.keyboard.press('Control+k')
    await page.locator('#search-input').fill('type.bool')
    await page.locator('#search-results li .result-rule', {hasText: 'type.bool.layout'}).waitFor()
    const rules = await page.locator('#search-results li').evaluateAll((items) => items.map((item) => item.querySelector('.result-rule')?.textContent ?? ''))
    expect(rules.slice(0, 4)).toEqual(['type.bool', 'type.bool.values', 'type.bool.syntax', 'type.bool.layout'])
    await shot('05-search-rule-id')
    await page.locator('#search-results li', {hasText: 'type.bool.layout'}).click()
    await page.waitForURL(`${server.url}/main/types/#r-type.bool.layout`)
    expect(await inView('[id="r-type.bool.layout"]')).toBe(true)
    await expect(page.locator('#search-dialog').getAttribute('open')).resolves.toBeNull()
    await shot('06-rule-id-result')
  })

  it('searches every shard of the index, merged in the browser, with no failed request', async () => {
    // The fixture's records are in two shards (src/search/search-shards.ts): the bundle itself and
    // `pagefind/shard-1/`, merged into it. This page was just loaded.
    await expect(fetch(`${server.url}/pagefind/shards.json`).then((response) => response.json())).resolves.toEqual({shards: ['shard-1/']})
    const requested: string[] = []
    const failed: string[] = []
    const listen = (response: import('playwright-core').Response): void => {
      const url = new URL(response.url())
      if (!url.pathname.startsWith('/pagefind/')) return
      requested.push(url.pathname)
      if (!response.ok()) failed.push(`${url.pathname}: ${response.status()}`)
    }
    page.on('response', listen)
    try {
      await page.keyboard.press('/')
      // Only in one paragraph (of either shard): it is the first result, and leads to that paragraph.
      await page.locator('#search-input').fill('memory location')
      const first = page.locator('#search-results li').first()
      await expect.poll(() => first.locator('.result-rule').textContent(), {timeout: 10_000}).toBe('type.intro')
      expect(await first.locator('a').getAttribute('href')).toBe('/main/types/#r-type.intro')
      // Every word must be in a result, as with one index: "eighth" is in one okapi note only, and the
      // shard without it (pagefind would leave the word out of its search there, and list that shard's
      // okapi notes) is left out.
      await page.locator('#search-input').fill('eighth okapi')
      const shown = async (): Promise<Array<string | null>> => [await page.locator('#search-status').textContent(), ...(await page.locator('#search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))]
      await expect.poll(shown, {timeout: 10_000}).toEqual(['1 section matches.', '/guide/safety/#okapi-note-eight'])
      // In both shards: results of both, in one list (every page of it).
      await page.locator('#search-input').fill('expression')
      await first.waitFor()
      const everyResult = async (): Promise<Set<string>> => {
        while (await page.locator('#search-more').isVisible()) {
          if (!(await page.locator('#search-more').click({timeout: 2000}).then(() => true, () => false))) break
        }
        return new Set(await page.locator('#search-results a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname)))
      }
      await expect.poll(everyResult, {timeout: 10_000}).toEqual(new Set(['/main/expressions/', '/main/types/']))
    } finally {
      page.off('response', listen)
    }
    expect(failed).toEqual([])
    expect(requested.some((file) => file.startsWith('/pagefind/shard-1/index/'))).toBe(true)
    expect(requested.some((file) => /^\/pagefind\/index\//.test(file))).toBe(true)
    // Leave the dialog as found: empty (the next test's first search must not find a stale list), closed,
    // and the focus on the page (so that the next test's `/` opens it).
    await page.locator('#search-input').fill('')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('#search-dialog').getAttribute('open')).toBeNull()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  })

  it('filters results by part and by owning team', async () => {
    await page.keyboard.press('/')
    await page.locator('#search-input').fill('expression')
    await page.locator('#search-results li').first().waitFor()
    // Every result, each page of them ("Show more" until there are no more).
    const paths = async (): Promise<string[]> => {
      // A filter change may start a new search between the check and the click: then there is nothing more.
      while (await page.locator('#search-more').isVisible()) {
        if (!(await page.locator('#search-more').click({timeout: 2000}).then(() => true, () => false))) break
      }
      return (await page.locator('#search-results a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname))).sort()
    }
    expect(new Set(await paths())).toEqual(new Set(['/main/expressions/', '/main/types/']))
    await page.locator('#search-team').selectOption('T-types')
    await expect.poll(paths, {timeout: 10_000}).toSatisfy((found: string[]) => found.length > 0 && found.every((path) => path === '/main/types/'))
    await page.locator('#search-team').selectOption('')
    await page.locator('#search-part').selectOption('Guidance')
    await page.locator('#search-input').fill('sanitized')
    await expect.poll(paths, {timeout: 10_000}).toEqual(['/guide/safety/'])
    await shot('07-search-filters')
    await page.keyboard.press('Escape')
  })

  it('opens a permanent /id/<ID>/ URL on its paragraph', async () => {
    await page.goto(`${server.url}/id/expr.if.cond/`)
    await page.waitForURL(`${server.url}/main/expressions/#r-expr.if.cond`)
    expect(await inView('[id="r-expr.if.cond"]')).toBe(true)
    await shot('08-permanent-id')
  })

  it('copies a citation with the version, the ID and the short hash', async () => {
    const rule = page.locator('[id="r-expr.if.cond"]')
    const hash = await rule.getAttribute('data-hash')
    await rule.hover()
    await rule.locator('.rule-cite').click()
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Copied')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(`Site Fixture Spec (2.1.0), [expr.if.cond] #${hash}, ${server.url}/id/expr.if.cond/`)
    await shot('09-cite')
  })

  it('copies a code block as shown, without its hidden lines, and runs an example, as mdBook’s buttons do', async () => {
    await page.goto(`${server.url}/main/expressions/`)
    const frame = page.locator('.admonition.example .code-frame').first()
    await frame.hover()
    await frame.locator('.code-copy').click()
    await expect.poll(() => page.locator('.toast').textContent()).toContain('Copied the code')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('let x = if true { 1 } else { 2 };\n# not a hidden line')
    // "Run" sends the whole example, hidden lines included, inside `fn main`, to the Playground (edition
    // 2024, stable, as mdBook's play button sends it) and shows what it printed below the block. The
    // Playground is played here by the test (no network).
    const whole = '#![allow(unused)]\nfn main() {\nfn quokkasetup() {}\nlet x = if true { 1 } else { 2 };\n# not a hidden line\n}'
    const sent: unknown[] = []
    await page.route('https://play.rust-lang.org/evaluate.json', (route) => {
      sent.push(route.request().postDataJSON())
      return route.fulfill({json: {result: sent.length === 1 ? 'quokka\n' : '', error: null}, headers: {'access-control-allow-origin': '*'}})
    })
    await frame.locator('.code-run').click()
    const result = page.locator('.admonition.example .code-result').first()
    await expect.poll(() => result.textContent()).toBe('quokka\n')
    expect(sent).toEqual([{version: 'stable', optimize: '0', code: whole, edition: '2024'}])
    // Run again: the same result block says there was no output.
    await frame.locator('.code-run').click()
    await expect.poll(() => result.textContent()).toBe('No output')
    expect(await page.locator('.admonition.example .code-result').count()).toBe(1)
    await page.unroute('https://play.rust-lang.org/evaluate.json')
    // "Playground" opens the same example there, to edit it.
    const open = new URL((await frame.locator('.code-open').getAttribute('href'))!)
    expect([open.origin, open.searchParams.get('edition'), open.searchParams.get('version')]).toEqual(['https://play.rust-lang.org', '2024', 'stable'])
    expect(open.searchParams.get('code')).toBe(whole)
    // Neither prints (the PDF is the print page, printed).
    await page.emulateMedia({media: 'print'})
    expect(await frame.locator('.code-tools').isVisible()).toBe(false)
    await page.emulateMedia({media: 'screen'})
  })

  it('colours highlighted code in each theme from its tokens’ classes', async () => {
    await page.goto(`${server.url}/main/expressions/`)
    // Each token's colour, with the page in one theme (the classes' stylesheet declares both).
    const colours = (theme: 'light' | 'dark'): Promise<string[]> =>
      page.evaluate((theme) => {
        document.documentElement.setAttribute('data-theme', theme)
        return [...document.querySelectorAll('.shiki code .line > span')].map((token) => getComputedStyle(token).color)
      }, theme)
    const light = await colours('light')
    const dark = await colours('dark')
    expect(light.length).toBeGreaterThan(5)
    // Keywords, names, literals and punctuation apart: several colours, none of them the page's text colour left by a missing class.
    expect(new Set(light).size).toBeGreaterThanOrEqual(3)
    expect(light.every((colour, index) => colour !== dark[index])).toBe(true)
    await page.locator('.admonition.example .code-frame').first().screenshot({path: path.join(SCREENSHOTS, 'code-dark.png')})
    await page.evaluate(() => document.documentElement.removeAttribute('data-theme'))
  })

  it('filters the capability matrix by tool, construct and direction', async () => {
    await page.goto(`${server.url}/guide/safety/`)
    const matrix = page.locator('table.capability-matrix')
    const visibleTools = (): Promise<string[]> =>
      matrix.locator('tr[data-tool]').evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).map((row) => (row as HTMLElement).dataset.tool!))
    await expect(visibleTools()).resolves.toEqual(['cxx', 'bindgen', 'cxx', 'bindgen'])
    const filters = page.locator('.matrix-filters select')
    await filters.nth(0).selectOption('bindgen')
    await expect(visibleTools()).resolves.toEqual(['bindgen', 'bindgen'])
    await filters.nth(1).selectOption('bool-values')
    await expect(visibleTools()).resolves.toEqual(['bindgen'])
    // The directions are named as the table's head names them.
    await expect(filters.nth(2).locator('option').allTextContents()).resolves.toEqual(['both directions', 'Rust → C++', 'C++ → Rust'])
    await filters.nth(2).selectOption('rust-to-cpp')
    await expect(matrix.locator('td[data-direction="cpp-to-rust"]').first().isVisible()).resolves.toBe(false)
    await expect(matrix.locator('td[data-direction="rust-to-cpp"]:visible').count()).resolves.toBe(1)
    await shot('10-capability-matrix')
  })

  it('shows the guidance citing a normative paragraph and follows it', async () => {
    await page.goto(`${server.url}/main/types/`)
    const cited = page.locator('[id="r-type.bool.values"] .guidance-citations')
    await expect(cited.locator('a').allTextContents()).resolves.toEqual(['Booleans (capability matrix)', 'bool ↔ bool (type map)'])
    await cited.locator('a', {hasText: 'type map'}).click()
    await page.waitForURL(`${server.url}/guide/safety/#type-map.bool`)
    expect(await inView('[id="type-map.bool"]')).toBe(true)
  })

  it('hides railroad diagrams until the toggle shows them, remembers the choice, and opens them for a #railroad- link', async () => {
    await page.goto(`${server.url}/main/types/`)
    const toggle = page.locator('details.grammar-railroad').first()
    const diagram = page.locator('[id="railroad-Integer"]')
    // Hidden by default, as mdbook-spec shows the grammar.
    await expect(toggle.evaluate((element) => (element as HTMLDetailsElement).open)).resolves.toBe(false)
    await expect(diagram.isVisible()).resolves.toBe(false)
    // The choice is stored when the block's `toggle` event runs, a moment after it opens: a reload before
    // then (as fast as a test reloads) found the choice of the visit before.
    const remembered = () => page.evaluate(() => localStorage.getItem('grammar-railroad'))
    await toggle.locator('summary').click()
    await expect.poll(() => diagram.isVisible()).toBe(true)
    await expect.poll(remembered).toBe('true')
    // Remembered on the next visit, for every block of the page.
    await page.reload()
    await expect.poll(() => diagram.isVisible()).toBe(true)
    await shot('11-railroad-shown')
    await toggle.locator('summary').click()
    await expect.poll(() => diagram.isVisible()).toBe(false)
    await expect.poll(remembered).toBe('false')
    await page.reload()
    await expect(diagram.isVisible()).resolves.toBe(false)
    // A link to a diagram opens them, though the remembered choice is "hidden", and lands on it.
    await page.goto(`${server.url}/main/types/#railroad-Integer`)
    await expect.poll(() => diagram.isVisible()).toBe(true)
    expect(await inView('[id="railroad-Integer"]')).toBe(true)
  })

  it('ran scripts and no page logged an error', async () => {
    expect(await page.evaluate(() => (window as unknown as {__pwned?: string}).__pwned)).toBeUndefined()
    // The safety page's sanitized `<img src="x">` (a hostile-HTML sample) has no image to load: not a site error.
    expect(errors.filter((error) => !/\/guide\/safety\/\S*: Failed to load resource: .* 404/.test(error))).toEqual([])
  })
})
