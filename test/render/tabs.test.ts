/**
 * mdbook-tabs: with `[preprocessor.tabs]`, `{{#tabs}}` … `{{#endtabs}}` around `{{#tab name="…"}}` …
 * `{{#endtab}}` is the HTML its preprocessor writes (`src/parse/tabs.ts`): a container, its buttons (the
 * first active), one content block per tab (all but the first hidden) holding its markdown; nested tabs
 * and `global` too. Cases from the preprocessor's own book (`book/src/tabs.md`).
 */
import {describe, expect, it} from 'vitest'
import {check, positionsOf} from '../helpers/spec-fixture.ts'
import {renderBook} from './render-helper.ts'

const CHAPTER = [
  '# Tabs',
  '',
  '{{#tabs }}',
  '{{#tab name="Tab 1" }}',
  '**Tab content 1**',
  '{{#endtab }}',
  '{{#tab name="Tab <2>" }}',
  '_Tab content 2_',
  '{{#endtab }}',
  '{{#endtabs }}',
  '',
  '{{#tabs global="example" }}',
  '{{#tab name="Rust" }}',
  '',
  '```rust',
  'fn main() {}',
  '```',
  '',
  '{{#endtab }}',
  '{{#tab name="Nested" }}',
  '{{#tabs }}',
  '{{#tab name="Inner" }}',
  'Level 2',
  '{{#endtab }}',
  '{{#endtabs }}',
  '{{#endtab }}',
  '{{#endtabs }}',
  '',
  'After: {{#tabs}} in a line is text, and so is an unclosed one:',
  '',
  '{{#tabs }}',
  '',
].join('\n')

const book = (preprocessor: boolean) => ({
  'book.toml': `[book]\ntitle = "Tabs"\n${preprocessor ? '\n[preprocessor.tabs]\n' : ''}`,
  'src/SUMMARY.md': '- [Tabs](tabs.md)\n',
  'src/tabs.md': CHAPTER,
})

describe('mdbook-tabs', () => {
  it('are the preprocessor’s tabs: buttons, contents, the markdown inside, nested and global ones', async () => {
    const {html, root} = await renderBook(book(true))
    const flat = html.replace(/\n/g, '')
    expect(flat).toContain(
      '<div class="mdbook-tabs-container"><nav class="mdbook-tabs"><button class="mdbook-tab active" data-tabname="Tab 1">Tab 1</button><button class="mdbook-tab" data-tabname="Tab <2>">Tab &#x3C;2></button></nav>' +
        '<div class="mdbook-tab-content" data-tabname="Tab 1"><p><strong>Tab content 1</strong></p></div>' +
        '<div class="mdbook-tab-content hidden" data-tabname="Tab <2>"><p><em>Tab content 2</em></p></div></div>'
    )
    expect(flat).toContain('<div class="mdbook-tabs-container" data-tabglobal="example"><nav class="mdbook-tabs"><button class="mdbook-tab active" data-tabname="Rust">Rust</button><button class="mdbook-tab" data-tabname="Nested">Nested</button></nav><div class="mdbook-tab-content" data-tabname="Rust"><div class="code-block"')
    expect(flat).toContain('<div class="mdbook-tab-content hidden" data-tabname="Nested"><div class="mdbook-tabs-container"><nav class="mdbook-tabs"><button class="mdbook-tab active" data-tabname="Inner">Inner</button></nav><div class="mdbook-tab-content" data-tabname="Inner"><p>Level 2</p></div></div></div></div>')
    expect(html).toContain('<p>After: {{#tabs}} in a line is text, and so is an unclosed one:</p>')
    expect(html).toContain('<p>{{#tabs }}</p>')
    expect(positionsOf(await check(root), 'unknown-preprocessor')).toEqual([])
  })

  it('stay text in a book without the preprocessor', async () => {
    const {html} = await renderBook(book(false))
    expect(html).not.toContain('mdbook-tab')
    expect(html).toContain('{{#tab name=')
  })
})
