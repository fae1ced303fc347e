/**
 * Table rows indented by four spaces or more, read as mdBook reads them. pulldown-cmark (and cmark-gfm,
 * GitHub's) skips a row's indentation whatever its width, so such lines go on being rows of the table
 * above (the halo2 book aligns its tables' rows so); micromark, and satteri with it, ends the table there
 * and reads the lines as an indented code block. So a table followed on the next line by an indented code
 * block whose lines are all rows (none blank, none starting another block) is read again with those lines
 * unindented, and its nodes placed back where they were written.
 * <https://github.com/pulldown-cmark/pulldown-cmark/blob/master/pulldown-cmark/src/firstpass.rs> (`parse_table_row`)
 */
import type {Code, Nodes, Root, RootContent, Table} from 'mdast'
import type {Point} from 'unist'
import {location} from 'vfile-location'

/** What ends a table even when indented: a blank line, or a line that starts another block. */
const NOT_A_ROW = /^(?:$|#{1,6}(?:[ \t]|$)|>|[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|`{3,}|~{3,}|<|(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$)/

/** `tree` (parsed from `text` by `parse`) with the indented rows of its top-level tables read as rows. */
export function readIndentedTableRows(tree: Root, text: string, parse: (text: string) => Root): Root {
  for (let index = 0; index < tree.children.length - 1; index++) {
    const table = tree.children[index]!
    const code = tree.children[index + 1]!
    if (table.type !== 'table' || !indentedCodeAfter(table, code, text)) continue
    const read = readAgain(table, code, text, parse)
    if (read) tree.children.splice(index, 2, read)
  }
  return tree
}

/** Whether `code` is an indented code block on the line after `table`, whose every line is a row. */
function indentedCodeAfter(table: Table, code: RootContent, text: string): code is Code {
  if (code.type !== 'code' || code.lang || code.meta || !table.position || !code.position) return false
  if (code.position.start.line !== table.position.end.line + 1) return false
  const lines = text.slice(lineStart(text, code.position.start.offset!), code.position.end.offset).split(/\r?\n|\r/)
  return lines.every((line) => /^(?: {4}|\t)/.test(line) && !NOT_A_ROW.test(line.trim()))
}

/** The table read again from its lines and the code's, unindented; null when that is not one table. */
function readAgain(table: Table, code: Code, text: string, parse: (text: string) => Root): Table | null {
  const start = table.position!.start.offset!
  const end = code.position!.end.offset!
  const codeStart = lineStart(text, code.position!.start.offset!)
  // Each unindented line: where it starts in the text read again, and where its text starts in `text`.
  const shifts: Array<{from: number; to: number}> = []
  let unindented = text.slice(start, codeStart)
  const line = /[^\r\n]*(?:\r\n|\r|\n)?/g
  line.lastIndex = codeStart
  for (let match = line.exec(text); match !== null && match[0] !== '' && match.index < end; match = line.exec(text)) {
    const row = match[0].slice(0, end - match.index)
    const indent = /^[ \t]*/.exec(row)![0].length
    shifts.push({from: unindented.length, to: match.index + indent})
    unindented += row.slice(indent)
  }
  const read = parse(unindented)
  const only = read.children[0]
  if (read.children.length !== 1 || only?.type !== 'table' || only.children.length !== table.children.length + shifts.length) return null
  const place = location(text)
  const original = (offset: number): Point => {
    let at = start + offset
    for (const shift of shifts) if (offset >= shift.from) at = shift.to + (offset - shift.from)
    return place.toPoint(at)!
  }
  const walk = (node: Nodes): void => {
    if (node.position) node.position = {start: original(node.position.start.offset!), end: original(node.position.end.offset!)}
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(only)
  return only
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1
}
