/**
 * Table rows indented by four spaces or more go on being rows of the table above, as pulldown-cmark
 * (mdBook) and cmark-gfm read them, where micromark ends the table and reads an indented code block
 * (`src/parse/table-rows.ts`); every node is placed where it is written.
 */
import type {Table} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../src/parse/parse-markdown.ts'

const cells = (table: Table, text: string) => table.children.map((row) => row.children.map((cell) => text.slice(cell.position!.start.offset, cell.position!.end.offset)))

describe('indented table rows', () => {
  it('are rows of the table above, placed where written, their cells read as markdown', () => {
    const text = 'Intro.\n\na | b\n--|--\n    0 | *one*\n\t2 | 3\n\nAfter.\n'
    const tree = parseMarkdown(text)
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph'])
    const table = tree.children[1] as Table
    expect(cells(table, text)).toEqual([
      ['a ', '| b'],
      ['0 ', '| *one*'],
      ['2 ', '| 3'],
    ])
    expect(table.children[1]!.children[1]!.children[0]!.type).toBe('emphasis')
    expect(table.children[1]!.position!.start).toEqual({line: 5, column: 5, offset: 24})
    expect(table.children[2]!.position!.start).toEqual({line: 6, column: 2, offset: 35})
    expect(table.position!.end.line).toBe(6)
  })

  it('leave code that is no row as code: after a blank line, or starting another block', () => {
    for (const text of ['a | b\n--|--\n\n    code\n', 'a | b\n--|--\n    # heading\n    row\n', 'a | b\n--|--\n    row\n\n    code\n']) {
      const types = parseMarkdown(text).children.map((node) => node.type)
      expect(types, text).toEqual(['table', 'code'])
    }
  })
})
