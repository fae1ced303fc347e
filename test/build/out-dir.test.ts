/**
 * Writing a file from pieces (`writePiecesIfChanged`, the exports): the file holds the pieces one after
 * the other, and a file that already holds those bytes is left as it is.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writePiecesIfChanged} from '../../src/build/out-dir.ts'

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
