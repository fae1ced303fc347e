/**
 * The Rust Book's listings: with `[preprocessor.trpl-listing]`, `<Listing number file-name caption>` …
 * `</Listing>` is the figure its preprocessor writes (`src/parse/trpl-listing.ts`): an id, the file's
 * name, the listing's markdown inside, a caption linking the listing, its markdown rendered.
 */
import {describe, expect, it} from 'vitest'
import {check, positionsOf} from '../helpers/spec-fixture.ts'
import {renderBook} from './render-helper.ts'

const CHAPTER = [
  '# Hello',
  '',
  '<Listing number="1-1" file-name="src/main.rs" caption="A program that prints `Hello, world!`">',
  '',
  '```rust',
  'fn main() {}',
  '```',
  '',
  '</Listing>',
  '',
  "<Listing number=\"1-2\" caption='Sending `\"hi\"`'>",
  '',
  '```rust',
  'fn send() {}',
  '```',
  '',
  '</Listing>',
  '',
  '<Listing file-name="Cargo.toml">',
  '',
  '```toml',
  '[package]',
  '```',
  '',
  '</Listing>',
  '',
].join('\n')

function html(preprocessor: boolean): Promise<{html: string; root: string}> {
  return renderBook({
    'book.toml': `[book]\ntitle = "Book"\n${preprocessor ? '\n[preprocessor.trpl-listing]\ncommand = "mdbook-trpl-listing"\noutput-mode = "default"\n' : ''}`,
    'src/SUMMARY.md': '- [Hello](hello.md)\n',
    'src/hello.md': CHAPTER,
  })
}

describe('the Rust Book’s listings', () => {
  it('are figures with the file’s name, the listing inside, and a caption linking the listing', async () => {
    const {html: page, root} = await html(true)
    expect(page).toContain('<figure class="listing" id="listing-1-1">\n<span class="file-name">Filename: src/main.rs</span>')
    expect(page).toContain('<figcaption><a href="#listing-1-1">Listing 1-1</a>: A program that prints <code>Hello, world!</code></figcaption></figure>')
    // A caption quoted in single quotes, holding double ones.
    expect(page).toContain('<figcaption><a href="#listing-1-2">Listing 1-2</a>: Sending <code>"hi"</code></figcaption>')
    // No number: no id and no caption.
    expect(page).toContain('<figure class="listing">\n<span class="file-name">Filename: Cargo.toml</span>')
    // The markdown between the tags is inside the figure.
    expect(page.indexOf('<code class="language-rust">')).toBeGreaterThan(page.indexOf('listing-1-1'))
    expect(page.indexOf('<code class="language-rust">')).toBeLessThan(page.indexOf('<figcaption>'))
    expect(positionsOf(await check(root), 'unknown-preprocessor')).toEqual([])
  })

  it('leave the tags to the sanitizer in a book without the preprocessor', async () => {
    expect((await html(false)).html).not.toContain('figure')
  })
})
