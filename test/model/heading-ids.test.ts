/**
 * Heading anchors as mdBook makes them, with the vectors of mdBook's own tests
 * (crates/mdbook-html/src/utils.rs at 641d06ab), and heading attributes `{#id .class}`.
 */
import {describe, expect, it} from 'vitest'
import {createAnchorAllocator, slugify} from '../../src/core/anchors.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import type {Chapter} from '../../src/model/types.ts'
import {check, writeTree} from '../helpers/spec-fixture.ts'

/** A one-chapter mdBook of `lines`, checked clean, with its chapter's model and rendered HTML. */
async function oneChapter(lines: string[]): Promise<{chapter: Chapter; html: string}> {
  const root = await writeTree({'book.toml': '[book]\ntitle = "Ids"\n', 'src/SUMMARY.md': '- [One](one.md)\n', 'src/one.md': lines.join('\n')})
  expect(await check(root)).toEqual([])
  const model = await assembleModel(root, {cache: false})
  const chapter = model.spec.chapters[0]!
  const html = renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')
  return {chapter, html}
}

describe('mdBook heading ids', () => {
  it('normalizes as id_from_content does', () => {
    expect(slugify('`--passes`: add more rustdoc passes')).toBe('--passes-add-more-rustdoc-passes')
    expect(slugify('Method-call 🐙 expressions \u{1f47c}')).toBe('method-call--expressions-')
    expect(slugify('_-_12345')).toBe('_-_12345')
    expect(slugify('12345')).toBe('12345')
    expect(slugify('中文')).toBe('中文')
    expect(slugify('にほんご')).toBe('にほんご')
    expect(slugify('한국어')).toBe('한국어')
    expect(slugify('')).toBe('section')
    expect(slugify('::')).toBe('section')
    expect(slugify('!.():')).toBe('section')
    expect(slugify('   ')).toBe('section')
    expect(slugify('中文標題 CJK title')).toBe('中文標題-cjk-title')
    expect(slugify('Über')).toBe('über')
  })

  it('makes them unique as unique_id does', () => {
    const allocate = createAnchorAllocator()
    expect(['::', '!!!', 'Real Heading', '***', '   '].map(allocate)).toEqual(['section', 'section-1', 'real-heading', 'section-2', 'section-3'])
    const again = createAnchorAllocator()
    // `Foo-1` is taken by a heading of its own before the second `Foo` asks for it.
    expect(['Foo', 'Foo-1', 'Foo'].map(again)).toEqual(['foo', 'foo-1', 'foo-2'])
  })

  it('reads heading attributes and leaves inline HTML out of generated ids', async () => {
    const {chapter, html} = await oneChapter([
      '# One',
      '',
      '## Options {#options .wide}',
      '',
      '## The <code>cfg</code> attribute',
      '',
      '## Maps {1: 2}',
      '',
      '### `#[no_mangle]`',
      '',
      "### `VaList<'_>`",
      '',
      'See [options](#options), [cfg](#the-cfg-attribute) and [maps](#maps-1-2), [no_mangle](#no_mangle).',
      '',
    ])
    expect(chapter.sections.map((section) => [section.anchor, section.title])).toEqual([
      ['one', 'One'],
      ['options', 'Options'],
      ['the-cfg-attribute', 'The <code>cfg</code> attribute'],
      ['maps-1-2', 'Maps {1: 2}'],
      ['no_mangle', '#[no_mangle]'],
      ['valist_', "VaList<'_>"],
    ])
    expect(html).toMatch(/<h2 id="options">Options<a/)
    expect(html).not.toContain('{#options')
    expect(html).toContain('<h3 id="no_mangle">')
    expect(html).toContain('<h3 id="valist_">')
  })

  it('anchors headings inside blockquotes and lists too, in document order with the sections', async () => {
    const {chapter, html} = await oneChapter([
      '# One',
      '',
      '> ### Where’s the `->` Operator?',
      '>',
      '> Text.',
      '',
      '- ## Notes',
      '',
      '## Notes',
      '',
      'See [operator](#wheres-the---operator) and [notes](#notes-1).',
      '',
    ])
    // Only top-level headings are sections; the inner ones still take their anchors first, as in mdBook.
    expect(chapter.sections.map((section) => section.anchor)).toEqual(['one', 'notes-1'])
    expect(chapter.innerHeadings.map((heading) => heading.anchor)).toEqual(['wheres-the---operator', 'notes'])
    expect(html).toContain('<h3 id="wheres-the---operator">')
    expect(html).toContain('<h2 id="notes">')
    expect(html).toContain('<h2 id="notes-1">')
  })
})
