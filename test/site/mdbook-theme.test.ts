/**
 * An mdBook's theme folder on the built site: `head.hbs` in every page's head and `header.hbs` above its
 * text, each rendered for its page (the way to the root from a nested chapter, the chapter's source path);
 * the theme's icon instead of the site's; and a script of the book's head that adds a button and its popup
 * to the menu bar, as Rust by Example's language picker does, finding mdBook's `right-buttons` there; and
 * the theme a page opens in, as `default-theme` names it.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {specmark} from '../helpers/run-cli.ts'
import {serveStatic} from '../helpers/static-server.ts'
import {writeTree} from '../helpers/spec-fixture.ts'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'

const HEAD = `<meta name="book-page" content="{{ path }} {{ path_to_root }}">
<script>
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelector('.right-buttons').insertAdjacentHTML('afterbegin', \`
      <button id="language-toggle" class="icon-button" type="button">{{fa "solid" "globe"}}</button>
      <ul id="language-list" class="theme-popup"><li><button class="theme">English</button></li></ul>\`)
    document.getElementById('language-toggle').addEventListener('click', () => {
      document.getElementById('language-list').style.display = 'block'
    })
  })
</script>
`

const BOOK = {
  'book.toml': '[book]\ntitle = "Themed"\n\n[output.html]\ndefault-theme = "navy"\n',
  'src/SUMMARY.md': '- [One](one.md)\n  - [Deep](guide/deep.md)\n',
  'src/one.md': '# One\n\nText.\n',
  'src/guide/deep.md': '# Deep\n\nMore text.\n',
  'theme/head.hbs': HEAD,
  'theme/header.hbs': '<p class="notice">This book is {{ book_title }}; <a href="{{ path_to_root }}one.html">start here</a>.</p>\n',
  'theme/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
}

describe('an mdBook’s theme templates and icon', () => {
  it('are on every page, rendered for it, and the book’s script finds the menu bar’s buttons', {timeout: 180_000}, async () => {
    const root = await writeTree(BOOK)
    const outDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-theme-')), 'site')
    const result = await specmark('build', '--root', root, '--out', outDir)
    expect(result.code, result.stderr).toBe(0)
    const deep = await fs.readFile(path.join(outDir, 'guide/deep.html'), 'utf8')
    const head = deep.slice(0, deep.indexOf('</head>'))
    expect(head).toContain('<meta name="book-page" content="guide/deep.md ../">')
    expect(head).toContain('<link rel="icon" href="/theme/favicon.svg" type="image/svg+xml">')
    expect(head).not.toContain('href="/favicon.svg"')
    expect(deep).toMatch(/<main id="content" tabindex="-1">\s*<p class="notice">This book is Themed; <a href="\.\.\/one\.html">start here<\/a>\.<\/p>/)
    expect(await fs.readFile(path.join(outDir, 'theme/favicon.svg'), 'utf8')).toBe(BOOK['theme/favicon.svg'])
    // Every page: the home page, at the root, and the book's chapter there.
    expect(await fs.readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('<meta name="book-page" content="index.md ">')
    expect(await fs.readFile(path.join(outDir, 'one.html'), 'utf8')).toContain('<meta name="book-page" content="one.md ">')

    if (!browserTestsRun("the book's head script in a browser")) return
    const server = await serveStatic(outDir)
    const context = await launchChromiumContext({colorScheme: 'light'})
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${server.url}/guide/deep.html`)
      // `default-theme = "navy"`: a dark page for a reader whose system prefers light, until they choose.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
      await page.click('.theme-toggle')
      await page.reload()
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light')
      const toggle = page.locator('.site-header .right-buttons > #language-toggle')
      await toggle.waitFor()
      expect(await toggle.locator('svg').count()).toBe(1)
      // mdBook's popup is hidden until its button shows it, under the bar.
      const list = page.locator('#language-list')
      expect(await list.isVisible()).toBe(false)
      await toggle.click()
      expect(await list.isVisible()).toBe(true)
      const [bar, popup] = await Promise.all([page.locator('.site-header').boundingBox(), list.boundingBox()])
      expect(popup!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1)
      expect(await page.locator('main > p.notice a').getAttribute('href')).toBe('../one.html')
      expect(errors).toEqual([])
    } finally {
      await context.close()
      await server.close()
    }
  })
})
