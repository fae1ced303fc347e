/**
 * mdbook-toc: in an mdBook with `[preprocessor.toc]`, the chapter's first marker is replaced by a list of
 * links to the headings after it (`src/parse/toc.ts`), nested as mdbook-toc nests them, each to the
 * heading's anchor on the page; `max-level` and `marker` as the table sets them.
 */
import {describe, expect, it} from 'vitest'
import {check, positionsOf} from '../helpers/spec-fixture.ts'
import {renderBook} from './render-helper.ts'

const CHAPTER = ['# Guide', '', '## Before', '', 'Not listed: before the marker.', '', '<!-- toc -->', '', '## Install `it`', '', '### On [Linux](https://kernel.org)', '', '##### Too deep', '', '## Before', '', 'A second heading of the same name.', '', '<!-- toc -->', ''].join('\n')

function html(table: string, chapter = CHAPTER): Promise<{html: string; root: string}> {
  return renderBook({'book.toml': `[book]\ntitle = "Toc"\n${table}`, 'src/SUMMARY.md': '- [Guide](guide.md)\n', 'src/guide.md': chapter})
}

describe('mdbook-toc', () => {
  it('lists the headings after the first marker, nested, each linked to its anchor on the page', async () => {
    const {html: page, root} = await html('\n[preprocessor.toc]\ncommand = "mdbook-toc"\nrenderer = ["html"]\n')
    expect(page).toContain(
      [
        '<ul>',
        '<li><a href="#install-it">Install <code>it</code></a>',
        '<ul>',
        '<li><a href="#on-linux">On Linux</a></li>',
        '</ul>',
        '</li>',
        '<li><a href="#before-1">Before</a></li>',
        '</ul>',
      ].join('\n')
    )
    // The heading IDs are the page's own: the second "Before" is `before-1`.
    expect(page).toContain('<h2 id="before-1">')
    // Only the first marker is replaced, as mdbook-toc replaces it.
    expect(page.match(/<ul>/g)).toHaveLength(2)
    expect(page).not.toContain('Too deep</a>')
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'unknown-preprocessor')).toEqual([])
    expect(positionsOf(diagnostics, 'unresolved-internal-link')).toEqual([])
  })

  it('takes the marker and deepest level the table sets', async () => {
    const {html: page} = await html('\n[preprocessor.toc]\nmarker = "[[_TOC_]]"\nmax-level = 5\n', CHAPTER.replace('<!-- toc -->', '[[_TOC_]]'))
    expect(page).toContain('<a href="#too-deep">Too deep</a>')
    expect(page).not.toContain('[[_TOC_]]')
  })

  it('leaves the marker alone in a book without the preprocessor', async () => {
    const {html: page} = await html('')
    expect(page).not.toContain('<li><a href="#install-it">')
  })
})
