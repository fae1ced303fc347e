/**
 * ReqIF's XHTML straight from the renderer's trees (`hastToReqifXhtml`): the same bytes as converting
 * the rendered HTML (`htmlToReqifXhtml`, which parses it), for every block the HTML parser reads back as
 * it is, and null (the export parses the HTML then) for trees the parser would restructure.
 */
import type {ElementContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {exportReqif} from '../../src/export/export-reqif.ts'
import {hastToReqifXhtml, htmlToReqifXhtml, wrapReqifXhtml} from '../../src/export/xhtml.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {loadChapters} from '../render/render-helper.ts'

const element = (tagName: string, children: ElementContent[] = [], properties: Record<string, unknown> = {}): ElementContent => ({type: 'element', tagName, properties: properties as never, children})
const text = (value: string): ElementContent => ({type: 'text', value})

/** What converting the tree's HTML gives, as `hastToReqifXhtml` must give it (when it gives anything). */
const parsed = (children: ElementContent[]): string => htmlToReqifXhtml(toHtml({type: 'root', children}))

const BODY = [
  '# Main',
  'r[main.prose]\nProse with *emphasis*, **strong**, `code`, a [link](https://example.com "Title") and a footnote[^n].',
  'r[main.list]\n- first\n- second with `code`\n  1. nested\n  2. list',
  'r[main.table]\n| left | right |\n|:-----|------:|\n| 1 | **2** |',
  'r[main.code]\n```rust\nfn main() {\n    println!("<&>");\n}\n```',
  'r[main.raw]\n<div class="note"><p>Raw <em>HTML</em></p><details><summary>More</summary>Text</details></div>',
  'r[main.raw-restructured]\n<p>A paragraph <div>holding a div</div></p>',
  '> [!NOTE]\n> An admonition with `code`.',
  '[^n]: The footnote.',
].join('\n\n')

describe('ReqIF XHTML from the rendered trees', () => {
  it('gives the bytes the HTML conversion gives, block by block, and the same ReqIF', async () => {
    const model = await loadChapters({main: BODY})
    const {rendered, exportChapters} = await renderSpec(model, {cache: false})
    const blocks = exportChapters.flatMap((chapter) => chapter.blocks)
    const converted = blocks.filter((block) => typeof block.xhtml === 'string')
    // Headings, prose, lists, tables, highlighted code, raw HTML and admonitions all convert directly.
    expect(converted.length).toBeGreaterThanOrEqual(7)
    for (const block of converted) expect(wrapReqifXhtml(block.xhtml!), block.html).toBe(htmlToReqifXhtml(block.html))
    expect(converted.some((block) => block.xhtml!.includes('<xhtml:pre class="shiki'))).toBe(true)
    const options = {timestamp: '2026-01-01T00:00:00Z'}
    expect(exportReqif(model.spec, model.registry, {...options, chapters: exportChapters})).toBe(exportReqif(model.spec, model.registry, {...options, chapters: rendered.chapters}))
  })

  it('leaves to the HTML parser what it would restructure or normalize', () => {
    const unstable: Array<[string, ElementContent[]]> = [
      ['a div in a paragraph', [element('p', [text('a'), element('div', [text('b')])])]],
      ['a row directly in a table', [element('table', [element('tr', [element('td', [text('1')])])])]],
      ['a link in a link', [element('a', [element('a', [text('x')], {href: '#b'})], {href: '#a'})]],
      ['a list item outside a list', [element('div', [element('li', [text('x')])])]],
      ['text among table rows', [element('table', [element('tbody', [text('stray'), element('tr', [])])])]],
      ['a newline first in a pre', [element('pre', [text('\nfirst line lost')])]],
      ['a carriage return', [element('p', [text('a\r\nb')])]],
      ['a class token with a space', [element('span', [text('x')], {className: ['a b']})]],
      ['an element the allow-list does not know', [element('marquee', [text('x')])]],
      ['an HTML element in an svg', [element('svg', [element('p', [text('breaks out')])])]],
    ]
    for (const [what, tree] of unstable) expect(hastToReqifXhtml(tree), what).toBeNull()
    // The premise, for two of them: parsing the HTML restructures the tree.
    expect(parsed(unstable[0]![1])).toBe('<xhtml:div><xhtml:p>a</xhtml:p><xhtml:div>b</xhtml:div><xhtml:p></xhtml:p></xhtml:div>')
    expect(parsed(unstable[1]![1])).toContain('<xhtml:table><xhtml:tbody><xhtml:tr>')
  })

  it('reads properties as the parser gives them back: a `class` string as className tokens, spans as numbers', () => {
    const trees: ElementContent[][] = [
      [element('pre', [element('code', [element('span', [text('fn')], {class: ' line  main '})])], {class: 'shiki github-light', tabindex: '0'})],
      [element('table', [element('tbody', [text('\n'), element('tr', [element('td', [text('1')], {colSpan: 2}), element('th', [text('h')], {scope: 'row'})])])])],
      [element('p', [element('img', [], {alt: 'picture', src: 'x.png'}), element('a', [text('go')], {href: 'https://example.com/?a=1&b=2', title: 'a "title"'})])],
      [element('svg', [element('a', [element('text', [text('Name')])], {href: '#x'})]), text(' after')],
    ]
    for (const tree of trees) {
      const xhtml = hastToReqifXhtml(tree)
      expect(xhtml, toHtml({type: 'root', children: tree})).not.toBeNull()
      expect(wrapReqifXhtml(xhtml!)).toBe(parsed(tree))
    }
  })
})
