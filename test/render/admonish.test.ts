/**
 * mdbook-admonish: in an mdBook with `[preprocessor.admonish]`, a ```` ```admonish <kind> ```` block is an
 * admonition whose body is its markdown (`src/parse/admonish.ts`), read by the model, `check` and the
 * renderer as a `> [!KIND]` one: its kinds as the dialect's nearest, a title as the body's first, bold,
 * paragraph, every node placed at the block. Without the preprocessor, the block stays code.
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const CHAPTER = [
  '# One',
  '',
  '````admonish warning title="Mind the *gap*"',
  'A **bold** body.',
  '',
  '```rust',
  'fn main() {}',
  '```',
  '````',
  '',
  '```admonish',
  'Plain.',
  '```',
  '',
  '```admonish danger "The old form\'s title"',
  'Careful.',
  '```',
  '',
  '```admonish nonesuch',
  'A kind mdbook-admonish does not have.',
  '```',
  '',
  '```admonish tip collapsible=true title="Open me"',
  'Hidden until opened.',
  '```',
  '',
  '```admonish note collapsible=true',
  'Its kind as its summary.',
  '```',
  '',
  '```admonish success title=""',
  'No title bar.',
  '```',
  '',
  'After.',
  '',
].join('\n')

function book(preprocessor: boolean): Record<string, string> {
  return {
    'book.toml': `[book]\ntitle = "Admonish"\n${preprocessor ? '\n[preprocessor.admonish]\ncommand = "mdbook-admonish"\n' : ''}`,
    'src/SUMMARY.md': '- [One](one.md)\n',
    'src/one.md': CHAPTER,
  }
}

describe('mdbook-admonish', () => {
  it('reads its blocks as admonitions: the nearest kind, the title first and bold, placed at the block', async () => {
    const root = await writeTree(book(true))
    const model = await assembleModel(root, {cache: false})
    const chapter = model.spec.chapters[0]!
    const admonitions = chapter.blocks.filter((block) => block.type === 'admonition')
    expect(admonitions.map((block) => [block.kind, block.position.start.line])).toEqual([
      ['warning', 3],
      ['note', 11],
      ['warning', 15],
      ['note', 19],
      ['note', 23],
      ['note', 27],
      ['note', 31],
    ])
    const inside = (admonition: (typeof admonitions)[number]) => chapter.blocks.filter((block) => block.parent === admonition.index).map((block) => [block.type, block.text, block.position.start.line])
    expect(inside(admonitions[0]!)).toEqual([
      ['paragraph', 'Mind the gap', 3],
      ['paragraph', 'A bold body.', 3],
      ['code', 'fn main() {}', 3],
    ])
    expect(inside(admonitions[2]!)[0]).toEqual(['paragraph', "The old form's title", 15])
    const html = renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')
    expect(html).toContain('<div class="admonition warning" data-kind="WARNING">\n<p class="admonition-title">Warning</p>\n<p><strong>Mind the <em>gap</em></strong></p>')
    expect(html).toContain('<code class="language-rust">')
    // `danger` is the dialect's CAUTION (a warning block to the model), a kind it does not know its NOTE.
    expect([...html.matchAll(/data-kind="([A-Z]+)"/g)].map((match) => match[1])).toEqual(['WARNING', 'NOTE', 'CAUTION', 'NOTE', 'TIP', 'NOTE', 'TIP'])
    // `title=""`: no title bar.
    expect(html).toContain('<div class="admonition tip" data-kind="TIP">\n<p>No title bar.</p>\n</div>')
    // `collapsible=true`: closed until opened, its own title the summary, as mdbook-admonish shows it.
    expect(html).toContain('<details class="admonition tip" data-kind="TIP">\n<summary class="admonition-title"><strong>Open me</strong></summary>\n<p>Hidden until opened.</p>\n</details>')
    expect(html).toContain('<details class="admonition note" data-kind="NOTE">\n<summary class="admonition-title">Note</summary>\n<p>Its kind as its summary.</p>\n</details>')
    expect(html.match(/<details/g)).toHaveLength(2)
    expect(html).toContain('<p>After.</p>')
    expect(html).not.toContain('language-admonish')
    expect(positionsOf(await check(root), 'unknown-preprocessor')).toEqual([])
  })

  it('leaves the blocks code in a book without the preprocessor', async () => {
    const model = await assembleModel(await writeTree(book(false)), {cache: false})
    const chapter = model.spec.chapters[0]!
    expect(chapter.blocks.filter((block) => block.type === 'admonition')).toEqual([])
    expect(chapter.blocks.filter((block) => block.type === 'code').map((block) => block.text)).toContain('Plain.')
  })
})
