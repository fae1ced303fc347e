/**
 * The Rust Book's notes: with `[preprocessor.trpl-note]`, a blockquote opening with `Note: ` or with a
 * heading is the `<section class="note" aria-role="note">` its preprocessor writes
 * (`src/parse/trpl-note.ts`); other quotes stay blockquotes. Cases from the preprocessor's own tests
 * (`packages/mdbook-trpl/src/note/tests.rs`).
 */
import {describe, expect, it} from 'vitest'
import {check, positionsOf} from '../helpers/spec-fixture.ts'
import {renderBook} from './render-helper.ts'

const CHAPTER = [
  '# Notes',
  '',
  '> Note: This is some text.',
  '> It keeps going.',
  '',
  '> This is quoted.',
  '',
  '> ## Header',
  '> And then some note content.',
  '',
  '> **Bold text in a paragraph.**',
  '',
  '> Note:',
  '> not a note: the text opens with `Note:` and a line break.',
  '',
  '> Note: outer',
  '>',
  '> > Note: inner',
  '',
].join('\n')

function render(preprocessor: boolean): Promise<{html: string; root: string}> {
  return renderBook({
    'book.toml': `[book]\ntitle = "Book"\n${preprocessor ? '\n[preprocessor.trpl-note]\ncommand = "mdbook-trpl-note"\n' : ''}`,
    'src/SUMMARY.md': '- [Notes](notes.md)\n',
    'src/notes.md': CHAPTER,
  })
}

const NOTE = '<section class="note" aria-role="note">'

describe('the Rust Book’s notes', () => {
  it('are sections where the quote opens with `Note: ` or a heading, blockquotes elsewhere', async () => {
    const {html, root} = await render(true)
    expect(html).toContain(`${NOTE}\n<p>Note: This is some text.\nIt keeps going.</p>\n</section>`)
    expect(html).toContain('<blockquote>\n<p>This is quoted.</p>\n</blockquote>')
    expect(html).toMatch(/<section class="note" aria-role="note">\n<h2 id="header">.*Header.*<\/h2>\n<p>And then some note content.<\/p>\n<\/section>/s)
    expect(html).toContain('<blockquote>\n<p><strong>Bold text in a paragraph.</strong></p>\n</blockquote>')
    expect(html).toContain('<blockquote>\n<p>Note:\nnot a note')
    // Inside a note the preprocessor reads no quote as a note.
    expect(html).toContain(`${NOTE}\n<p>Note: outer</p>\n<blockquote>\n<p>Note: inner</p>\n</blockquote>\n</section>`)
    expect(html.split(NOTE)).toHaveLength(4)
    expect(positionsOf(await check(root), 'unknown-preprocessor')).toEqual([])
  })

  it('stay blockquotes in a book without the preprocessor', async () => {
    const {html, root} = await render(false)
    expect(html).not.toContain('<section')
    expect(html.split('<blockquote>')).toHaveLength(8)
    expect(positionsOf(await check(root), 'unknown-preprocessor')).toEqual([])
  })
})
