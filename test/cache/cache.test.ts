/**
 * The one cache: under the spec's root, cold then warm (from disk, not memory; a draft without its
 * clauses), a corrupt entry is a miss, render reads cached trees, and pruning by age and by size.
 */
import fs from 'node:fs/promises'
import fsSync from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {CACHE_FOLDER, CODE_HASH_FILE, cacheKey, clearMemory, codeHash, codeVersion, folderCodeHash, openCache, projectRoot, pruneCache} from '../../src/cache/cache.ts'
import {modelFromDrafts, readModelInputs} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const saved = {cache: process.env.SPECMARK_CACHE, dir: process.env.SPECMARK_CACHE_DIR}

beforeEach(() => {
  // The suite disables caches (vitest.config.ts); these tests are about the cache, in its default place.
  process.env.SPECMARK_CACHE = '1'
  delete process.env.SPECMARK_CACHE_DIR
  clearMemory()
})
afterEach(() => {
  for (const [name, value] of [['SPECMARK_CACHE', saved.cache], ['SPECMARK_CACHE_DIR', saved.dir]] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

async function twoChapters(): Promise<string> {
  return writeTree({
    'outline.yaml': outlineYaml([
      {id: 'one', prefix: 'one', file: 'one.md'},
      {id: 'two', prefix: 'two', file: 'two.md'},
    ]),
    'one.md': chapter('one', 'r[one]\n# One\n\nr[one.intro]\nSee [two.intro] and `code`.\n\n```rust\nfn main() {}\n```\n'),
    'two.md': chapter('two', 'r[two]\n# Two\n\nr[two.intro]\nThe second chapter.\n'),
  })
}

describe('the cache', () => {
  it('parses cold, reads everything warm from disk under the spec root, and re-parses only an edited chapter', async () => {
    const root = await twoChapters()
    const cold = await readModelInputs(root)
    expect(cold.parsed).toEqual(['one', 'two'])
    const coldModel = modelFromDrafts(cold, cold.drafts)
    const coldSite = (await renderSpec(coldModel)).rendered
    for (const name of ['drafts', 'render']) expect(fsSync.readdirSync(path.join(root, CACHE_FOLDER, name))).toHaveLength(2)

    clearMemory()
    const warm = await readModelInputs(root)
    expect(warm.parsed).toEqual([])
    const warmModel = modelFromDrafts(warm, warm.drafts)
    expect(warmModel.spec).toEqual(coldModel.spec)
    // A draft is stored without its clauses, which reading it makes again from its blocks.
    const drafts = path.join(root, CACHE_FOLDER, 'drafts')
    for (const file of fsSync.readdirSync(drafts)) expect(JSON.parse(fsSync.readFileSync(path.join(drafts, file), 'utf8')).chapter.clauses).toBeUndefined()
    expect(warmModel.spec.chapters.flatMap((chapter) => chapter.clauses).map((clause) => clause.id)).toEqual(['one', 'one.intro', 'two', 'two.intro'])
    // Rendering again without the render cache parses each chapter again for its tree: the same HTML.
    clearMemory()
    expect((await renderSpec(warmModel, {cache: false})).rendered).toEqual(coldSite)

    await fs.appendFile(path.join(root, 'two.md'), '\nr[two.more]\nMore.\n')
    clearMemory()
    expect((await readModelInputs(root)).parsed).toEqual(['two'])
  }, 60_000)

  it('treats a corrupt entry as a miss', async () => {
    const root = await twoChapters()
    await readModelInputs(root)
    const drafts = path.join(root, CACHE_FOLDER, 'drafts')
    for (const file of await fs.readdir(drafts)) await fs.writeFile(path.join(drafts, file), '{"truncated')
    clearMemory()
    const again = await readModelInputs(root)
    expect(again.parsed).toEqual(['one', 'two'])
  }, 60_000)

  it('stores values with V8’s serializer where asked, read back from disk, a corrupt entry a miss', async () => {
    const root = await writeTree({'package.json': '{}\n'})
    const value = {blocks: [{html: '<p class="note" id="r-a.b">“Quoted” &amp; <code>x</code></p>'}], footnotes: ''}
    openCache(root, 'bodies', true, {encoding: 'v8'}).set('k', value)
    expect(fsSync.readdirSync(path.join(root, CACHE_FOLDER, 'bodies'))).toEqual(['k.v8'])
    clearMemory()
    expect(openCache(root, 'bodies', true, {encoding: 'v8'}).get('k')).toEqual(value)
    // A JSON cache of the same name does not read the entry as its own.
    clearMemory()
    expect(openCache(root, 'bodies', true).get('k')).toBeNull()
    await fs.writeFile(path.join(root, CACHE_FOLDER, 'bodies', 'k.v8'), Buffer.from([0xff, 0x0f, 0x6f]))
    clearMemory()
    expect(openCache(root, 'bodies', true, {encoding: 'v8'}).get('k')).toBeNull()
    expect(pruneCache(path.join(root, CACHE_FOLDER), {maxAgeDays: 0, now: Date.now() + 2 * 24 * 60 * 60 * 1000})).toBe(1)
  })

  it('keys by specmark’s code and dependencies, and by every part', () => {
    expect(codeVersion()).toMatch(/^[0-9a-f]{16}$/)
    expect(cacheKey('a', 'b')).not.toBe(cacheKey('a', 'c'))
    expect(cacheKey('ab')).not.toBe(cacheKey('a', 'b'))
  })

  it('hashes a folder’s code, or takes the hash compiling wrote into it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-code-'))
    await fs.mkdir(path.join(dir, 'cli'))
    await fs.writeFile(path.join(dir, 'cli/main.js'), 'run()\n')
    await fs.writeFile(path.join(dir, 'cli/main.d.ts'), 'export {}\n')
    const first = folderCodeHash(dir)
    expect(first).toBe(codeHash(dir))
    // Declarations change nothing that runs; code does.
    await fs.writeFile(path.join(dir, 'cli/main.d.ts'), 'export declare const x: 1\n')
    expect(folderCodeHash(dir)).toBe(first)
    await fs.writeFile(path.join(dir, 'cli/main.js'), 'run(1)\n')
    expect(folderCodeHash(dir)).not.toBe(first)
    // A compiled folder's recorded hash is taken as it is; a malformed one is not.
    await fs.writeFile(path.join(dir, CODE_HASH_FILE), `${'a'.repeat(64)}\n`)
    expect(folderCodeHash(dir)).toBe('a'.repeat(64))
    await fs.writeFile(path.join(dir, CODE_HASH_FILE), 'not a hash\n')
    expect(folderCodeHash(dir)).toBe(codeHash(dir))
    await fs.rm(dir, {recursive: true, force: true})
  })

  it('prunes entries unused for too long, then the oldest until under the size limit', async () => {
    const top = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-prune-'))
    await fs.mkdir(path.join(top, 'render'))
    const now = Date.now()
    const day = 24 * 60 * 60 * 1000
    const entries = [
      ['render/ancient.json', 40],
      ['render/old.json', 10],
      ['render/recent.json', 2],
      ['render/new.json', 0],
      ['render/stray.json.1.x.tmp', 3],
    ] as const
    for (const [name, age] of entries) {
      const file = path.join(top, name)
      await fs.writeFile(file, 'x'.repeat(100))
      await fs.utimes(file, new Date(now - age * day), new Date(now - age * day))
    }
    expect(pruneCache(top, {maxAgeDays: 30, maxBytes: 250, now})).toBe(3)
    expect((await fs.readdir(path.join(top, 'render'))).sort()).toEqual(['new.json', 'recent.json'])
  })

  it('keeps what was used within the last day, however large', async () => {
    const top = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-prune-'))
    await fs.mkdir(path.join(top, 'render'))
    const now = Date.now()
    const hour = 60 * 60 * 1000
    for (const [name, age] of [['render/yesterday.json', 30], ['render/morning.json', 5], ['render/now.json', 0]] as const) {
      const file = path.join(top, name)
      await fs.writeFile(file, 'x'.repeat(100))
      await fs.utimes(file, new Date(now - age * hour), new Date(now - age * hour))
    }
    // Over the limit: the entry unused for a day goes, the two used today stay although they are too.
    expect(pruneCache(top, {maxAgeDays: 30, maxBytes: 50, now})).toBe(1)
    expect((await fs.readdir(path.join(top, 'render'))).sort()).toEqual(['morning.json', 'now.json'])
  })

  it('lives under the project root, outside the sources, and is never read as a chapter', async () => {
    // A spec in a subfolder of a project (package.json at its top): the cache is at the project's top.
    const project = await writeTree({
      'package.json': '{}\n',
      'docs/spec/outline.yaml': outlineYaml([{id: 'one', prefix: 'one', file: 'one.md'}]),
      'docs/spec/one.md': chapter('one', 'r[one]\n# One\n\nr[one.intro]\nText.\n'),
    })
    const root = path.join(project, 'docs/spec')
    expect(projectRoot(root)).toBe(project)
    await readModelInputs(root)
    expect(fsSync.existsSync(path.join(project, CACHE_FOLDER, 'drafts'))).toBe(true)
    expect(fsSync.existsSync(path.join(root, CACHE_FOLDER))).toBe(false)

    // A spec that is no part of a project caches at its own root, in a dot-folder the loader skips.
    const alone = await twoChapters()
    expect(projectRoot(alone)).toBe(alone)
    await readModelInputs(alone)
    await fs.writeFile(path.join(alone, CACHE_FOLDER, 'stray.md'), '# Stray\n')
    clearMemory()
    const again = await readModelInputs(alone)
    expect(again.entries.map((entry) => entry.chapterId)).toEqual(['one', 'two'])
  })
})
