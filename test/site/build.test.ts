/**
 * `specmark build` on the site fixture, end to end without a browser: the pages, the permanent
 * `/id/<ID>/` pages, the search bundle, sanitation of hostile HTML, and the output folder's safety rules.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {specmark} from '../helpers/run-cli.ts'
import {oneChapterSpec, writeTree} from '../helpers/spec-fixture.ts'
import {buildFixture, FIXTURE_ROOT, listFiles, type BuiltSite} from './build-fixture.ts'

const RULES = [
  'expr',
  'expr.intro',
  'expr.syntax',
  'expr.if',
  'expr.if.cond',
  'expr.if.examples',
  'expr.if.table',
  'expr.if.footnote',
  'expr.zebra-crossing',
  'type',
  'type.intro',
  'type.bool',
  'type.bool.values',
  'type.bool.syntax',
  'type.bool.layout',
]

describe('specmark build', () => {
  let site: BuiltSite
  const read = (file: string): Promise<string> => fs.readFile(path.join(site.outDir, file), 'utf8')
  beforeAll(async () => {
    site = await buildFixture()
  })

  it('says what it built', () => {
    expect(site.stderr).toContain('checked 3 chapters')
    expect(site.stderr).toContain('built the pages (3 chapters, 15 rule IDs)')
    expect(site.stderr).toMatch(/indexed \d+ search records/)
  })

  it('writes a page per chapter, the home page, a permanent page per rule ID and the search bundle', async () => {
    const files = await listFiles(site.outDir)
    for (const file of ['index.html', '404.html', 'ids.json', 'main/expressions/index.html', 'main/types/index.html', 'guide/safety/index.html', 'pagefind/pagefind.js', '.specmark-site']) {
      expect(files).toContain(file)
    }
    for (const file of ['glossary/index.html', 'changes/index.html', 'authoring-guide/index.html', 'authoring-guide/images/live-preview.png']) expect(files).toContain(file)
    // No test trees given: no traceability page, and no test counts in the margins.
    expect(files.filter((file) => file.startsWith('traceability'))).toEqual([])
    const ids = [...RULES, 'expr.if.old-cond', 'type.never']
    expect(files.filter((file) => file.startsWith('id/')).sort()).toEqual(ids.map((id) => `id/${id}/index.html`).sort())
  })

  it('gives every rule exactly one anchor, with its ID and short hash in the margin', async () => {
    const pages = (await Promise.all(['main/expressions', 'main/types', 'guide/safety'].map((page) => read(`${page}/index.html`)))).join('\n')
    for (const id of RULES) expect(pages.split(`id="r-${id}"`)).toHaveLength(2)
    expect(pages).toMatch(/<div class="rule kind-normative" id="r-expr\.if\.cond" data-rule="expr\.if\.cond" data-hash="[0-9a-f]{8}">/)
    expect(pages).toContain('<a class="rule-id" href="#r-expr.if.cond"')
  })

  it('forwards /id/<ID>/ to the paragraph, statically', async () => {
    const page = await read('id/type.bool.values/index.html')
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/main/types/#r-type.bool.values">')
    expect(page).toContain('<a href="/main/types/#r-type.bool.values">[type.bool.values]</a>')
  })

  it('keeps released IDs resolving: a renamed ID forwards to its new paragraph, a retired one is a tombstone', async () => {
    const renamed = await read('id/expr.if.old-cond/index.html')
    expect(renamed).toContain('<meta http-equiv="refresh" content="0; url=/main/expressions/#r-expr.if.cond">')
    expect(renamed).toContain('Rule <code>expr.if.old-cond</code> was renamed to <a href="/main/expressions/#r-expr.if.cond">[expr.if.cond]</a>')
    const retired = await read('id/type.never/index.html')
    expect(retired).not.toContain('http-equiv="refresh"')
    expect(retired).toContain('This rule ID was retired in release 2.0.0: The never type moved to another specification. It is never reused')
  })

  it('renders the outline with owners and status, and chapters with navigation', async () => {
    const home = await read('index.html')
    expect(home).toContain('<h1>Site Fixture Spec</h1>')
    expect(home.indexOf('Expressions')).toBeLessThan(home.indexOf('Types'))
    expect(home).toContain('T-types, T-lang')
    expect(home).toContain('status-review')
    const types = await read('main/types/index.html')
    expect(types).toContain('rel="prev"')
    expect(types).toContain('href="/main/expressions/"')
    expect(types).toContain('href="/guide/safety/" rel="next"')
    expect(types).toContain('aria-current="page"')
    expect(types).not.toContain('informative-banner')
    expect(await read('guide/safety/index.html')).toContain('class="informative-banner"')
  })

  it('lists every rule ID for the search dialog', async () => {
    const ids = JSON.parse(await read('ids.json')) as {chapters: unknown[][]; rules: unknown[][]}
    expect(ids.rules.map((rule) => rule[0])).toEqual(RULES)
    expect(ids.chapters[0]).toEqual(['Expressions', 'main/expressions/', 'Core language', ['T-lang']])
  })

  it('lets no script, event handler or javascript: URL from the markdown reach any page', async () => {
    const html = (await listFiles(site.outDir)).filter((file) => file.endsWith('.html'))
    const safety = await read('guide/safety/index.html')
    expect(safety).toContain('<sup>superscript</sup>')
    expect(safety).not.toContain('__pwned')
    for (const file of html) {
      const text = await read(file)
      expect(text, file).not.toMatch(/<[^>]*\son(?:error|click|mouseover|load)\s*=/i)
      expect(text, file).not.toMatch(/javascript:/i)
    }
  })

  it('rebuilds over its own output, removing what the new build did not write', async () => {
    const stale = path.join(site.outDir, 'main', 'removed-chapter', 'index.html')
    await fs.mkdir(path.dirname(stale), {recursive: true})
    await fs.writeFile(stale, '<p>old</p>')
    const old = new Date(Date.now() - 60_000)
    await fs.utimes(stale, old, old)
    const result = await specmark('build', '--root', FIXTURE_ROOT, '--out', site.outDir)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('removed 1 stale files')
    const files = await listFiles(site.outDir)
    expect(files).not.toContain('main/removed-chapter/index.html')
    expect(files).toContain('pagefind/pagefind.js')
    expect(files.filter((file) => file.startsWith('pagefind/fragment/')).length).toBeGreaterThan(0)
  })

  it('refuses to build when check finds errors, and writes nothing', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nSee [main.missing].\n')
    const outDir = path.join(root, 'out')
    const result = await specmark('build', '--root', root, '--out', outDir)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('error[unresolved-rule-link]')
    expect(result.stderr).toContain('not building the site because check found errors')
    await expect(fs.stat(outDir)).rejects.toThrow()
  })

  it('refuses to write into a folder it did not create', async () => {
    const outDir = await writeTree({'precious.txt': 'keep me'})
    const result = await specmark('build', '--root', FIXTURE_ROOT, '--out', outDir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('refusing to build into')
    expect(await fs.readdir(outDir)).toEqual(['precious.txt'])
  })
})
