/**
 * Incremental builds (src/build/page-keys.ts): after a one-word edit of one chapter, a build into the
 * previous output renders and re-writes that chapter's page and the whole-book pages that read what
 * changed, but leaves the other chapters' pages, the other whole-book pages and every unchanged `/id/`
 * page and export untouched (same bytes, same modification time), and the result is byte-for-byte the
 * site a cold build of the edited sources gives; so it is after a new rule, which the home page counts.
 * An mdBook, so that the `.html` pages (flattened after Astro) are covered too.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeTree} from '../helpers/spec-fixture.ts'
import {listFiles} from './build-fixture.ts'

const BOOK = {
  'book.toml': '[book]\ntitle = "Incremental"\n',
  'src/SUMMARY.md': '- [One](one.md)\n- [Two](sub/two.md)\n- [Three](three.md)\n',
  'src/one.md': '# One\n\nr[one.intro]\nThe first chapter links to [two.rule].\n',
  'src/sub/two.md': '# Two\n\nr[two.rule]\nThe second chapter says something.\n\nr[two.more]\nAnd more.\n',
  'src/three.md': '# Three\n\nr[three.rule]\nThe third chapter.\n',
}

interface Snapshot {
  bytes: Map<string, Buffer>
  mtimes: Map<string, number>
}

async function snapshot(dir: string): Promise<Snapshot> {
  const files = await listFiles(dir)
  const bytes = new Map<string, Buffer>()
  const mtimes = new Map<string, number>()
  for (const file of files) {
    bytes.set(file, await fs.readFile(path.join(dir, file)))
    mtimes.set(file, (await fs.stat(path.join(dir, file))).mtimeMs)
  }
  return {bytes, mtimes}
}

const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

/** `specmark build` with the cache on (the other CLI tests run without it), in a folder of the test's own. */
async function build(root: string, outDir: string, cacheDir: string, ...extra: string[]): Promise<string> {
  const {SPECMARK_CACHE: _off, ...env} = process.env
  const {stderr} = await promisify(execFile)(process.execPath, [BIN, 'build', '--root', root, '--out', outDir, ...extra], {env: {...env, SPECMARK_CACHE_DIR: cacheDir}, maxBuffer: 64 << 20})
  return stderr
}

describe('an incremental build after a one-word edit', () => {
  let root: string
  let scratch: string
  let before: Snapshot
  let after: Snapshot
  let cold: Snapshot
  let log: string
  let again: Snapshot
  let againLog: string
  /** After a rule is added to another chapter, and a cold build of those sources. */
  let added: Snapshot
  let addedLog: string
  let addedCold: Snapshot
  /** The print page's chapter sections in the cache: after the first build, after the edit. */
  const sections: string[][] = []

  beforeAll(async () => {
    root = await writeTree(BOOK)
    scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-incremental-'))
    const outDir = path.join(scratch, 'dist')
    const cacheDir = path.join(scratch, 'cache')
    const kept = async (): Promise<string[]> => (await fs.readdir(path.join(cacheDir, 'print-sections'))).sort()
    await build(root, outDir, cacheDir)
    before = await snapshot(outDir)
    sections.push(await kept())
    // File times are compared: make sure a rewrite could not land in the same clock tick.
    await new Promise((resolve) => setTimeout(resolve, 50))
    const chapter = path.join(root, 'src/sub/two.md')
    await fs.writeFile(chapter, (await fs.readFile(chapter, 'utf8')).replace('says something', 'says something else'))
    log = await build(root, outDir, cacheDir)
    after = await snapshot(outDir)
    sections.push(await kept())
    // Built again with nothing changed: the search index's records are the same.
    await new Promise((resolve) => setTimeout(resolve, 50))
    againLog = await build(root, outDir, cacheDir)
    again = await snapshot(outDir)
    // A cold build of the edited sources, with no cache and into an empty folder.
    await build(root, path.join(scratch, 'cold'), cacheDir, '--no-cache')
    cold = await snapshot(path.join(scratch, 'cold'))
    // A new rule in another chapter: the home page counts the normative rules.
    await new Promise((resolve) => setTimeout(resolve, 50))
    await fs.appendFile(path.join(root, 'src/three.md'), '\nr[three.new]\nA new rule.\n')
    addedLog = await build(root, outDir, cacheDir)
    added = await snapshot(outDir)
    await build(root, path.join(scratch, 'added-cold'), cacheDir, '--no-cache')
    addedCold = await snapshot(path.join(scratch, 'added-cold'))
  }, 300_000)

  afterAll(async () => {
    for (const dir of [root, scratch]) if (dir) await fs.rm(dir, {recursive: true, force: true})
  })

  it('renders again only the edited chapter page and the pages that read what changed, and says so', () => {
    expect(log).toMatch(/3 chapters, 2 of them unchanged and kept/)
    // The whole-book pages that read nothing the edit changed (the home page, the navigation data, …)
    // are kept; those rendered (the chapter, the print page, the citation data, the ID list, which shows
    // excerpts) all changed.
    const [, rendered, written, kept] = /(\d+) rendered, (\d+) of them changed and written; (\d+) other pages unchanged and kept/.exec(log) ?? []
    expect(Number(rendered)).toBeGreaterThan(1)
    expect(Number(written)).toBe(Number(rendered))
    expect(Number(kept)).toBeGreaterThan(4)
    expect(after.bytes.get('sub/two.html')!.equals(before.bytes.get('sub/two.html')!)).toBe(false)
    expect(after.bytes.get('sub/two.html')!.toString()).toContain('says something else')
  })

  it('joins the print page from the sections kept, drawing the edited chapter\'s alone again', () => {
    const [first, edited] = sections as [string[], string[]]
    expect(first).toHaveLength(3)
    // One section more, the edited chapter's; the others were taken as the first build kept them.
    expect(edited).toHaveLength(4)
    expect(first.every((file) => edited.includes(file))).toBe(true)
    expect(after.bytes.get('print/index.html')!.toString()).toContain('says something else')
  })

  it('leaves the other chapter pages, their /id/ pages and unchanged files untouched', () => {
    const unchanged = ['one.html', 'three.html', 'id/one.intro/index.html', 'id/three.rule/index.html', 'index.html', '404.html', 'search/index.html', 'nav.json', 'favicon.svg']
    const client = [...before.bytes.keys()].filter((file) => file.startsWith('_astro/'))
    expect(client.length).toBeGreaterThan(0)
    for (const file of [...unchanged, ...client]) {
      expect(after.bytes.get(file)?.equals(before.bytes.get(file)!), file).toBe(true)
      expect(after.mtimes.get(file), `${file} was written again`).toBe(before.mtimes.get(file))
    }
    // The edited paragraph's /id/ page shows its new excerpt; the other rule of the chapter is unchanged.
    expect(after.bytes.get('id/two.rule/index.html')!.toString()).toContain('says something else')
    expect(after.mtimes.get('id/two.more/index.html')).toBe(before.mtimes.get('id/two.more/index.html'))
  })

  it('gives the same files, byte for byte, as a cold build of the edited sources', () => {
    expect([...after.bytes.keys()]).toEqual([...cold.bytes.keys()])
    const differing = [...after.bytes].filter(([file, bytes]) => !bytes.equals(cold.bytes.get(file)!)).map(([file]) => file)
    expect(differing).toEqual([])
  })

  it('indexes again after the edit, writing only the files of the index that changed, and keeps it when its records are unchanged', () => {
    expect(log).toMatch(/indexed \d+ search records?/)
    const bundle = [...after.bytes.keys()].filter((file) => file.startsWith('pagefind/'))
    const same = bundle.filter((file) => before.bytes.get(file)?.equals(after.bytes.get(file)!))
    // The edited record's fragment and the index files that hold its words changed; the rest did not.
    expect(bundle.length - same.length).toBeGreaterThan(0)
    expect(same.length).toBeGreaterThan(0)
    expect(same.filter((file) => after.mtimes.get(file) !== before.mtimes.get(file))).toEqual([])
    expect(bundle.filter((file) => !same.includes(file) && after.mtimes.get(file) === before.mtimes.get(file))).toEqual([])
    expect([...after.bytes.keys()].filter((file) => file.includes('staging'))).toEqual([])
    // The index is in shards (records by the hash of their URLs): only the edited paragraph's shard was
    // indexed again; the other's files are untouched.
    expect(log).toMatch(/indexed \d+ search records? \(1 of the index's 2 shards; the other 1, \d+ records, unchanged and kept\)/)
    expect(JSON.parse(after.bytes.get('pagefind/shards.json')!.toString())).toEqual({shards: ['shard-1/']})
    const shardFiles = [bundle.filter((file) => !file.startsWith('pagefind/shard-') && file !== 'pagefind/shards.json'), bundle.filter((file) => file.startsWith('pagefind/shard-1/'))]
    const rewritten = shardFiles.map((files) => files.filter((file) => after.mtimes.get(file) !== before.mtimes.get(file)).length)
    expect(rewritten.filter((count) => count > 0)).toHaveLength(1)
    expect(againLog).toMatch(/kept the search index \(its \d+ records unchanged\)/)
    expect([...again.bytes.keys()]).toEqual([...cold.bytes.keys()])
    expect([...again.bytes].filter(([file, bytes]) => !bytes.equals(cold.bytes.get(file)!)).map(([file]) => file)).toEqual([])
    expect(bundle.filter((file) => again.mtimes.get(file) !== after.mtimes.get(file))).toEqual([])
  })

  it('renders the home page again for a new rule, keeps the navigation data, and gives a cold build\'s bytes', () => {
    expect(addedLog).toMatch(/3 chapters, 2 of them unchanged and kept/)
    expect(added.mtimes.get('index.html')).not.toBe(again.mtimes.get('index.html'))
    expect(added.bytes.get('index.html')!.equals(again.bytes.get('index.html')!)).toBe(false)
    expect(added.mtimes.get('nav.json')).toBe(again.mtimes.get('nav.json'))
    expect([...added.bytes.keys()]).toEqual([...addedCold.bytes.keys()])
    expect([...added.bytes].filter(([file, bytes]) => !bytes.equals(addedCold.bytes.get(file)!)).map(([file]) => file)).toEqual([])
  })
})
