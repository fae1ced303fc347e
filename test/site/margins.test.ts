/**
 * The rule margin's layout, measured in Chromium on real content: a chapter of the Rust Reference
 * (`destructors.md`, whose IDs are among the longest: `destructors.scope.temporary.edition2024`) and our
 * own specification's chapter with the most rule IDs. At 1366 and 1600 px wide, every margin's box is
 * measured: no two margins overlap, no margin reaches into its paragraph's text, and no ID wraps onto a
 * second line. A shortened ID shows in full on hover and in print.
 *
 * The Reference chapter is built as it is, in a book of its own, beside a generated chapter defining the
 * rule IDs it links to (so that its rule links resolve); its links to other chapters are demoted to
 * warnings in that book's `[specmark.lints]`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveStatic, type StaticServer} from '../helpers/static-server.ts'
import {browserTestsRun, launchChromium} from '../helpers/chromium.ts'
import {buildFixture} from './build-fixture.ts'
import {REFERENCE} from '../helpers/shared.ts'

const SPEC = path.resolve(import.meta.dirname, '../../spec')
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots/margins')

/** A book of the Reference's `destructors.md`, unmodified, and a chapter defining the rule IDs it links to. */
function referenceChapterBook(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-margins-'))
  const text = fs.readFileSync(path.join(REFERENCE, 'src/destructors.md'), 'utf8')
  const defined = new Set([...text.matchAll(/^r\[([^\]\s]+)\]\s*$/gm)].map((match) => match[1]!))
  const ID = String.raw`[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+`
  const linked = new Set([
    ...[...text.matchAll(new RegExp(String.raw`\[(${ID})\]`, 'g'))].map((match) => match[1]!),
    ...[...text.matchAll(new RegExp(String.raw`^\[[^\]]+\]:\s*(${ID})\s*$`, 'gm'))].map((match) => match[1]!),
  ])
  const stubs = [...linked].filter((id) => !defined.has(id)).sort()
  fs.mkdirSync(path.join(root, 'src'))
  fs.writeFileSync(path.join(root, 'book.toml'), '[book]\ntitle = "The Rust Reference: destructors"\n\n[specmark.lints]\nunresolved-internal-link = "warning"\n')
  fs.writeFileSync(path.join(root, 'src/SUMMARY.md'), '# Summary\n\n- [Destructors](destructors.md)\n- [Linked rules](linked.md)\n')
  fs.writeFileSync(path.join(root, 'src/destructors.md'), text)
  fs.writeFileSync(path.join(root, 'src/linked.md'), `# Linked rules\n\n${stubs.map((id) => `r[${id}]\nA rule the destructors chapter links to.\n`).join('\n')}`)
  return root
}

interface MarginReport {
  margins: number
  shortened: number
  overlaps: string[]
  intoText: string[]
  wrapped: string[]
  incomplete: string[]
}

/** Measures every margin box on the page. */
function measure(page: Page): Promise<MarginReport> {
  return page.evaluate(() => {
    const rules = [...document.querySelectorAll<HTMLElement>('.rule')]
    const boxes = rules.map((rule) => ({id: rule.dataset.rule ?? '', margin: rule.querySelector('.rule-margin')!.getBoundingClientRect(), body: rule.querySelector('.rule-body')!.getBoundingClientRect(), link: rule.querySelector<HTMLElement>('.rule-id')!}))
    const report: MarginReport = {margins: boxes.length, shortened: 0, overlaps: [], intoText: [], wrapped: [], incomplete: []}
    const intersect = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5
    boxes.forEach((box, index) => {
      // Margins are in document order: a later one can only overlap those just before it.
      for (const other of boxes.slice(Math.max(0, index - 8), index)) if (intersect(box.margin, other.margin)) report.overlaps.push(`${other.id} / ${box.id}`)
      if (box.margin.right > box.body.left + 0.5 && box.margin.bottom > box.body.top + 0.5 && box.margin.top < box.body.top) report.intoText.push(box.id)
      const lineHeight = parseFloat(getComputedStyle(box.link).lineHeight)
      const parts = [...box.link.children] as HTMLElement[]
      if (box.link.getBoundingClientRect().height > lineHeight * 1.5 || parts.some((part) => part.getClientRects().length !== 1)) report.wrapped.push(box.id)
      if (box.link.textContent !== `[${box.id}]`) report.incomplete.push(box.id)
      if (parts.some((part) => part.scrollWidth > part.clientWidth + 0.5)) report.shortened++
    })
    return report
  }) as Promise<MarginReport>
}

describe.skipIf(!browserTestsRun('rule margins, measured', [path.join(REFERENCE, 'book.toml')]))('rule margins, measured', () => {
  let browser: Browser
  const servers: StaticServer[] = []
  const pages: Array<{name: string; url: string}> = []

  beforeAll(async () => {
    fs.rmSync(SCREENSHOTS, {recursive: true, force: true})
    fs.mkdirSync(SCREENSHOTS, {recursive: true})
    const reference = await buildFixture(referenceChapterBook())
    const spec = await buildFixture(SPEC)
    const referenceServer = await serveStatic(reference.outDir)
    const specServer = await serveStatic(spec.outDir)
    servers.push(referenceServer, specServer)
    // Our longest chapter: the one with the most rule IDs.
    const ids = JSON.parse(fs.readFileSync(path.join(spec.outDir, 'ids.json'), 'utf8')) as {chapters: Array<[string, string]>; rules: Array<[string, number]>}
    const counts = new Map<number, number>()
    for (const [, chapter] of ids.rules) counts.set(chapter, (counts.get(chapter) ?? 0) + 1)
    const longest = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
    // The Reference chapter's page, wherever its book's URL scheme puts it (`destructors.html` for an mdBook).
    const referenceIds = JSON.parse(fs.readFileSync(path.join(reference.outDir, 'ids.json'), 'utf8')) as {chapters: Array<[string, string]>}
    const destructors = referenceIds.chapters.find(([title]) => title === 'Destructors')!
    pages.push({name: 'reference-destructors', url: `${referenceServer.url}/${destructors[1]}`}, {name: 'spec-longest', url: `${specServer.url}/${ids.chapters[longest]![1]}`})
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    for (const server of servers) await server.close()
  })

  for (const width of [1366, 1600]) {
    it(`never overlaps, never reaches into the text and never wraps an ID at ${width} px`, async () => {
      const page = await browser.newPage({viewport: {width, height: 900}})
      for (const {name, url} of pages) {
        await page.goto(url)
        const report = await measure(page)
        console.log(`margins ${name} at ${width} px: ${report.margins} margins, ${report.shortened} IDs shortened, ${report.overlaps.length} overlaps, ${report.wrapped.length} wrapped`)
        expect(report.margins).toBeGreaterThan(40)
        expect({overlaps: report.overlaps, intoText: report.intoText, wrapped: report.wrapped, incomplete: report.incomplete}).toEqual({overlaps: [], intoText: [], wrapped: [], incomplete: []})
        await page.screenshot({path: path.join(SCREENSHOTS, `${name}-${width}.png`)})
      }
      await page.close()
    }, 120_000)
  }

  it('shows a shortened ID in full on hover and on focus, and every ID in full in print', async () => {
    const page = await browser.newPage({viewport: {width: 1366, height: 900}})
    await page.goto(pages[0]!.url)
    const long = page.locator('[id="r-destructors.scope.temporary.edition2024"] .rule-id')
    const clipped = (): Promise<boolean> => long.evaluate((link) => [...link.children].some((part) => part.scrollWidth > part.clientWidth + 0.5))
    await expect(clipped()).resolves.toBe(true)
    await long.hover()
    await expect(clipped()).resolves.toBe(false)
    await page.screenshot({path: path.join(SCREENSHOTS, 'hover-full-id.png'), clip: {...(await long.boundingBox())!, x: 0, width: 700, height: 60}})
    await page.mouse.move(1300, 10)
    await long.focus()
    await expect(clipped()).resolves.toBe(false)
    await page.emulateMedia({media: 'print'})
    await page.mouse.move(1300, 10)
    await page.locator('body').focus()
    const report = await measure(page)
    expect(report.shortened).toBe(0)
    expect(report.wrapped).toEqual([])
    await page.close()
  }, 120_000)
})
