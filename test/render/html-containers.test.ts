/**
 * Raw HTML around markdown (mdBook's `<div class="warning">` box, `<details>`): the markdown between the
 * opening and the closing block lands inside the element, as the browser nests it under mdBook.
 */
import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {tagBalance} from '../../src/render/html-containers.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

describe('raw HTML around markdown', () => {
  it('tells which containers a block of raw HTML leaves open or closes', () => {
    expect(tagBalance('<div class="warning">')).toEqual({opens: ['div'], closes: []})
    expect(tagBalance('<details>\n<summary>Why?</summary>')).toEqual({opens: ['details'], closes: []})
    expect(tagBalance('</details>\n</div>')).toEqual({opens: [], closes: ['details', 'div']})
    expect(tagBalance('<div><p>whole</p></div>')).toEqual({opens: [], closes: []})
    expect(tagBalance('<!-- <div> --><span>inline</span><br>')).toEqual({opens: [], closes: []})
    expect(tagBalance('<div></details>')).toEqual({opens: [], closes: []})
    // Content before the closing tag goes inside the container it closes (a figure's caption).
    expect(tagBalance('<figcaption>Listing 1</figcaption>\n</figure>')).toEqual({opens: [], closes: ['figure'], contentFirst: true})
    expect(tagBalance('</figure>\n<p>after</p>')).toEqual({opens: [], closes: ['figure']})
  })

  it('puts the markdown between an opening and a closing block inside the element, as mdBook’s readers see it', async () => {
    const book = {
      'book.toml': '[book]\ntitle = "Boxes"\n',
      'src/SUMMARY.md': '- [Boxes](boxes.md)\n',
      'src/boxes.md': [
        '# Boxes',
        '',
        '<div class="warning">',
        '',
        '**Warning:** this is *unsafe*.',
        '',
        'And a second paragraph.',
        '',
        '</div>',
        '',
        'After the box.',
        '',
        '<details>',
        '<summary>Why?</summary>',
        '',
        'Because.',
        '',
        '</details>',
        '',
        // The Rust Book's figures.
        '<figure>',
        '',
        '<img src="diagram.svg" alt="Tasks" />',
        '',
        '<figcaption>Figure 1: Tasks</figcaption>',
        '',
        '</figure>',
        '',
        '<div onclick="alert(1)">',
        '',
        'Never closed.',
        '',
      ].join('\n'),
    }
    const {rendered} = await renderSpec(await assembleModel(await writeTree(book), {cache: false}), {cache: false})
    // The page as the browser reads the blocks, one after the other.
    const page = fromHtml(rendered.chapters[0]!.blocks.map((block) => block.html).join('\n'), {fragment: true})
    expect(text(element(page, 'div', 'warning'))).toBe('Warning: this is unsafe. And a second paragraph.')
    expect(text(element(page, 'details'))).toBe('Why? Because.')
    expect(element(page, 'figure').children.filter((node): node is Element => node.type === 'element').map((node) => node.tagName)).toEqual(['img', 'figcaption'])
    // What follows the box is outside it.
    const topLevel = page.children.filter((node): node is Element => node.type === 'element').map((node) => `${node.tagName} ${text(node).slice(0, 14)}`.trim())
    expect(topLevel).toEqual(['h1 Boxes#', 'div Warning: this', 'p After the box.', 'details Why? Because.', 'figure Figure 1: Task', 'div', 'p Never closed.'])
    // An opening block nothing closes stays whole (and sanitized), its text after it.
    const last = rendered.chapters[0]!.blocks.find((block) => block.html.includes('<div>'))!
    expect(last.html).toBe('<div></div>')
  })
})

/** The first element named `tag` (with `className`, if given) in `tree`. */
function element(tree: Root, tag: string, className?: string): Element {
  let found: Element | undefined
  visit(tree, 'element', (node: Element) => {
    if (found || node.tagName !== tag) return
    if (className === undefined || (node.properties.className as string[] | undefined)?.includes(className)) found = node
  })
  if (!found) throw new Error(`no <${tag}> in the page`)
  return found
}

/** An element's text, whitespace collapsed. */
function text(node: Element): string {
  let result = ''
  visit(node, 'text', (child) => {
    result += child.value
  })
  return result.replace(/\s+/g, ' ').trim()
}
