/**
 * Writing output files: from pieces (`writePiecesIfChanged`, the exports), the file holds the pieces one after
 * the other, and a file that already holds those bytes is left as it is.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeIfChangedSync, writePiecesIfChanged} from '../../src/build/out-dir.ts'

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
