/**
 * The pages made from data the core computes, on one small spec built once with the real command: the
 * changelog per release and the `/id/` pages of renamed and retired IDs (two releases made with
 * `release()`, a rename and a retirement), the release and the citing tests in each rule margin, the
 * traceability page (`--tests`), the glossary and the authoring guide.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {GENERATED_NAMES} from '../../src/render/urls.ts'
import {specmark} from '../helpers/run-cli.ts'
import {chapter, oneChapterSpec, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const BODY = `# Main

r[main.intro]
A [widget](dfn:) is a thing.

r[main.a]
Rule a uses a [widget](term:).

r[main.b]
Rule b.
`

/** 1.0 with three rules; then `main.a` renamed and `main.b` retired, `main.intro` reworded, for 2.0; then an unreleased edit. */
async function historyFixture(): Promise<string> {
  const root = await oneChapterSpec(BODY)
  const load = () => assembleModel(root, {cache: false})
  await release(await load(), '1.0')
  await renameId(await load(), 'main.a', 'main.a2')
  await retireId(await load(), 'main.b', 'folded into main.intro')
  const file = path.join(root, 'main.md')
  const edit = async (from: string, to: string) => fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(from, to))
  await edit('Rule b.', '')
  await edit('is a thing.', 'is a small thing.')
  await release(await load(), '2.0')
  await edit('Rule a uses', 'Rule a now uses')
  return root
}

describe('site pages from core data', () => {
  let out: string
  let stderr: string
  const read = (file: string): Promise<string> => fs.readFile(path.join(out, file), 'utf8')
  beforeAll(async () => {
    const root = await historyFixture()
    const tests = await writeTree({'ui/widget.rs': '//@ reference: main.intro\nfn main() {}\n', 'ui/other.rs': '//@ reference: main.intro\n'})
    out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-pages-')), 'dist')
    const result = await specmark('build', '--root', root, '--out', out, '--tests', tests)
    if (result.code !== 0) throw new Error(`specmark build failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
    stderr = result.stderr
  })

  it('lists the releases on /changes/ and gives each a changelog', async () => {
    const index = await read('changes/index.html')
    expect(index).toContain('<a href="/changes/2.0/">2.0</a>')
    expect(index).toContain('<a href="/changes/1.0/">1.0</a>')
    const first = await read('changes/1.0/index.html')
    expect(first).toContain('The first release: every paragraph is new.')
    for (const id of ['main.intro', 'main.a', 'main.b']) expect(first).toContain(`<a href="/id/${id}/">[${id}]</a>`)
    const second = await read('changes/2.0/index.html')
    expect(second).toContain('Since 1.0.')
    expect(second).toMatch(/<blockquote class="word-diff"[^>]*>A widget is a <ins[^>]*>small <\/ins>thing\.<\/blockquote>/)
    expect(second).toMatch(/<code[^>]*>main\.a<\/code> → <a href="\/id\/main\.a2\/">\[main\.a2\]<\/a>/)
    expect(second).toContain('<a href="/id/main.b/">[main.b]</a>: folded into main.intro')
    expect(second).not.toContain('<h2>Removed</h2>')
  })

  it('forwards a renamed ID and keeps a tombstone for a retired one', async () => {
    expect(await read('id/main.a/index.html')).toContain('<meta http-equiv="refresh" content="0; url=/main/#r-main.a2">')
    const retired = await read('id/main.b/index.html')
    expect(retired).toContain('This rule ID was retired in release 2.0: folded into main.intro.')
  })

  it('shows in each margin the release the text last changed in, and the citing tests', async () => {
    const page = await read('main/index.html')
    // The margin is the first `div` in the block (whitespace between tags aside).
    const margin = (id: string) => page.slice(page.indexOf(`data-rule="${id}"`), page.indexOf('</div>', page.indexOf(`data-rule="${id}"`))).replace(/>\s+</g, '><')
    expect(margin('main.intro')).toContain('changed in 2.0</span>')
    expect(margin('main.a2')).toContain('>unreleased</span>')
    expect(margin('main.intro')).toContain('<details class="rule-tests"><summary title="Tests that cite this paragraph">2 tests</summary><ul><li><code>ui/other.rs</code></li><li><code>ui/widget.rs</code></li></ul></details>')
    expect(margin('main.a2')).toContain('<span class="rule-tests untested" title="No test cites this paragraph">0 tests</span>')
  })

  it('publishes a printable traceability page', async () => {
    expect(stderr).toContain('1 of 2 normative paragraphs cited (traceability/)')
    const page = await read('traceability/index.html')
    expect(page).toContain('1 of 2 normative paragraphs are cited by at least one test (50.0%)')
    expect(page).toMatch(/<td>\s*<a href="\/main\/">Main<\/a>\s*<\/td>\s*<td>1<\/td>\s*<td>2<\/td>\s*<td>50\.0%<\/td>/)
    expect(page).toMatch(/<code>\s*main\.md:11\s*<\/code>/)
    expect(page).toContain('<a href="/main/#r-main.a2">[main.a2]</a>')
    // Covered, so not among the uncovered (it is listed further down, with its tests).
    expect(page.slice(0, page.indexOf('id="citation-errors"'))).not.toContain('[main.intro]')
    expect(page).toMatch(/<a href="\/main\/#r-main\.intro">\[main\.intro\]<\/a><\/td>\s*<td><div><code>ui\/other\.rs<\/code><\/div><div><code>ui\/widget\.rs<\/code><\/div>/)
    expect(await read('index.html')).toContain('<a href="/traceability/">Traceability</a>')
  })

  it('lists every term with its definition and uses on /glossary/', async () => {
    const page = await read('glossary/index.html')
    expect(page).toContain('<a href="/main/#term-widget">widget</a>')
    expect(page).toContain('(<a href="/main/#r-main.intro">[main.intro]</a>)')
    expect(page).toContain('<p>A <dfn class="term-def">widget</dfn> is a small thing.</p>')
    expect(page).toContain('<a href="/main/#r-main.a2">[main.a2]</a>')
    expect(await read('index.html')).toContain('<a href="/glossary/">Glossary</a>')
    expect(page).toMatch(/<a class="sidebar-home" href="\/glossary\/" aria-current="page">Glossary<\/a>/)
  })

  it('renders the authoring guide with its image', async () => {
    const page = await read('authoring-guide/index.html')
    expect(page).toContain('<h1')
    expect(page).toContain('Authoring guide')
    expect(page).toContain('src="images/live-preview.png"')
    expect((await fs.stat(path.join(out, 'authoring-guide/images/live-preview.png'))).size).toBeGreaterThan(0)
    expect(await read('index.html')).toContain('<a href="/authoring-guide/">authoring guide</a>')
  })

  it('never lets a chapter take a generated page: chapters named like every one of them move under chapter/', async () => {
    // One chapter per top-level name the site generates; the `glossary` chapter defines a term whose
    // definition has code and links (the glossary page shows it as rendered, links leading back).
    const names = [...GENERATED_NAMES]
    const topics = names.map((name, index) => ({id: `t${index}`, prefix: `c${index}`, file: `${name}.md`}))
    const files: Record<string, string> = {'outline.yaml': outlineYaml(topics)}
    names.forEach((name, index) => {
      const body =
        name === 'glossary'
          ? `# Chapter ${name}\n\nr[c${index}.intro]\nA [gadget](dfn:) is a \`Box<T>\` made as [c${index}.other] says ([more](https://example.com/more)).\n\nr[c${index}.other]\nThe other rule.\n`
          : `# Chapter ${name}\n\nr[c${index}.intro]\nText of ${name}.\n`
      files[`${name}.md`] = chapter(`t${index}`, body)
    })
    const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-pages-')), 'dist')
    const result = await specmark('build', '--root', await writeTree(files), '--out', dir)
    expect(result.code, result.stderr).toBe(0)
    const page = (file: string): Promise<string> => fs.readFile(path.join(dir, file), 'utf8')
    // Every chapter has its own page, under chapter/ …
    for (const name of names) expect(await page(`chapter/${name}/index.html`)).toMatch(new RegExp(`<h1 [^>]*>Chapter ${name.replaceAll('.', '\\.')}<`))
    // … and every generated page is the site's own.
    expect(await page('glossary/index.html')).toContain('<h1>Glossary</h1>')
    expect(await page('changes/index.html')).toContain('<h1>Changes</h1>')
    expect(await page('search/index.html')).toContain('<h1>Search</h1>')
    expect(await page('print/index.html')).toContain('Chapter glossary')
    expect(await page('citations/index.html')).toContain('<h1')
    expect(await page('id/c0.intro/index.html')).toContain('/chapter/404/#r-c0.intro')
    expect(await page('404.html')).toContain('<h1')
    expect(await page('index.html')).toContain('href="/chapter/glossary/"')
    expect(JSON.parse(await page('nav.json'))).toHaveProperty('parts')
    expect(JSON.parse(await page('ids.json'))).toBeTruthy()
    expect(await page('favicon.svg')).toContain('<svg')
    expect(JSON.parse(await page('exports/paragraphs.json'))).toBeTruthy()
    // Nothing at the top level but the site's own names: the list the URL scheme reserves is complete.
    for (const entry of await fs.readdir(dir)) if (!entry.startsWith('.')) expect(GENERATED_NAMES, entry).toContain(entry)
    // The glossary shows the definition as rendered: code stays code, links lead to the chapter page.
    const glossary = await page('glossary/index.html')
    const definition = glossary.slice(glossary.indexOf('class="glossary-definition"'), glossary.indexOf('class="glossary-source"'))
    expect(definition).toMatch(/<code[^>]*>Box&#x3C;T><\/code>/)
    expect(definition).toContain(`href="/chapter/glossary/#r-c${names.indexOf('glossary')}.other"`)
    expect(definition).toContain('href="https://example.com/more"')
    expect(definition).not.toContain(' id="')
  }, 300_000)
})
