/**
 * The Rust Reference, unmodified, built (once per set of inputs, shared: `test/helpers/corpus-build.ts`)
 * and crawled, its print page included: zero broken internal links, and every URL the published
 * Reference has (`chapter.html`, and the old paths of `[output.html.redirect]`) still answers.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtCorpus, CORPORA} from '../helpers/corpus-build.ts'
import {crawlSite} from '../helpers/crawl-site.ts'

const available = fs.existsSync(path.join(CORPORA, 'rust-reference/book.toml'))

describe.runIf(available || process.env.CI === 'true')('the Rust Reference site', () => {
  it('serves its old .html URLs and has no broken internal link', {timeout: 900_000}, async () => {
    const {outDir} = await builtCorpus('rust-reference')
    for (const page of ['introduction.html', 'expressions/if-expr.html', 'items/modules.html', 'types/char.html']) {
      expect(fs.existsSync(path.join(outDir, page)), page).toBe(true)
    }
    // Redirects become pages; their targets exist.
    expect(fs.readFileSync(path.join(outDir, 'expressions/enum-variant-expr.html'), 'utf8')).toContain('URL=struct-expr.html')
    expect(fs.existsSync(path.join(outDir, 'expressions/struct-expr.html'))).toBe(true)
    expect(fs.readFileSync(path.join(outDir, 'unsafe-blocks.html'), 'utf8')).toContain('URL=unsafe-keyword.html')
    // Old fragments of a page that still exists forward from that page (`/attributes.html#cold-attribute`).
    expect(fs.readFileSync(path.join(outDir, 'attributes.html'), 'utf8')).toMatch(/data-fragment-redirects="[^"]*#cold-attribute&quot;:&quot;attributes\/codegen.html#the-cold-attribute/)
    // Railroad diagrams of every production, with the summary's under ids of their own.
    const summary = fs.readFileSync(path.join(outDir, 'grammar.html'), 'utf8')
    expect(summary.match(/id="railroad-summary-/g)?.length).toBeGreaterThan(300)
    expect(summary).not.toMatch(/id="railroad-(?!summary-)/)
    const crawl = await crawlSite(outDir)
    expect(crawl.pages).toBeGreaterThan(3000)
    expect(fs.existsSync(path.join(outDir, 'print/index.html'))).toBe(true)
    expect(crawl.broken).toEqual([])
    console.info(`rust-reference: ${crawl.pages} pages, ${crawl.links} links crawled, ${crawl.broken.length} broken`)
  })
})
