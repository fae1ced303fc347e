/**
 * The Rust Reference, unmodified, built and crawled: zero broken internal links, and every URL the
 * published Reference has (`chapter.html`, and the old paths of `[output.html.redirect]`) still answers.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {crawlSite} from '../helpers/crawl-site.ts'
import {buildFixture} from '../site/build-fixture.ts'

const REFERENCE = path.resolve(import.meta.dirname, '../../../shared/corpora/rust-reference')
const available = fs.existsSync(path.join(REFERENCE, 'book.toml'))

describe.runIf(available || process.env.CI === 'true')('the Rust Reference site', () => {
  it('serves its old .html URLs and has no broken internal link', {timeout: 900_000}, async () => {
    const {outDir} = await buildFixture(REFERENCE)
    for (const page of ['introduction.html', 'expressions/if-expr.html', 'items/modules.html', 'types/char.html']) {
      expect(fs.existsSync(path.join(outDir, page)), page).toBe(true)
    }
    // Redirects without a fragment become pages; their targets exist.
    expect(fs.readFileSync(path.join(outDir, 'expressions/enum-variant-expr.html'), 'utf8')).toContain('URL=struct-expr.html')
    expect(fs.existsSync(path.join(outDir, 'expressions/struct-expr.html'))).toBe(true)
    expect(fs.readFileSync(path.join(outDir, 'unsafe-blocks.html'), 'utf8')).toContain('URL=unsafe-keyword.html')
    const crawl = await crawlSite(outDir)
    expect(crawl.pages).toBeGreaterThan(3000)
    // The print page (every chapter on one page, under `print/`) moves the book's relative links to another
    // URL: a known gap of that page (see test/corpus/mdbook-books.test.ts); every other page is crawled.
    expect(crawl.broken.filter((link) => !link.page.startsWith('print/'))).toEqual([])
  })
})
