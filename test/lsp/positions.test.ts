/** Converting between model places and protocol positions and URIs (pure). */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fileUri, lineStarts, offsetAt, positionAt, toRange, uriToFile} from '../../src/lsp/positions.ts'

describe('positions', () => {
  it('shifts 1-based lines and UTF-16 columns to 0-based positions', () => {
    const point = (line: number, column: number) => ({line, column, offset: 0})
    expect(toRange({file: 'a.md', start: point(3, 5), end: point(3, 9)})).toEqual({start: {line: 2, character: 4}, end: {line: 2, character: 8}})
  })

  it('converts offsets and positions both ways, with CRLF and astral characters', () => {
    const text = 'ab\r\n😀 [x]\nlast'
    const starts = lineStarts(text)
    expect(positionAt(starts, text.indexOf('[x]'))).toEqual({line: 1, character: 3})
    expect(offsetAt(text, starts, {line: 1, character: 3})).toBe(text.indexOf('[x]'))
    // Past the end of a line or of the text: clamped (before the `\r` of a CRLF line).
    expect(offsetAt(text, starts, {line: 0, character: 99})).toBe(2)
    expect(offsetAt(text, starts, {line: 9, character: 0})).toBe(text.length)
  })

  it('maps URIs to files inside the content root only', () => {
    const root = path.resolve('/tmp/my spec/src')
    const uri = fileUri(root, 'types/über.md')
    expect(uri).toBe('file:///tmp/my%20spec/src/types/%C3%BCber.md')
    expect(uriToFile(root, uri)).toBe('types/über.md')
    expect(uriToFile(root, 'file:///tmp/my%20spec/book.toml')).toBeNull()
    expect(uriToFile(root, 'untitled:Untitled-1')).toBeNull()
  })
})
