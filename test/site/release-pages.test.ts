/**
 * The auditor's pages, on a small spec with two releases built with the real command: the version stamp
 * on every page, the text as released (`/v/<version>/…`), the last released text on tombstones and
 * renamed pages, the *cite* data of clauses as released, and the citation page's data.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {CitationData} from '../../src/citations/citation-data.ts'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {specmark} from '../helpers/run-cli.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

const BODY = '# Main\n\nr[main.intro]\nA widget is a thing.\n\nr[main.a]\nRule a.\n\nr[main.b]\nRule b.\n\nr[main.c]\nRule c.\n'

describe('release pages', () => {
  let out: string
  const read = (file: string): Promise<string> => fs.readFile(path.join(out, file), 'utf8')
  beforeAll(async () => {
    const root = await oneChapterSpec(BODY)
    const load = () => assembleModel(root, {cache: false})
    const file = path.join(root, 'main.md')
    const edit = async (from: string, to: string) => fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(from, to))
    await release(await load(), '1.0', {allowDirty: true})
    await renameId(await load(), 'main.a', 'main.a2', {allowDirty: true})
    await retireId(await load(), 'main.b', 'folded into main.intro', {allowDirty: true})
    await edit('Rule b.\n', '')
    await edit('is a thing.', 'is a small thing.')
    await release(await load(), '2.0', {allowDirty: true})
    await edit('Rule c.', 'Rule c, reworded.')
    out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-releases-')), 'dist')
    process.env.SOURCE_DATE_EPOCH = '1767225600'
    const result = await specmark('build', '--root', root, '--out', out)
    delete process.env.SOURCE_DATE_EPOCH
    if (result.code !== 0) throw new Error(`specmark build failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
  }, 180_000)

  it('states the version (unreleased since the newest release) and the date on every page', async () => {
    for (const page of ['index.html', 'main/index.html', 'v/1.0/main/index.html', 'citations/index.html']) {
      const html = await read(page)
      expect(html).toContain('version <span class="source-stamp-version">unreleased (since 2.0)</span>')
      expect(html).toContain('<time datetime="2026-01-01T00:00:00Z">2026-01-01</time>')
    }
  })

  it('shows every release as released, with each clause anchored', async () => {
    expect(await read('v/index.html')).toContain('<a href="/v/1.0/">1.0</a>')
    expect(await read('v/1.0/index.html')).toContain('<a href="/v/1.0/main/">Main</a>')
    const first = await read('v/1.0/main/index.html')
    expect(first).toMatch(/id="r-main\.b"[\s\S]*?Rule b\./)
    expect(first).toContain('A widget is a thing.')
    expect(first).not.toContain('small thing')
    const second = await read('v/2.0/main/index.html')
    expect(second).toContain('A widget is a small thing.')
    expect(second).toContain('id="r-main.a2"')
    expect(second).not.toContain('id="r-main.b"')
  })

  it('gives tombstones and renamed pages the last released text, hash and changelog', async () => {
    const retired = await read('id/main.b/index.html')
    expect(retired).toContain('This rule ID was retired in release 2.0: folded into main.intro.')
    expect(retired).toMatch(/<a href="\/v\/1\.0\/main\/#r-main\.b">\[main\.b\] in release 1\.0<\/a> <code class="released-hash" title="[0-9a-f]{64}">#[0-9a-f]{8}<\/code>/)
    expect(retired).toMatch(/<blockquote class="released-text">Rule b\.<\/blockquote>/)
    expect(retired).toContain('href="/changes/"')
    const renamed = await read('id/main.a/index.html')
    expect(renamed).toContain('Rule <code>main.a</code> was renamed to <a href="/main/#r-main.a2">[main.a2]</a>. It is now in <a href="/main/">Main</a> › Main.')
    expect(renamed).toContain('[main.a] in release 1.0</a>')
  })

  it('gives the cite control the versioned URL of clauses as released, and not of changed ones', async () => {
    const page = await read('main/index.html')
    const json = /<script type="application\/json" id="cite-as">(.*?)<\/script>/.exec(page)![1]!
    expect(JSON.parse(json)).toEqual({
      'main.intro': {version: '2.0', path: 'v/2.0/main/#r-main.intro'},
      'main.a2': {version: '2.0', path: 'v/2.0/main/#r-main.a2'},
    })
  })

  it('ships the release data the citation page checks against', async () => {
    expect(await read('citations/index.html')).toContain('<option value="1.0">release 1.0</option>')
    const data = JSON.parse(await read('citations/data.json')) as CitationData
    expect(data.releases.map((text) => text.version)).toEqual(['1.0', '2.0'])
    expect(data.current.version).toBe('unreleased (since 2.0)')
    expect(data.current.clauses.find((clause) => clause.id === 'main.c')?.text).toBe('Rule c, reworded.')
    expect(data.releases[1]!.withdrawn).toEqual(expect.arrayContaining([expect.objectContaining({id: 'main.b', status: 'retired', release: '2.0'})]))
  })
})
