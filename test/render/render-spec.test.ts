import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {clearMemory} from '../../src/cache/cache.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const HASH = 'a'.repeat(64)

async function twoChapterSpec(): Promise<string> {
  return writeTree({
    'outline.yaml': outlineYaml([
      {id: 'one', prefix: 'one', file: 'one.md'},
      {id: 'two', prefix: 'two', file: 'two.md', owner: ['T-types']},
    ]),
    'one.md': chapter('one', 'r[one]\n# One\n\nr[one.intro]\nSee [two.intro].\n'),
    'two.md': chapter('two', 'r[two]\n# Two\n\nr[two.intro]\nThe second chapter.\n', ['T-types']),
    'registry.txt': [`gone.rule\tretired:1.0.0\t0.9.0\t0.9.0\t${HASH}\tno longer true`, `old.name\trenamed:two.intro\t0.9.0\t0.9.0\t${HASH}`, `one.intro\tactive\t0.9.0\t0.9.0\t${HASH}`].join('\n') + '\n',
  })
}

describe('renderSpec', () => {
  let cacheDir: string
  const saved = {dir: process.env.SPECMARK_CACHE_DIR, cache: process.env.SPECMARK_CACHE}
  beforeEach(async () => {
    cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-render-cache-'))
    // The suite disables caches (vitest.config.ts); this test is about the render cache.
    process.env.SPECMARK_CACHE_DIR = cacheDir
    process.env.SPECMARK_CACHE = '1'
  })
  afterEach(async () => {
    for (const [name, value] of [['SPECMARK_CACHE_DIR', saved.dir], ['SPECMARK_CACHE', saved.cache]] as const) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    await fs.rm(cacheDir, {recursive: true, force: true})
  })

  it('assembles chapters, rules, aliases and teams for the site', async () => {
    const root = await twoChapterSpec()
    const {rendered} = await renderSpec(await assembleModel(root, {cache: false}), {cache: false, base: 'docs'})
    expect(rendered.base).toBe('/docs/')
    expect(rendered.chapters.map((c) => [c.id, c.path, c.listed, c.owners])).toEqual([
      ['one', 'one/', true, ['T-lang']],
      ['two', 'two/', true, ['T-types']],
    ])
    expect(rendered.rules.map((rule) => `${rule.id}@${rule.chapter}#${rule.anchor}`)).toEqual(['one@one#r-one', 'one.intro@one#r-one.intro', 'two@two#r-two', 'two.intro@two#r-two.intro'])
    expect(rendered.rules[1]).toMatchObject({section: 'One', excerpt: 'See two.intro.'})
    expect(rendered.aliases).toEqual([
      {id: 'gone.rule', status: 'retired', release: '1.0.0', reason: 'no longer true', last: null},
      {id: 'old.name', status: 'renamed', to: 'two.intro', last: null},
    ])
    expect(rendered.teams).toEqual(['T-lang', 'T-types'])
    expect(rendered.chapters[0]!.blocks[1]!.html).toContain('href="/docs/two/#r-two.intro"')
    // JSON-serializable: what the site reads is exactly this.
    expect(JSON.parse(JSON.stringify(rendered))).toEqual(rendered)
  })

  it("reads a cached chapter's blocks when they are first looked at, and renders them again if the entry is gone by then", async () => {
    const root = await twoChapterSpec()
    const first = (await renderSpec(await assembleModel(root, {cache: false}), {cache: true})).rendered
    clearMemory()
    const {rendered, stats} = await renderSpec(await assembleModel(root, {cache: false}), {cache: true})
    expect(stats).toEqual({chapters: 2, cached: 2})
    // The entries, changed after the render returned, are what the chapters show: nothing was read before.
    const folder = path.join(cacheDir, 'render')
    for (const file of await fs.readdir(folder)) {
      const body = v8.deserialize(await fs.readFile(path.join(folder, file))) as {footnotes: string}
      await fs.writeFile(path.join(folder, file), v8.serialize({...body, footnotes: '<p>read late</p>'}))
    }
    expect(rendered.chapters[0]!.footnotes).toBe('<p>read late</p>')
    await fs.rm(folder, {recursive: true})
    expect(rendered.chapters[1]!.blocks).toEqual(first.chapters[1]!.blocks)
    expect(rendered.chapters[1]!.footnotes).toBe(first.chapters[1]!.footnotes)
  })

  it('re-renders only what changed: an edited chapter, and chapters linking to a moved rule', async () => {
    const root = await twoChapterSpec()
    const render = async () => (await renderSpec(await assembleModel(root, {cache: false}), {cache: true})).stats
    expect(await render()).toEqual({chapters: 2, cached: 0})
    expect(await render()).toEqual({chapters: 2, cached: 2})
    await fs.appendFile(path.join(root, 'two.md'), '\nr[two.more]\nMore text.\n')
    expect(await render()).toEqual({chapters: 2, cached: 1})
    // Moving `two.intro` under a new heading leaves its anchor and page as they were: `one` stays cached.
    await fs.writeFile(path.join(root, 'two.md'), chapter('two', 'r[two]\n# Two\n\n## Moved\n\nr[two.intro]\nThe second chapter.\n', ['T-types']))
    expect(await render()).toEqual({chapters: 2, cached: 1})
    // Moving it to another chapter re-renders the chapter that links to it.
    await fs.writeFile(path.join(root, 'two.md'), chapter('two', 'r[two]\n# Two\n', ['T-types']))
    await fs.writeFile(path.join(root, 'one.md'), chapter('one', 'r[one]\n# One\n\nr[one.intro]\nSee [two.intro].\n\nr[two.intro]\nMoved here.\n'))
    expect(await render()).toEqual({chapters: 2, cached: 0})
  })
})

describe('renderSpec with site settings', () => {
  it('numbers chapters, links each to its source and carries the footer links', async () => {
    const root = await writeTree({
      'outline.yaml': `${outlineYaml([
        {id: 'one', prefix: 'one', file: 'one.md'},
        {id: 'two', prefix: 'two', file: 'sub/two.md'},
      ])}settings:\n  chapterNumbers: true\n  editUrlTemplate: https://example.org/edit/main/{path}\n  footerLinks:\n    - {text: Repository, url: 'https://example.org/spec'}\n`,
      'one.md': chapter('one', 'r[one]\n# One\n'),
      'sub/two.md': chapter('two', 'r[two]\n# Two\n'),
    })
    const {rendered} = await renderSpec(await assembleModel(root, {cache: false}), {cache: false})
    expect(rendered.chapters.map((chapter) => [chapter.number, chapter.editUrl])).toEqual([
      ['1', 'https://example.org/edit/main/one.md'],
      ['2', 'https://example.org/edit/main/sub/two.md'],
    ])
    expect(rendered.footerLinks).toEqual([{text: 'Repository', url: 'https://example.org/spec'}])
  })

  it('numbers nothing and links nowhere by default', async () => {
    const {rendered} = await renderSpec(await assembleModel(await twoChapterSpec(), {cache: false}), {cache: false})
    expect(rendered.chapters.map((chapter) => [chapter.number, chapter.editUrl])).toEqual([
      [null, null],
      [null, null],
    ])
    expect(rendered.footerLinks).toEqual([])
  })
})
