/**
 * What a built Rust Reference must be, checked on whichever build a test has (the installed package's,
 * in `test/package/pack-install.test.ts`: the suite builds this big book once): zero broken internal
 * links with its print page crawled, and every URL the published Reference has (`chapter.html`, and the
 * old paths of `[output.html.redirect]`, old fragments included) still answers.
 */
import fs from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import {crawlSite, type CrawlResult} from './crawl-site.ts'

export async function expectReferenceSite(outDir: string): Promise<CrawlResult> {
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
  return crawl
}
