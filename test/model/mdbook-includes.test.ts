/**
 * mdBook's `links` preprocessor semantics, on a real book tree: includes relative to the including file
 * and confined to the book root (not `src/`), in prose and in code, nested, `rustdoc_include` hidden lines,
 * `playground`, `title`, escaped directives and mdBook's line-range rules.
 */
import {describe, expect, it} from 'vitest'
import {selectLines} from '../../src/load/includes.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const book = {
  'book.toml': '[book]\ntitle = "Includes"\n',
  'src/SUMMARY.md': '# Summary\n\n- [One](ch/one.md)\n',
  'src/ch/one.md': [
    '# One',
    '',
    '{{#title A custom title}}',
    '',
    '```rust',
    '{{#include ../../listings/main.rs:body}}',
    '```',
    '',
    '{{#include shared.md}}',
    '',
    '```rust',
    '{{#rustdoc_include ../../listings/main.rs:body}}',
    '```',
    '',
    '{{#playground ../../listings/main.rs editable}}',
    '',
    '```hbs',
    '\\{{#include file.rs}}',
    '```',
    '',
    '- item',
    '',
    '  ```text',
    '  {{#include ../../listings/two-lines.txt}}',
    '  ```',
    '',
    'Version {{#include ../../listings/version.md}} of `{{#include ../../listings/version.md}}`, \\{{#include ../../listings/version.md}} escaped.',
    '',
  ].join('\n'),
  'src/ch/shared.md': '## Shared section\n\nShared text with [a link](one.md#shared-section).\n\n{{#include nested/deeper.md}}\n',
  'src/ch/nested/deeper.md': 'Deeper text.\n',
  'listings/main.rs': 'use std::io;\n// ANCHOR: body\nfn main() {}\n// ANCHOR_END: body\n',
  'listings/two-lines.txt': 'first\nsecond\n',
  'listings/version.md': '*1.2*\n',
}

describe('mdBook includes', () => {
  it('expands every directive kind as mdBook does, from outside src/ but inside the book', async () => {
    const root = await writeTree(book)
    expect(await check(root)).toEqual([])
    const model = await assembleModel(root, {cache: false})
    const {spec} = model
    const chapter = spec.chapters[0]!
    const code = chapter.blocks.filter((block) => block.code).map((block) => block.code!.value)
    expect(code).toEqual([
      'fn main() {}',
      '# use std::io;\nfn main() {}',
      'use std::io;\n// ANCHOR: body\nfn main() {}\n// ANCHOR_END: body',
      '{{#include file.rs}}',
    ])
    expect(chapter.sections.map((section) => section.anchor)).toEqual(['one', 'shared-section'])
    expect(chapter.blocks.map((block) => block.text)).toContain('Deeper text.')
    const html = renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')
    expect(html).toContain('id="shared-section"')
    expect(html).toContain('Deeper text.')
    expect(html).not.toContain('{{#title')
    expect(html).not.toContain('{{#playground')
    expect(html).toContain('{{#include file.rs}}')
    expect(html).toMatch(/first\n\s*second/)
    // In the middle of a line as mdBook does: markdown in prose, text in code; an escaped one stays.
    expect(html).toContain('<p>Version <em>1.2</em> of <code>*1.2*</code>, {{#include ../../listings/version.md}} escaped.</p>')
    // `{{#title}}` sets the page's whole title.
    expect(chapter.pageTitle).toBe('A custom title')
  })

  it('expands a paragraph of directives, one a line, as the blocks they include (the Rust Cookbook’s chapters)', async () => {
    const root = await writeTree({
      ...book,
      'src/ch/one.md': '# One\n\n{{#include recipes/add.md}}\n  {{#include recipes/invert.md}}\n\n{{#include ../links.md}}\n\nSee [inverting][invert].\n',
      // An included file's last newline is dropped, as mdBook drops it: the next one's heading still
      // starts a line (and a block) of its own.
      'src/ch/recipes/add.md': '## Adding matrices\n\nAdd them.\n',
      'src/ch/recipes/invert.md': '## Invert matrix\n\nInvert one.\n',
      'src/links.md': '[invert]: one.html#invert-matrix\n',
    })
    // Nothing said of the chapter: its link definition, included, resolves (shared.md, no longer included, is unlisted).
    expect((await check(root)).filter((diagnostic) => diagnostic.place?.file === 'ch/one.md')).toEqual([])
    const model = await assembleModel(root, {cache: false})
    const chapter = model.spec.chapters[0]!
    expect(chapter.sections.map((section) => section.anchor)).toEqual(['one', 'adding-matrices', 'invert-matrix'])
    expect(chapter.blocks.map((block) => block.text)).toEqual(['One', 'Adding matrices', 'Add them.', 'Invert matrix', 'Invert one.', 'See inverting.'])
    // Every included block is placed at the paragraph of directives.
    expect(chapter.blocks.filter((block) => block.text === 'Invert one.').map((block) => block.position.start.line)).toEqual([3])
  })

  it('expands a directive in prose whose file is more than one paragraph as mdBook’s text expansion does', async () => {
    const root = await writeTree({
      ...book,
      'src/ch/one.md': '# One\n\nIntro text.\n{{#include more.md}}\n\n> Quoted.\n> {{#include more.md}}\n',
      'src/ch/more.md': 'More text.\n\n## Further\n\nFurther text.\n',
    })
    const model = await assembleModel(root, {cache: false})
    const chapter = model.spec.chapters[0]!
    // The first paragraph goes on into the file's first line; its heading and text are blocks of their own.
    expect(chapter.blocks.filter((block) => block.parent === null).map((block) => [block.type, block.text])).toEqual([
      ['heading', 'One'],
      ['paragraph', 'Intro text. More text.'],
      ['heading', 'Further'],
      ['paragraph', 'Further text.'],
      ['blockquote', expect.stringContaining('Quoted.')],
    ])
    expect(chapter.sections.map((section) => section.anchor)).toEqual(['one', 'further'])
    expect((await check(root)).filter((diagnostic) => diagnostic.place?.file === 'ch/one.md')).toEqual([])
  })

  it('refuses files outside the book root and reports nested cycles, at the directive', async () => {
    const root = await writeTree({
      ...book,
      'src/ch/one.md': '# One\n\n```rust\n{{#include ../../../outside.rs}}\n```\n\n{{#include loop.md}}\n',
      'src/ch/loop.md': 'Loop.\n\n{{#include loop.md}}\n',
    })
    const diagnostics = await check(root)
    // loop.md is also read on its own (an unlisted file), where its own directive fails the same way.
    expect(positionsOf(diagnostics, 'include-refused')).toEqual(['ch/loop.md:3:1', 'ch/one.md:4:1', 'ch/one.md:7:1'])
    expect(diagnostics.filter((d) => d.code === 'include-refused').map((d) => d.severity)).toEqual(['warning', 'warning', 'warning'])
    expect(diagnostics.find((d) => d.place?.start.line === 7)?.reason).toMatch(/nested more than 10 deep/)
  })

  it('selects lines with mdBook’s rules', () => {
    const text = 'one\n// ANCHOR: part\ntwo\n// ANCHOR: inner\nthree\n// ANCHOR_END: inner\n// ANCHOR_END: part\nfour'
    // Vectors from mdBook's take_lines tests: 1-based start, inclusive end; a lone number is one line.
    expect(selectLines('Lorem\nipsum\ndolor\nsit\namet', {selector: '2:3', kind: 'include'})).toBe('ipsum\ndolor')
    expect(selectLines('Lorem\nipsum\ndolor\nsit\namet', {selector: '3:', kind: 'include'})).toBe('dolor\nsit\namet')
    expect(selectLines('Lorem\nipsum\ndolor\nsit\namet', {selector: ':3', kind: 'include'})).toBe('Lorem\nipsum\ndolor')
    expect(selectLines('Lorem\nipsum\ndolor\nsit\namet', {selector: '4', kind: 'include'})).toBe('sit')
    expect(selectLines(text, {selector: 'part', kind: 'include'})).toBe('two\nthree')
    expect(selectLines(text, {selector: 'inner', kind: 'rustdoc_include'})).toBe('# one\n# two\nthree\n# four')
  })
})
