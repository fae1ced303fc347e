/**
 * Building an mdBook again into its own output: the `chapter.html` pages, the copied assets and the redirect
 * pages of the first build must not stop the second (Astro needs `chapter.html/` as a folder) nor be
 * removed by it as stale files. Its home outline shows SUMMARY's drafts and separators, and
 * (in Chromium) its fragment redirects land an old `.html#fragment` on the new one, and a fragment naming
 * a heading whose id keeps the sanitizer's prefix (`__init__`) reaches it.
 */
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {specmark, specmarkIn} from '../helpers/run-cli.ts'
import {serveStatic} from '../helpers/static-server.ts'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

const BOOK = {
  'book.toml':
    '[book]\ntitle = "Rebuilt"\nlanguage = "fr"\ndescription = "Un livre reconstruit"\n\n[output.html]\ncname = "livre.example.org"\nsite-url = "/livre/"\ngit-repository-url = "https://example.org/livre.git"\n\n[output.html.redirect]\n"/old.html" = "one.html"\n"/old.html#gone" = "sub/two.html#moved"\n"/one.html#old-fragment" = "sub/two.html#moved"\n\n[output.html.fold]\nenable = true\n\n[output.html.print]\npage-break = false\n',
  'src/SUMMARY.md': '- [One](one.md)\n- [Later]()\n\n---\n\n- [Two](sub/two.md)\n    - [Three, as listed](sub/three.md)\n',
  'src/sub/three.md': '# Three\n\nNested.\n',
  'src/one.md': '# One\n\nr[one.intro]\nLe premier paragraphe.\n\nUn œil : <i class="fa fa-eye"></i>.\n\n![logo](images/logo.svg) [two](sub/two.html) [init](sub/two.md#__init__)\n',
  'src/sub/two.md': `# Two\n\n## Moved\n\nThe section that moved.\n\n${'Filler.\n\n'.repeat(300)}## \`__init__\`\n\nLate.\n\n${'Filler.\n\n'.repeat(100)}<a name="old-name"></a>\n\nNamed the old way.\n`,
  'src/images/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  // mdBook's not-found page: no chapter, the text of `404.html`.
  'src/404.md': '# Perdu\n\nCette page n’existe pas ; voir [le début](one.md).\n',
}

describe('an mdBook built without --out', () => {
  it('is written where mdbook build writes it: its build-dir, from the book’s root', {timeout: 120_000}, async () => {
    const root = await writeTree({'book.toml': '[book]\ntitle = "Here"\n\n[build]\nbuild-dir = "public"\n', 'src/SUMMARY.md': '- [One](one.md)\n', 'src/one.md': '# One\n\nText.\n'})
    const result = await specmark('build', '--root', root)
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(path.join(root, 'public/one.html'))).toBe(true)
    expect(result.stderr).toContain(`wrote ${path.relative(process.cwd(), path.join(root, 'public'))}/ in`)
    expect(existsSync(path.join(process.cwd(), 'dist/one.html'))).toBe(false)
    // In the book's folder, with no `--root`, as `mdbook build` is run: the book, built into its build-dir.
    const here = await specmarkIn(root, 'build')
    expect(here.code, here.stderr).toBe(0)
    expect(here.stderr).toContain('wrote public/ in')
  })
})

describe('an mdBook built twice into the same folder', () => {
  it('succeeds and keeps every page, asset and redirect', {timeout: 240_000}, async () => {
    const root = await writeTree(BOOK)
    const outDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-rebuild-')), 'dist')
    const expected = ['one.html', 'sub/two.html', 'images/logo.svg', 'old.html']
    for (const round of [1, 2]) {
      const result = await specmark('build', '--root', root, '--out', outDir)
      expect(result.code, `build ${round}: ${result.stderr}`).toBe(0)
      // `site-url` names where the book is hosted; the pages were built for `/`: the build says so.
      expect(result.stderr).toContain("book.toml's `site-url` says the book is hosted under /livre/; these pages link from / (build with `--base /livre/` to host them there)")
      for (const file of expected) expect((await fs.stat(path.join(outDir, file))).isFile(), `${file} after build ${round}`).toBe(true)
    }
    expect(await fs.readFile(path.join(outDir, 'old.html'), 'utf8')).toContain('URL=one.html')
    // mdBook's CNAME (`output.html.cname`), kept by the second build; `book.description` on every page.
    expect(await fs.readFile(path.join(outDir, 'CNAME'), 'utf8')).toBe('livre.example.org\n')
    for (const page of ['one.html', 'sub/two.html', 'index.html']) expect(await fs.readFile(path.join(outDir, page), 'utf8')).toContain('<meta name="description" content="Un livre reconstruit">')
    // The book's language (`book.language`) is every page's, and the search index's.
    expect(await fs.readFile(path.join(outDir, 'one.html'), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="fr" /i)
    expect(JSON.parse(await fs.readFile(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')).languages).toHaveProperty('fr')
    // So is every rule's `/id/` page, whose excerpt is the book's text.
    expect(await fs.readFile(path.join(outDir, 'id/one.intro/index.html'), 'utf8')).toMatch(/^<!DOCTYPE html><html lang="fr"><head>/)
    // The home outline (the no-JavaScript full contents) shows the draft chapter as dimmed text, not a
    // link, and the separator as a rule, in SUMMARY order, as the sidebar drawn from nav.json does.
    const home = await fs.readFile(path.join(outDir, 'index.html'), 'utf8')
    const outline = home.slice(home.indexOf('id="site-outline"'))
    const rows = [...outline.matchAll(/<tr class="([^"]*)"[^>]*>(.*?)<\/tr>/gs)].map((match) => [match[1], match[2]!.replace(/<[^>]+>/g, '').trim()])
    // Numbered as mdBook numbers them, the draft too, across the separator.
    expect(rows).toEqual([
      ['depth-0', '1. One'],
      ['depth-0 outline-draft', '2. Later'],
      ['outline-separator', ''],
      ['depth-0', '3. Two'],
      // By SUMMARY.md's name, not the chapter's heading, as mdBook lists it.
      ['depth-1', '3.1. Three, as listed'],
    ])
    expect(outline).toContain('<span>2. Later</span>')
    expect(outline).not.toMatch(/<a [^>]*>2. Later</)
    // `404.md` is the not-found page, as in mdBook, and no chapter of its own.
    const notFound = await fs.readFile(path.join(outDir, '404.html'), 'utf8')
    expect(notFound).toContain('<h1 id="perdu">Perdu')
    expect(notFound).toContain('href="/one.html"')
    expect(notFound).toMatch(/<title>Page not found (—|&mdash;) Rebuilt<\/title>/)
    expect(existsSync(path.join(outDir, 'chapter/404.html'))).toBe(false)
    expect(home).not.toContain('Perdu')
    // `page-break = false`: the print page's chapters follow one another on paper.
    expect(await fs.readFile(path.join(outDir, 'print/index.html'), 'utf8')).toContain('<article class="print-document" data-page-break="false">')
    // The repository is linked from the top bar by mdBook's default icon, GitHub's (Font Awesome's SVG).
    expect(await fs.readFile(path.join(outDir, 'one.html'), 'utf8')).toMatch(/<a class="repository-link icon-button" href="https:\/\/example.org\/livre.git" title="Git repository" aria-label="Git repository">\s*<span class="fa-svg"><svg [^>]*viewBox="0 0 496 512"/)
    // mdBook's <title> has no number, and names the chapter as SUMMARY.md does; the page's heading is its own.
    expect(await fs.readFile(path.join(outDir, 'sub/two.html'), 'utf8')).toMatch(/<title>Two (—|&mdash;) Rebuilt<\/title>/)
    const three = await fs.readFile(path.join(outDir, 'sub/three.html'), 'utf8')
    expect(three).toMatch(/<title>Three, as listed (—|&mdash;) Rebuilt<\/title>/)
    expect(three).toContain('<h1 id="three">Three<')
    // `__init__` could shadow a script's global: its id keeps the prefix, and the site's links say so.
    expect(await fs.readFile(path.join(outDir, 'sub/two.html'), 'utf8')).toMatch(/<h2 id="user-content-__init__"><code>__init__<\/code><a class="heading-anchor" href="#user-content-__init__"/)
    expect(await fs.readFile(path.join(outDir, 'one.html'), 'utf8')).toContain('href="/sub/two.html#user-content-__init__"')
    if (!browserTestsRun('fragment redirects in a browser')) return
    // In Chromium: an old `.html#fragment` lands on the new fragment, through the page that still exists
    // (site/scripts/fragment-redirects.ts) and through a redirect page; other fragments are kept.
    const server = await serveStatic(outDir)
    const context = await launchChromiumContext()
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto(`${server.url}/one.html#old-fragment`)
      await page.waitForURL(`${server.url}/sub/two.html#moved`)
      // The repository icon is drawn filled, at the bar's icon size.
      const icon = page.locator('.site-header .repository-link svg')
      const [fill, stroke] = await icon.evaluate((svg) => [getComputedStyle(svg).fill, getComputedStyle(svg).stroke])
      expect(fill).toMatch(/^rgb/)
      expect(stroke).toBe('none')
      expect((await icon.boundingBox())!.width).toBeGreaterThan(15)
      // Printed, no chapter of the print page starts a page of its own.
      await page.goto(`${server.url}/print/`)
      await page.emulateMedia({media: 'print'})
      expect(await page.locator('.print-chapter').first().evaluate((section) => getComputedStyle(section).breakBefore)).toBe('auto')
      await page.emulateMedia({media: 'screen'})
      // So is an icon in the text, at the text's size.
      await page.goto(`${server.url}/one.html`)
      const eye = page.locator('.content .fa-svg svg').first()
      expect(await eye.evaluate((svg) => getComputedStyle(svg).stroke)).toBe('none')
      await page.goto(`${server.url}/one.html#old-fragment`)
      await page.waitForURL(`${server.url}/sub/two.html#moved`)
      // The sidebar, filled in from nav.json, numbers the chapters and the draft as mdBook's does.
      await page.locator('#sidebar .draft').first().waitFor()
      expect(await page.locator('#sidebar .draft').first().textContent()).toBe('2. Later')
      expect(await page.locator('#sidebar a[aria-current="page"]').textContent()).toBe('3. Two')
      // Folded as mdBook folds it (`[output.html.fold]`, level 0): the current chapter is open, others closed.
      const three = page.locator('#sidebar li', {hasText: '3.1. Three, as listed'})
      const twoToggle = page.locator('#sidebar li', {hasText: '3. Two'}).locator('.fold-toggle')
      expect(await twoToggle.getAttribute('aria-expanded')).toBe('true')
      expect(await three.isVisible()).toBe(true)
      await page.goto(`${server.url}/one.html`)
      await page.locator('#sidebar .draft').first().waitFor()
      expect(await twoToggle.getAttribute('aria-expanded')).toBe('false')
      expect(await three.isVisible()).toBe(false)
      await twoToggle.click()
      expect(await three.isVisible()).toBe(true)
      await page.goto(`${server.url}/old.html#gone`)
      await page.waitForURL(`${server.url}/sub/two.html#moved`)
      await page.goto(`${server.url}/old.html#elsewhere`)
      await page.waitForURL(`${server.url}/one.html#elsewhere`)
      // A fragment the page has is no old one: it stays.
      await page.goto(`${server.url}/sub/two.html#moved`)
      await page.goto(`${server.url}/one.html#one`)
      await page.waitForTimeout(300)
      expect(page.url()).toBe(`${server.url}/one.html#one`)
      // A link written as mdBook publishes it, with the bare id (site/scripts/prefixed-anchors.ts).
      await page.goto(`${server.url}/sub/two.html#__init__`)
      await page.waitForFunction(() => window.scrollY > 0)
      const top = await page.locator('#user-content-__init__').evaluate((heading) => heading.getBoundingClientRect().top / window.innerHeight)
      expect(top).toBeGreaterThanOrEqual(0)
      expect(top).toBeLessThan(1)
      // And an old-style anchor, `<a name>`, whose name the sanitizer prefixed too.
      await page.goto(`${server.url}/sub/two.html#old-name`)
      await page.waitForFunction(() => {
        const anchor = document.getElementsByName('user-content-old-name')[0]
        return anchor !== undefined && anchor.getBoundingClientRect().top >= 0 && anchor.getBoundingClientRect().top < window.innerHeight
      })
    } finally {
      await context.close()
      await server.close()
    }
  })
})
