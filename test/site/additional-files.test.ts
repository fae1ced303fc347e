/**
 * An mdBook's own theme files, `additional-css` and `additional-js`: copied where mdBook puts them, loaded
 * by every page after the site's own (styles) and at the end of the body (scripts), and able to find what
 * they look for — code blocks carry their info string's words as classes, as mdBook writes them, which the
 * Rust Book's Ferris script reads — mdBook's theme variables, which books' stylesheets use, are the site's colours, and
 * mdbook-admonish's stylesheet, which a book carries, draws its blocks. A listed file that does not exist is a warning, and the book builds.
 * (The book also turns mdBook's copy buttons off, `copyable = false`.)
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {specmark} from '../helpers/run-cli.ts'
import {serveStatic} from '../helpers/static-server.ts'
import {writeTree} from '../helpers/spec-fixture.ts'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'

// Like the Rust Book's ferris.js: a mark in the corner of each block its class names.
const SCRIPT = `document.addEventListener('DOMContentLoaded', () => {
  for (const code of document.getElementsByClassName('does_not_compile')) {
    const mark = document.createElement('span')
    mark.className = 'crab'
    mark.textContent = 'does not compile'
    code.parentElement.insertBefore(mark, code)
  }
})
`

const BOOK = {
  'book.toml': '[book]\ntitle = "Themed"\n\n[output.html]\nadditional-css = ["theme/book.css", "../shared.css"]\nadditional-js = ["crab.js", "theme/missing.js"]\n\n[output.html.playground]\ncopyable = false\n\n[preprocessor.admonish]\ncommand = "mdbook-admonish"\n',
  'src/SUMMARY.md': '- [One](one.md)\n',
  'src/one.md': '# One\n\n```rust,ignore,does_not_compile\nfn main() { let x: i32 = "no"; }\n```\n\n```toml\n[a]\n```\n\n```rust\nfn main() {}\n```\n\n```admonish info\nInformed.\n```\n',
  // mdBook's theme variables, as books' own stylesheets use them (the Rust Book's notes).
  'theme/book.css': '.crab { color: rgb(1, 2, 3); }\n.content h1 { letter-spacing: 3px; background-color: var(--quote-bg); border-top: 1px solid var(--quote-border); }\n:is(.admonition-title, summary.admonition-title) { margin-inline: -1.6rem -1.2rem; }\n',
  'crab.js': SCRIPT,
}

describe('an mdBook’s additional-css and additional-js', () => {
  it('are copied, loaded by every page after the site’s own, and find the classes mdBook writes', {timeout: 180_000}, async () => {
    // `../shared.css`: a file beside the book's folder, as a book sharing its sibling's styles names it,
    // in the repository that holds both (the book's may publish from its git working tree).
    const folder = await writeTree({'.git/HEAD': 'ref: refs/heads/main\n', 'shared.css': '.crab { font-weight: 700; }\n', ...Object.fromEntries(Object.entries(BOOK).map(([file, text]) => [`book/${file}`, text]))})
    const root = path.join(folder, 'book')
    const outDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-themed-')), 'site')
    const result = await specmark('build', '--root', root, '--out', outDir)
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('book.toml:6:')
    expect(result.stdout).toMatch(/warning\[missing-additional-file\]: `theme\/missing\.js` \(`additional-js`\) does not exist/)
    expect(await fs.readFile(path.join(outDir, 'theme/book.css'), 'utf8')).toBe(BOOK['theme/book.css'])
    expect(await fs.readFile(path.join(outDir, 'shared.css'), 'utf8')).toContain('font-weight')
    expect(await fs.readFile(path.join(outDir, 'crab.js'), 'utf8')).toBe(SCRIPT)
    const page = await fs.readFile(path.join(outDir, 'one.html'), 'utf8')
    expect(page).toContain('<code class="language-rust ignore does_not_compile">')
    expect(page).toContain('<code class="language-toml">')
    // After the site's stylesheet; the missing script is not linked.
    expect(page.indexOf('href="/theme/book.css"')).toBeGreaterThan(page.indexOf('/_astro/'))
    expect(page).toContain('<script src="/crab.js"></script>')
    expect(page).not.toContain('missing.js')

    if (!browserTestsRun("the book's script in a browser")) return
    const server = await serveStatic(outDir)
    const context = await launchChromiumContext()
    try {
      const browserPage = context.pages()[0] ?? (await context.newPage())
      await browserPage.goto(`${server.url}/one.html`)
      const crab = browserPage.locator('pre > .crab')
      await crab.waitFor()
      expect(await crab.count()).toBe(1)
      expect(await crab.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).fontWeight])).toEqual(['rgb(1, 2, 3)', '700'])
      // `copyable = false`: no Copy button, as in mdBook; the runnable example keeps its Run.
      expect(await browserPage.locator('.code-copy').count()).toBe(0)
      expect(await browserPage.locator('.code-run').count()).toBe(1)
      // The book's rule wins over the site's for the same element.
      expect(await browserPage.locator('.content h1').evaluate((element) => getComputedStyle(element).letterSpacing)).toBe('3px')
      // mdbook-admonish's stylesheet (the book's copy) draws its blocks' title bar, not the site's label style.
      const title = browserPage.locator('.admonish-info > .admonition-title')
      expect(await title.evaluate((element) => [element.textContent, getComputedStyle(element).marginLeft, getComputedStyle(element).textTransform])).toEqual(['Info', '-25.6px', 'none'])
      // `--quote-bg` and `--quote-border` are the site's sunken background and border (light theme).
      expect(await browserPage.locator('.content h1').evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).borderTopColor])).toEqual(['rgb(244, 242, 238)', 'rgb(226, 222, 214)'])
    } finally {
      await context.close()
      await server.close()
    }
  })
})
