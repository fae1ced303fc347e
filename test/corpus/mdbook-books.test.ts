/**
 * Real mdBooks from `../shared/corpora/`, unmodified, checked, built with the real command (once per set
 * of inputs, shared: `test/helpers/corpus-build.ts`) and crawled, the print page included: every SUMMARY
 * chapter has its page at mdBook's URL (`chapter.html`), every image and other file is there, redirects of
 * `[output.html.redirect]` have their pages, and no internal link of the built site is broken but those to
 * the book's own stale anchors, which `check` warned about and mdBook links as written. The async
 * book (includes from a sibling `examples/`), the Embedded Rust Book (images beside chapters, `<img>` in
 * HTML), mdBook's own guide (heading attributes, includes in prose, GFM alerts, a redirect, a
 * preprocessor specmark cannot run) and the older Reference revision (the newer one:
 * `test/package/pack-install.test.ts`, which builds it from the installed package).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadProject} from '../../src/load/load-project.ts'
import {chapterPath} from '../../src/render/urls.ts'
import {builtCorpus, CORPORA} from '../helpers/corpus-build.ts'
import {crawlSite} from '../helpers/crawl-site.ts'

const BOOKS = ['async-book', 'embedded-book', 'mdbook-guide', 'rust-reference-2026-03-01']
const available = BOOKS.every((book) => fs.existsSync(path.join(CORPORA, book, 'book.toml')))

describe.runIf(available || process.env.CI === 'true')('real mdBooks, built and crawled', () => {
  for (const book of BOOKS) {
    it(`builds ${book} with every chapter a page and no broken internal link`, {timeout: 600_000}, async () => {
      const project = await loadProject(path.join(CORPORA, book))
      // The build checks first and stops on an error; its summary says how many warnings there were.
      const {outDir, stdout, stderr} = await builtCorpus(book)
      const summary = /checked \d+ chapters in [\d.]+ s: (\d+) errors?, (\d+) warnings?/.exec(stderr)
      expect(summary?.[1]).toBe('0')
      const listed = project.entries.filter((entry) => entry.chapterId !== null && entry.exists)
      expect(listed.length).toBeGreaterThan(10)
      const missing = listed.filter((entry) => !fs.existsSync(path.join(outDir, chapterPath(entry.chapterId!, 'html'))))
      expect(missing.map((entry) => entry.file)).toEqual([])
      const assets = project.assetFiles ?? []
      for (const asset of assets) expect(fs.existsSync(path.join(outDir, asset)), asset).toBe(true)
      const crawl = await crawlSite(outDir)
      // The print page (every chapter on one page, `print/index.html`) is crawled like every other page.
      expect(crawl.pages).toBeGreaterThan(listed.length)
      expect(fs.existsSync(path.join(outDir, 'print/index.html'))).toBe(true)
      // mdBook's own address of that page, linked from far and wide, forwards to it.
      expect(fs.readFileSync(path.join(outDir, 'print.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; URL=print/">')
      // A link to a missing anchor of a page that exists is the book's slip: `check` warns, and the page links
      // it as mdBook does. Anything else broken is specmark's.
      const staleAnchors = new Set(
        [...stdout.matchAll(/missing anchor `#([^`]*)` in `([^`]+)`/g)].map(([, anchor, chapter]) => `/${chapterPath(chapter!, 'html')}#${anchor}`)
      )
      expect(crawl.broken.filter((link) => !(link.reason === 'anchor' && staleAnchors.has(link.href)))).toEqual([])
      console.info(`${book}: 0 errors, ${summary?.[2]} warnings; ${listed.length} chapters, ${assets.length} assets; ${crawl.pages} pages, ${crawl.links} links crawled, none broken but ${crawl.broken.length} to the book’s stale anchors`)
      if (book === 'mdbook-guide') {
        const redirect = fs.readFileSync(path.join(outDir, 'format/config.html'), 'utf8')
        expect(redirect).toContain('<meta http-equiv="refresh" content="0; URL=configuration/index.html">')
        const markdown = fs.readFileSync(path.join(outDir, 'format/markdown.html'), 'utf8')
        for (const family of ['note', 'tip', 'important', 'warning', 'caution']) expect(markdown).toContain(`admonition ${family}`)
        // Its definition list example, as mdBook 0.5 reads it: terms anchored like headings.
        expect(markdown).toContain('<dt id="term-a">term A<a class="heading-anchor" href="#term-a"')
        expect(markdown).toContain('<dd>This has more than one definition.</dd>')
        // Its `mathjax-support = true`: the guide's two example equations typeset, its code showing them not.
        const mathjax = fs.readFileSync(path.join(outDir, 'format/mathjax.html'), 'utf8')
        expect(mathjax.match(/<math /g)).toHaveLength(2)
        expect(mathjax).toContain('<annotation encoding="application/x-tex"> \\mu = \\frac{1}{N} \\sum_{i=0} x_i </annotation>')
      }
      if (book === 'async-book') expect(listed.some((entry) => entry.file!.includes('/'))).toBe(true)
      if (book.startsWith('rust-reference')) {
        // The grammar's railroad diagrams, one per production, drawn on the chapters that define them.
        const page = fs.readFileSync(path.join(outDir, 'expressions/if-expr.html'), 'utf8')
        expect(page).toContain('id="railroad-IfExpression"')
        expect(page).toContain('<details class="grammar-railroad">')
      }
    })
  }
})
