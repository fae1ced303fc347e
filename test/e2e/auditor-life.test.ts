/**
 * An auditor's life, end to end, on a copy of `spec/`: release 1.0; cite ten IDs with the built site's
 * *cite* control (in Chromium); make every kind of change — edit, informative edit, retargeted link,
 * move, rename, rename with an edit, retirement — over releases 1.1 and 1.2; then `citations check`
 * reports each citation correctly against both releases, the versioned pages show the 1.0 text, the ReqIF
 * of 1.0 and 1.2 validates, reads back and keeps the identifiers of renamed IDs, and the PDF opens with
 * the title and version on every page (pdftotext). Leaves screenshots of the citation page and a PDF page
 * in `screenshots/auditor/`.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext} from 'playwright-core'
import {XMLParser} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {validateReqif} from '../helpers/reqif.ts'
import {specmark} from '../helpers/run-cli.ts'
import {serveStatic, type StaticServer} from '../helpers/static-server.ts'
import {CHROMIUM} from '../setup/ensure-chromium.ts'

const SPEC = path.resolve(import.meta.dirname, '../../spec')
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots/auditor')
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
const CHAPTER = 'dynamic/expressions.md'
const available = fs.existsSync(CHROMIUM) && fs.existsSync('/usr/bin/pdftotext')
if (!available && process.env.CI === 'true') throw new Error('the auditor test needs Chromium and poppler-utils (pdftotext): see .ci/run')

/** The ten cited IDs and what becomes of each. */
const CITED = {
  same1: 'expr.eval.outcome',
  same2: 'expr.place.kinds',
  same3: 'expr.op.div',
  edit: 'expr.eval.order',
  informative: 'expr.eval.compound-assign',
  retarget: 'expr.place.read',
  move: 'expr.place.temporary',
  rename: 'expr.op.shift',
  renameEdit: 'expr.op.float',
  retire: 'expr.op.cast',
}

interface Result {
  citation: {id: string; version: string}
  status: string
  holds: boolean
  currentId: string | null
  changed?: boolean
  diff?: string
  moved?: unknown
  message: string
}

describe.skipIf(!available && process.env.CI !== 'true')('an auditor across three releases', () => {
  let dir: string
  let root: string
  let citations: string
  let server: StaticServer | null = null
  let context: BrowserContext | null = null
  const load = () => assembleModel(root, {cache: false})
  const file = () => path.join(root, CHAPTER)
  const edit = (from: string, to: string): void => {
    const text = fs.readFileSync(file(), 'utf8')
    if (!text.includes(from)) throw new Error(`not in ${CHAPTER}: ${from}`)
    fs.writeFileSync(file(), text.replace(from, to))
  }
  const build = async (out: string, ...extra: string[]): Promise<string> => {
    const result = await specmark('build', '--root', root, '--out', path.join(dir, out), ...extra)
    if (result.code !== 0) throw new Error(`build failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
    return path.join(dir, out)
  }
  const check = async (...args: string[]): Promise<{code: number; results: Result[]; target: string}> => {
    const run = await specmark('citations', 'check', citations, '--root', root, '--format', 'json', ...args)
    const report = JSON.parse(run.stdout) as {results: Result[]; target: string}
    return {code: run.code, ...report}
  }
  const byId = (results: Result[]) => new Map(results.map((result) => [result.citation.id, result]))
  /**
   * Whether the release snapshots carry clause hashes (issue 13: an informative part hashed apart, link
   * targets in the main hash). Without them an informative edit or a retargeted link changes no hash,
   * and those two citations read as unchanged.
   */
  const clauseHashes = (): boolean => 'informativeSha256' in (JSON.parse(fs.readFileSync(path.join(root, 'releases/1.0.json'), 'utf8')) as {paragraphs: object[]}).paragraphs[0]!

  beforeAll(async () => {
    process.env.SOURCE_DATE_EPOCH = '1767225600'
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-auditor-'))
    root = path.join(dir, 'spec')
    fs.cpSync(SPEC, root, {recursive: true})
    fs.rmSync(path.join(root, 'releases'), {recursive: true, force: true})
    fs.rmSync(path.join(root, 'registry.txt'), {force: true})
    fs.rmSync(SCREENSHOTS, {recursive: true, force: true})
    fs.mkdirSync(SCREENSHOTS, {recursive: true})
    await release(await load(), '1.0', {allowDirty: true})

    // Cite ten IDs from the built site, as an auditor would: the cite control of each paragraph.
    const site = await build('site-1.0')
    server = await serveStatic(site)
    context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-chromium-')), {
      executablePath: CHROMIUM,
      args: ARGS,
      viewport: {width: 1280, height: 900},
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${server.url}/dynamic/expressions/`)
    const copied: string[] = []
    for (const id of Object.values(CITED)) {
      // The margin's controls show when the paragraph is pointed at, as for a reader with a mouse.
      const rule = page.locator(`[data-rule="${id}"]`).first()
      await rule.hover()
      await rule.locator('.rule-cite').first().click()
      copied.push(await page.evaluate(() => navigator.clipboard.readText()))
    }
    citations = path.join(dir, 'citations.txt')
    fs.writeFileSync(citations, `${copied.join('\n')}\n`)

    // 1.1: an edit, an informative edit, a retargeted link, a move.
    edit('and each operand is evaluated completely', 'and each operand is always evaluated completely')
    edit('assert_eq!(sum, 3);', 'assert_eq!(sum, 1 + 2);')
    edit('[borrow checker][borrowck.intro]', '[borrow checker][unsafeck.intro]')
    const moved = /r\[expr\.place\.temporary\]\n[^\n]*\n\n/.exec(fs.readFileSync(file(), 'utf8'))![0]
    edit(moved, '')
    edit('r[expr.place]\n', `${moved}r[expr.place]\n`)
    await release(await load(), '1.1', {allowDirty: true})

    // 1.2: a rename, a rename with an edit, a retirement.
    await renameId(await load(), CITED.rename, 'expr.op.shift-amount', {allowDirty: true})
    await renameId(await load(), CITED.renameEdit, 'expr.op.float-arith', {allowDirty: true})
    const floatText = /r\[expr\.op\.float-arith\]\n([^\n]*)\n/.exec(fs.readFileSync(file(), 'utf8'))![1]!
    edit(floatText, `${floatText} This holds on every target.`)
    const castText = /r\[expr\.op\.cast\]\n([^\n]*\n)\n/.exec(fs.readFileSync(file(), 'utf8'))![1]!
    await retireId(await load(), CITED.retire, 'split into the chapter on casts', {allowDirty: true})
    // Retiring removes the label; the text goes too (it moved to another chapter, says the reason).
    edit(`${castText}\n`, '')
    await release(await load(), '1.2', {allowDirty: true})
  }, 900_000)

  afterAll(async () => {
    delete process.env.SOURCE_DATE_EPOCH
    await context?.close()
    await server?.close()
  })

  it('cited ten IDs with the site, each naming release 1.0, its hash and the versioned text', () => {
    const lines = fs.readFileSync(citations, 'utf8').trim().split('\n')
    expect(lines).toHaveLength(10)
    for (const [index, id] of Object.values(CITED).entries()) {
      expect(lines[index]).toMatch(new RegExp(`^The Rust Language Specification \\(1\\.0\\), \\[${id.replace(/\./g, '\\.')}\\] #[0-9a-f]{8}, http://127\\.0\\.0\\.1:\\d+/v/1\\.0/dynamic/expressions/#r-${id.replace(/\./g, '\\.')}$`))
    }
  })

  it('reports each citation against 1.1', async () => {
    const report = await check('--to', '1.1')
    expect(report.target).toBe('1.1')
    expect(report.code).toBe(1)
    const results = byId(report.results)
    for (const id of [CITED.same1, CITED.same2, CITED.same3, CITED.rename, CITED.renameEdit, CITED.retire]) expect(results.get(id)).toMatchObject({status: 'unchanged', holds: true})
    expect(results.get(CITED.edit)).toMatchObject({status: 'normative-changed', holds: false, diff: expect.stringContaining('{+always +}')})
    if (clauseHashes()) {
      expect(results.get(CITED.informative)).toMatchObject({status: 'informative-changed', holds: true})
      expect(results.get(CITED.retarget)).toMatchObject({status: 'normative-changed', holds: false, message: expect.stringContaining('links were retargeted')})
    } else {
      expect(results.get(CITED.informative)).toMatchObject({status: 'unchanged', holds: true})
      expect(results.get(CITED.retarget)).toMatchObject({status: 'unchanged', holds: true})
    }
    expect(results.get(CITED.move)).toMatchObject({status: 'moved', holds: true, moved: {from: {chapter: 'dynamic/expressions', section: 'places-and-values'}, to: {chapter: 'dynamic/expressions', section: 'evaluation'}}})
  })

  it('reports each citation against 1.2 (the current text)', async () => {
    const report = await check()
    expect(report.target).toBe('1.2')
    const results = byId(report.results)
    expect(results.get(CITED.rename)).toMatchObject({status: 'renamed', holds: true, currentId: 'expr.op.shift-amount', changed: false})
    expect(results.get(CITED.renameEdit)).toMatchObject({status: 'renamed', holds: false, currentId: 'expr.op.float-arith', changed: true, diff: expect.stringContaining('{+ This holds on every target.+}')})
    expect(results.get(CITED.retire)).toMatchObject({status: 'retired', holds: false, message: 'retired in 1.2: split into the chapter on casts'})
    expect(results.get(CITED.same1)).toMatchObject({status: 'unchanged', holds: true})
    expect(results.get(CITED.edit)).toMatchObject({status: 'normative-changed', holds: false})
    // Three unchanged, the informative edit, the move, the plain rename (and the retarget without clause hashes).
    expect(report.results.filter((result) => result.holds)).toHaveLength(clauseHashes() ? 6 : 7)
  })

  it('shows the text of 1.0 on the versioned pages, and checks citations in the browser', async () => {
    const site = await build('site-1.2')
    const v10 = fs.readFileSync(path.join(site, 'v/1.0/dynamic/expressions/index.html'), 'utf8')
    const snapshot = JSON.parse(fs.readFileSync(path.join(root, 'releases/1.0.json'), 'utf8')) as {paragraphs: Array<{id: string; text: string}>}
    for (const id of Object.values(CITED)) {
      const text = snapshot.paragraphs.find((paragraph) => paragraph.id === id)!.text
      // As Astro escapes text.
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
      expect(v10).toContain(`id="r-${id}"`)
      expect(v10).toContain(escaped)
    }
    expect(v10).not.toContain('always evaluated completely')
    await server!.close()
    server = await serveStatic(site)
    const page = context!.pages()[0]!
    await page.goto(`${server.url}/citations/`)
    await page.fill('#citations-input', fs.readFileSync(citations, 'utf8'))
    await page.click('.citations-form button[type="submit"]')
    await page.waitForSelector('.citations-results:not([hidden]) tbody tr')
    const statuses = await page.$$eval('.citations-results tbody tr', (rows) => rows.map((row) => (row as HTMLElement).dataset.status))
    const cli = (await check()).results.map((result) => result.status)
    expect(statuses).toEqual(cli)
    await page.screenshot({path: path.join(SCREENSHOTS, 'citation-page.png'), fullPage: true})
  }, 600_000)

  it('exports ReqIF of 1.0 and 1.2 that validate, read back, and keep the identifiers of renamed IDs', async () => {
    const v10 = (await specmark('export', '--root', root, '--format', 'reqif', '--release', '1.0')).stdout
    const v12 = (await specmark('export', '--root', root, '--format', 'reqif')).stdout
    for (const xml of [v10, v12]) expect(await validateReqif(xml)).toEqual({valid: true, errors: []})
    const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'SPEC-OBJECT' || name === 'ATTRIBUTE-VALUE-STRING'})
    const identifiers = (xml: string): Map<string, string> => {
      const objects = (((parser.parse(xml) as Record<string, any>)['REQ-IF']['CORE-CONTENT']['REQ-IF-CONTENT']['SPEC-OBJECTS']['SPEC-OBJECT']) as Array<Record<string, any>>)
      return new Map(objects.map((object) => [String(object.VALUES['ATTRIBUTE-VALUE-STRING'].find((value: Record<string, any>) => value.DEFINITION['ATTRIBUTE-DEFINITION-STRING-REF'] === 'ad-foreign-id')['@THE-VALUE']), object['@IDENTIFIER'] as string]))
    }
    const [before, after] = [identifiers(v10), identifiers(v12)]
    expect(after.get('expr.op.shift-amount')).toBe(before.get(CITED.rename))
    expect(after.get('expr.op.float-arith')).toBe(before.get(CITED.renameEdit))
    expect(after.get(CITED.retire)).toBe(before.get(CITED.retire))
    expect(after.get(CITED.same1)).toBe(before.get(CITED.same1))
  }, 300_000)

  it('prints one PDF with the title and version on every page', async () => {
    const site = await build('site-pdf', '--pdf')
    const pdf = path.join(site, 'document.pdf')
    const info = execFileSync('pdfinfo', [pdf], {encoding: 'utf8'})
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    expect(pages).toBeGreaterThan(20)
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], {encoding: 'utf8', maxBuffer: 64 << 20})
    const sheets = text.split('\f').filter((sheet) => sheet.trim() !== '')
    expect(sheets).toHaveLength(pages)
    for (const sheet of sheets) expect(sheet).toContain('The Rust Language Specification — version 1.2')
    expect(text).toContain('[expr.op.float-arith]')
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '3', '-l', '3', '-singlefile', pdf, path.join(SCREENSHOTS, 'pdf-page')])
    expect(fs.existsSync(path.join(SCREENSHOTS, 'pdf-page.png'))).toBe(true)
  }, 600_000)
})
