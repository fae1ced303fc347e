/**
 * An auditor's life, end to end, on a copy of `spec/`: release 1.0; cite ten IDs with the built site's
 * *cite* control (in Chromium); make every kind of change — edit, informative edit, retargeted link,
 * move, rename, rename with an edit, retirement — over releases 1.1 and 1.2; then `citations check`
 * reports each citation correctly against both releases, the versioned pages show the 1.0 text, the ReqIF
 * of 1.0 and 1.2 validates, reads back and keeps the identifiers of renamed IDs, and the PDF opens with
 * the title and version on every page (pdftotext). Leaves screenshots of the citation page and a PDF page
 * in `screenshots/auditor/`.
 *
 * The copy is a git repository, as a spec's checkout is: each release is made from committed sources and
 * records their commit, from which `export --release` rebuilds the release. The site is built twice, no
 * more: at 1.0 (to cite from) and at 1.2 with `--pdf` (versioned pages, citation page and PDF at once).
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {BrowserContext} from 'playwright-core'
import {XMLParser} from 'fast-xml-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {validateReqif} from '../helpers/reqif.ts'
import {gitRepository} from '../helpers/git-repo.ts'
import {specmark} from '../helpers/run-cli.ts'
import {serveStatic, type StaticServer} from '../helpers/static-server.ts'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'

const SPEC = path.resolve(import.meta.dirname, '../../spec')
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots/auditor')
const CHAPTER = 'dynamic/expressions.md'

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

describe.skipIf(!browserTestsRun('an auditor across three releases', ['/usr/bin/pdftotext']))('an auditor across three releases', () => {
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
  /** The check against the current text, run once for the two tests that read it. */
  let current: ReturnType<typeof check> | null = null
  const checkCurrent = (): ReturnType<typeof check> => (current ??= check())
  const byId = (results: Result[]) => new Map(results.map((result) => [result.citation.id, result]))
  /** The site at 1.2 with its PDF, built once for the tests that read it. */
  let siteNow: Promise<string> | null = null
  const builtNow = (): Promise<string> => (siteNow ??= build('site-1.2', '--pdf'))

  beforeAll(async () => {
    process.env.SOURCE_DATE_EPOCH = '1767225600'
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-auditor-'))
    root = path.join(dir, 'spec')
    fs.cpSync(SPEC, root, {recursive: true})
    fs.rmSync(path.join(root, 'releases'), {recursive: true, force: true})
    fs.rmSync(path.join(root, 'registry.txt'), {force: true})
    fs.rmSync(SCREENSHOTS, {recursive: true, force: true})
    fs.mkdirSync(SCREENSHOTS, {recursive: true})
    const repository = gitRepository(root)
    const released = async (version: string): Promise<void> => {
      repository.commit(`sources of ${version}`)
      await release(await load(), version)
      repository.commit(`release ${version}`)
    }
    await released('1.0')

    // Cite ten IDs from the built site, as an auditor would: the cite control of each paragraph.
    const site = await build('site-1.0')
    server = await serveStatic(site)
    context = await launchChromiumContext({
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
    await released('1.1')

    // 1.2: a rename, a rename with an edit, a retirement.
    await renameId(await load(), CITED.rename, 'expr.op.shift-amount', {allowDirty: true})
    await renameId(await load(), CITED.renameEdit, 'expr.op.float-arith', {allowDirty: true})
    const floatText = /r\[expr\.op\.float-arith\]\n([^\n]*)\n/.exec(fs.readFileSync(file(), 'utf8'))![1]!
    edit(floatText, `${floatText} This holds on every target.`)
    const castText = /r\[expr\.op\.cast\]\n([^\n]*\n)\n/.exec(fs.readFileSync(file(), 'utf8'))![1]!
    await retireId(await load(), CITED.retire, 'split into the chapter on casts', {allowDirty: true})
    // Retiring removes the label; the text goes too (it moved to another chapter, says the reason).
    edit(`${castText}\n`, '')
    await released('1.2')
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
    expect(results.get(CITED.informative)).toMatchObject({status: 'informative-changed', holds: true})
    expect(results.get(CITED.retarget)).toMatchObject({status: 'normative-changed', holds: false, message: expect.stringContaining('links were retargeted'), links: {removed: ['rule:borrowck.intro'], added: ['rule:unsafeck.intro']}})
    expect(results.get(CITED.move)).toMatchObject({status: 'moved', holds: true, moved: {from: {chapter: 'dynamic/expressions', section: 'places-and-values'}, to: {chapter: 'dynamic/expressions', section: 'evaluation'}}})
  })

  it('reports each citation against 1.2 (the current text)', async () => {
    const report = await checkCurrent()
    expect([report.target, report.code]).toEqual(['1.2', 1])
    const results = byId(report.results)
    expect(results.get(CITED.rename)).toMatchObject({status: 'renamed', holds: true, currentId: 'expr.op.shift-amount', changed: false})
    expect(results.get(CITED.renameEdit)).toMatchObject({status: 'renamed', holds: false, currentId: 'expr.op.float-arith', changed: true, diff: expect.stringContaining('{+ This holds on every target.+}')})
    expect(results.get(CITED.retire)).toMatchObject({status: 'retired', holds: false, message: 'retired in 1.2: split into the chapter on casts'})
    expect(results.get(CITED.same1)).toMatchObject({status: 'unchanged', holds: true})
    expect(results.get(CITED.edit)).toMatchObject({status: 'normative-changed', holds: false})
    // Three unchanged, the informative edit, the move, the plain rename.
    expect(report.results.filter((result) => result.holds).map((result) => result.citation.id).sort()).toEqual([CITED.same1, CITED.same2, CITED.same3, CITED.informative, CITED.move, CITED.rename].sort())
  })

  it('shows the text of 1.0 on the versioned pages, and checks citations in the browser', async () => {
    const site = await builtNow()
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
    // The page runs the CLI's check in the browser: the same status and message for each citation.
    const rows = await page.$$eval('.citations-results tbody tr', (trs) => trs.map((tr) => ({status: (tr as HTMLElement).dataset.status, message: tr.querySelector('td:last-child span')?.textContent})))
    const cli = (await checkCurrent()).results.map((result) => ({status: result.status, message: result.message}))
    expect(rows).toEqual(cli)
    expect(new Set(cli.map((result) => result.status)).size).toBeGreaterThanOrEqual(6)
    await page.screenshot({path: path.join(SCREENSHOTS, 'citation-page.png'), fullPage: true})
  }, 600_000)

  it('exports ReqIF of 1.0 and 1.2 that validate, read back with the hierarchy, and keep the identifiers of renamed IDs', async () => {
    // 1.0 with the CLI (rebuilt from the commit its snapshot records); 1.2 as the site publishes it (the
    // same exporter, from the build the other tests share; the CLI's is read back in test/export/).
    const run = await specmark('export', '--root', root, '--format', 'reqif', '--release', '1.0')
    expect([run.code, run.stderr]).toEqual([0, ''])
    const v10 = run.stdout
    const v12 = fs.readFileSync(path.join(await builtNow(), 'exports/paragraphs.reqif'), 'utf8')
    for (const xml of [v10, v12]) expect(await validateReqif(xml)).toEqual({valid: true, errors: []})
    const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['SPEC-OBJECT', 'SPEC-HIERARCHY', 'ATTRIBUTE-VALUE-STRING', 'ATTRIBUTE-VALUE-ENUMERATION', 'SPECIFICATION'].includes(name)})
    type Xml = Record<string, any>
    interface Node {
      id: string
      identifier: string
      kind: string
      xhtml: string
      children: Node[]
    }
    /** The document read back: every object by ReqIF.ForeignID, and the main specification as a tree. */
    const readBack = (xml: string): {objects: Map<string, Node>; parts: Node[]; title: string} => {
      const document = parser.parse(xml) as Xml
      const content = document['REQ-IF']['CORE-CONTENT']['REQ-IF-CONTENT'] as Xml
      const byIdentifier = new Map<string, Node>()
      for (const object of content['SPEC-OBJECTS']['SPEC-OBJECT'] as Xml[]) {
        const id = String((object.VALUES['ATTRIBUTE-VALUE-STRING'] as Xml[]).find((value) => value.DEFINITION['ATTRIBUTE-DEFINITION-STRING-REF'] === 'ad-foreign-id')!['@THE-VALUE'])
        const kind = String((object.VALUES['ATTRIBUTE-VALUE-ENUMERATION'] as Xml[]).find((value) => value.DEFINITION['ATTRIBUTE-DEFINITION-ENUMERATION-REF'] === 'ad-kind')!.VALUES['ENUM-VALUE-REF']).replace(/^dt-kind-/, '')
        byIdentifier.set(object['@IDENTIFIER'] as string, {id, identifier: object['@IDENTIFIER'] as string, kind, xhtml: JSON.stringify(object.VALUES['ATTRIBUTE-VALUE-XHTML']['THE-VALUE']), children: []})
      }
      const tree = (hierarchy: Xml): Node => ({...byIdentifier.get(hierarchy.OBJECT['SPEC-OBJECT-REF'])!, children: ((hierarchy.CHILDREN?.['SPEC-HIERARCHY'] as Xml[] | undefined) ?? []).map(tree)})
      const main = (content.SPECIFICATIONS.SPECIFICATION as Xml[])[0]!
      return {objects: new Map([...byIdentifier.values()].map((node) => [node.id, node])), parts: (main.CHILDREN['SPEC-HIERARCHY'] as Xml[]).map(tree), title: document['REQ-IF']['THE-HEADER']['REQ-IF-HEADER'].TITLE as string}
    }
    const [before, after] = [readBack(v10), readBack(v12)]
    expect([before.title, after.title]).toEqual(['The Rust Language Specification 1.0', 'The Rust Language Specification 1.2'])
    const model = await load()
    /** Where a clause sits: the kinds and IDs of its ancestors, part first. */
    const pathTo = (parts: Node[], id: string): string[] | null => {
      const search = (node: Node, trail: string[]): string[] | null => {
        if (node.id === id) return trail
        for (const child of node.children) {
          const found = search(child, [...trail, `${node.kind}:${node.id}`])
          if (found) return found
        }
        return null
      }
      for (const part of parts) {
        const found = search(part, [])
        if (found) return found
      }
      return null
    }
    const chapterPart = model.spec.parts.find((part) => part.chapters.includes('dynamic/expressions'))!
    for (const {parts} of [before, after]) {
      // The real hierarchy, for the past release as for the current text: parts → chapters → sections → clauses.
      expect(parts.map((part) => part.id)).toEqual(model.spec.parts.filter((part) => part.chapters.length > 0).map((part) => `part:${part.id}`))
      expect(parts.every((part) => part.kind === 'part' && part.children.every((chapter) => chapter.kind === 'chapter'))).toBe(true)
      expect(pathTo(parts, CITED.same1)!.slice(0, 2)).toEqual([`part:part:${chapterPart.id}`, 'chapter:chapter:dynamic/expressions'])
    }
    // The moved clause sits under its section of each release.
    expect(pathTo(before.parts, CITED.move)!.at(-1)).toBe('section:expr.place')
    expect(pathTo(after.parts, CITED.move)!.at(-1)).toBe('section:expr.eval')
    // The renderer's XHTML in both: the informative part's code block came through as code.
    for (const {objects} of [before, after]) expect(objects.get(CITED.informative)!.xhtml).toContain('xhtml:pre')
    expect(before.objects.get(CITED.informative)!.xhtml).not.toBe(after.objects.get(CITED.informative)!.xhtml)
    expect(before.objects.get(CITED.edit)!.xhtml).not.toContain('always evaluated')
    expect(after.objects.get(CITED.edit)!.xhtml).toContain('always evaluated')
    // Identifiers survive renames; the retired ID keeps its object.
    expect(after.objects.get('expr.op.shift-amount')!.identifier).toBe(before.objects.get(CITED.rename)!.identifier)
    expect(after.objects.get('expr.op.float-arith')!.identifier).toBe(before.objects.get(CITED.renameEdit)!.identifier)
    expect(after.objects.get(CITED.retire)!.identifier).toBe(before.objects.get(CITED.retire)!.identifier)
    expect(after.objects.get(CITED.same1)!.identifier).toBe(before.objects.get(CITED.same1)!.identifier)
  }, 300_000)

  it('prints one PDF with the title and version on every page', async () => {
    const site = await builtNow()
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
