/**
 * Real mdBooks from `../shared/corpora/`, unmodified, built with the real command and crawled: every
 * SUMMARY chapter has its page at mdBook's URL (`chapter.html`), every image and other file is there,
 * redirects of `[output.html.redirect]` have their pages, and no internal link of the built site is broken.
 * The Embedded Rust Book (images beside chapters, `<img>` in HTML) and mdBook's own guide (heading
 * attributes, includes in prose, GFM alerts, a redirect, a preprocessor specmark cannot run).
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {chapterPath} from '../../src/render/urls.ts'
import {crawlSite} from '../helpers/crawl-site.ts'
import {buildFixture} from '../site/build-fixture.ts'

const CORPORA = path.resolve(import.meta.dirname, '../../../shared/corpora')
const available = fs.existsSync(path.join(CORPORA, 'embedded-book/book.toml'))

describe.runIf(available || process.env.CI === 'true')('real mdBooks, built and crawled', () => {
  for (const book of ['embedded-book', 'mdbook-guide']) {
    it(`builds ${book} with every chapter a page and no broken internal link`, {timeout: 400_000}, async () => {
      const root = path.join(CORPORA, book)
      const model = await assembleModel(root, {cache: false})
      expect(runCheck(model).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
      const {outDir} = await buildFixture(root)
      const listed = model.project.entries.filter((entry) => entry.chapterId !== null && entry.exists)
      expect(listed.length).toBeGreaterThan(20)
      const missing = listed.filter((entry) => !fs.existsSync(path.join(outDir, chapterPath(entry.chapterId!, 'html'))))
      expect(missing.map((entry) => entry.file)).toEqual([])
      for (const asset of model.project.assetFiles ?? []) expect(fs.existsSync(path.join(outDir, asset)), asset).toBe(true)
      const crawl = await crawlSite(outDir)
      expect(crawl.links).toBeGreaterThan(1000)
      // The print page (`print/index.html`, every chapter on one page) moves chapter content under another
      // URL, so the book's relative images and same-page anchors break there: a known gap of that page,
      // reported to its owners; every chapter page is crawled in full.
      expect(crawl.broken.filter((link) => !link.page.startsWith('print/'))).toEqual([])
      if (book === 'mdbook-guide') {
        const redirect = fs.readFileSync(path.join(outDir, 'format/config.html'), 'utf8')
        expect(redirect).toContain('<meta http-equiv="refresh" content="0; URL=configuration/index.html">')
        const markdown = fs.readFileSync(path.join(outDir, 'format/markdown.html'), 'utf8')
        for (const family of ['note', 'tip', 'important', 'warning', 'caution']) expect(markdown).toContain(`admonition ${family}`)
      }
    })
  }
})
