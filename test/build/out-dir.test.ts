/**
 * Writing output files: from pieces (`writePiecesIfChanged`, the exports), the file holds the pieces one after
 * the other, and a file that already holds those bytes is left as it is.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fileClock, listOutput, prepareOutDir, removeStaleFiles, writeIfChangedSync, writePiecesIfChanged} from '../../src/build/out-dir.ts'

describe('writePiecesIfChanged', () => {
  it('writes the pieces in order, leaves the same bytes alone, and writes bytes of the same size that differ', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-pieces-'))
    const file = path.join(dir, 'sub', 'doc.txt')
    const pieces = (...texts: string[]): Uint8Array[] => texts.map((text) => Buffer.from(text))
    expect(writePiecesIfChanged(file, pieces('head ', 'ä middle ', '', 'tail\n'))).toBe(true)
    expect(fs.readFileSync(file, 'utf8')).toBe('head ä middle tail\n')
    const written = fs.statSync(file).mtimeMs
    // Cut differently, the same bytes: not written.
    expect(writePiecesIfChanged(file, pieces('head ä', ' middle tail\n'))).toBe(false)
    expect(fs.statSync(file).mtimeMs).toBe(written)
    // The same size, one byte different in the last piece.
    expect(writePiecesIfChanged(file, pieces('head ä middle ', 'tall\n'))).toBe(true)
    expect(fs.readFileSync(file, 'utf8')).toBe('head ä middle tall\n')
    expect(fs.readdirSync(path.dirname(file))).toEqual(['doc.txt'])
    fs.rmSync(dir, {recursive: true, force: true})
  })
})

describe('writeIfChangedSync', () => {
  it('writes a new file into folders it makes, leaves the same bytes alone, replaces other bytes, and leaves no temporary file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-write-'))
    const file = path.join(dir, 'a', 'b', 'index.html')
    expect(writeIfChangedSync(file, 'one')).toBe(true)
    expect(fs.readFileSync(file, 'utf8')).toBe('one')
    expect(writeIfChangedSync(file, 'one')).toBe(false)
    expect(writeIfChangedSync(file, 'two')).toBe(true)
    expect(writeIfChangedSync(path.join(dir, 'a', 'b', 'other.html'), Buffer.from('three'))).toBe(true)
    expect(fs.readFileSync(file, 'utf8')).toBe('two')
    expect(fs.readdirSync(path.join(dir, 'a', 'b')).sort()).toEqual(['index.html', 'other.html'])
    fs.rmSync(dir, {recursive: true, force: true})
  })
})

describe('listOutput and removeStaleFiles', () => {
  it('list the folder in a thread, then remove what the build neither kept nor wrote, and the folders that left empty', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-stale-'))
    const file = (name: string): string => path.join(dir, name)
    const old = Date.now() / 1000 - 3600
    for (const name of ['.specmark-site', 'kept.html', 'id/gone/index.html', 'id/kept/index.html', 'stale/a.html', 'written/old.html', 'pagefind/shard-1/x.pf', 'empty/']) {
      if (name.endsWith('/')) fs.mkdirSync(file(name), {recursive: true})
      else {
        fs.mkdirSync(path.dirname(file(name)), {recursive: true})
        fs.writeFileSync(file(name), name)
        fs.utimesSync(file(name), old, old)
      }
    }
    const listing = listOutput(dir)
    expect([...listing.files].map((entry) => path.relative(dir, entry)).sort()).toEqual(['.specmark-site', 'id/gone/index.html', 'id/kept/index.html', 'kept.html', 'pagefind/shard-1/x.pf', 'stale/a.html', 'written/old.html'])
    // Each folder comes after the folders it holds.
    expect(listing.folders.indexOf(file('id'))).toBeGreaterThan(listing.folders.indexOf(file('id/gone')))
    // A file the previous build wrote a moment before this one started is stale all the same.
    fs.writeFileSync(file('stale/recent.html'), 'the previous build')
    const recent = {...listing, files: new Set([...listing.files, file('stale/recent.html')])}
    await new Promise((resolve) => setTimeout(resolve, 50))
    // The build: keeps two files, writes one anew, makes a new one in a listed folder.
    const since = fileClock(dir)
    fs.writeFileSync(file('written/old.html'), 'new bytes')
    fs.writeFileSync(file('stale/new.html'), 'made by this build')
    const removed = removeStaleFiles(dir, recent, since, new Set([file('kept.html'), file('id/kept/index.html')]), new Set([file('pagefind')]))
    expect(removed).toBe(3)
    const left = fs.readdirSync(dir, {recursive: true}).map(String).sort()
    expect(left).toEqual(['.specmark-site', 'id', 'id/kept', 'id/kept/index.html', 'kept.html', 'pagefind', 'pagefind/shard-1', 'pagefind/shard-1/x.pf', 'stale', 'stale/new.html', 'written', 'written/old.html'])
    fs.rmSync(dir, {recursive: true, force: true})
  })

  it('tell a first build (nothing to list) from one into a previous build’s files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-stale-'))
    const out = path.join(dir, 'site')
    // A missing folder, then one holding only its marker (a build that failed before writing), are first builds.
    expect(await prepareOutDir(out, 'site')).toBe(false)
    expect(await prepareOutDir(out, 'site')).toBe(false)
    // A folder holding a previous build's files is one to list.
    fs.writeFileSync(path.join(out, 'index.html'), '<p>')
    expect(await prepareOutDir(out, 'site')).toBe(true)
    expect([...listOutput(out).files].map((file) => path.relative(out, file)).sort()).toEqual(['.specmark-site', 'index.html'])
    fs.rmSync(dir, {recursive: true, force: true})
  })
})
