/**
 * mdbook-admonish: in an mdBook with `[preprocessor.admonish]`, a ```` ```admonish <kind> ```` block is an
 * admonition whose body is its markdown (`src/parse/admonish.ts`), read by the model, `check` and the
 * renderer as a `> [!KIND]` one: its kinds as the dialect's nearest, a title as the body's first, bold,
 * paragraph, every node placed at the block; drawn as mdbook-admonish draws it: its directive's class,
 * title and collapsing, resolved from the block, the directive (the book's own too) and the book's
 * defaults. Without the preprocessor, the block stays code.
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'
import {blocksHtml, renderBook} from './render-helper.ts'

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
  'After: see [the gap](#admonition-mind-the-gap).',
  '',
].join('\n')

/** The HTML without mdbook-admonish's ids, labels and anchor links (asserted on their own). */
function withoutIds(html: string): string {
  return html.replace(/ (?:id|role|aria-labelledby)="[^"]*"/g, '').replace(/<a class="admonition-anchor-link" href="[^"]*"><\/a>/g, '')
}

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
    const drawn = blocksHtml(model, chapter)
    // mdbook-admonish's ids (from the title, unique among the chapter's admonitions), each block labelled by its title bar, which links to it.
    expect([...drawn.matchAll(/<(?:div|details) class="admonition[^"]*" data-kind="[A-Z]+" id="([^"]+)" role="note"/g)].map((match) => match[1])).toEqual(['admonition-mind-the-gap', 'admonition-note', 'admonition-the-old-forms-title', 'admonition-note-1', 'admonition-open-me', 'admonition-note-2', 'admonition-default'])
    expect(drawn).toContain('aria-labelledby="admonition-note-title">\n<p class="admonition-title" id="admonition-note-title">Note<a class="admonition-anchor-link" href="#admonition-note"></a></p>')
    const html = withoutIds(drawn)
    // Its own title in the title bar, its directive's class beside the dialect's.
    expect(html).toContain('<div class="admonition warning admonish-warning" data-kind="WARNING">\n<p class="admonition-title"><strong>Mind the <em>gap</em></strong></p>\n<p>A <strong>bold</strong> body.</p>')
    expect(html).toContain('<code class="language-rust">')
    // `danger` is the dialect's CAUTION (a warning block to the model), a kind it does not know its NOTE.
    expect([...html.matchAll(/data-kind="([A-Z]+)"/g)].map((match) => match[1])).toEqual(['WARNING', 'NOTE', 'CAUTION', 'NOTE', 'TIP', 'NOTE', 'TIP'])
    expect(html).toContain('<div class="admonition note admonish-note" data-kind="NOTE">\n<p class="admonition-title">Note</p>\n<p>Plain.</p>')
    expect(html).toContain('<div class="admonition caution admonish-danger" data-kind="CAUTION">\n<p class="admonition-title"><strong>The old form’s title</strong></p>')
    // A directive mdbook-admonish does not know is its note.
    expect(html).toContain('<div class="admonition note admonish-note" data-kind="NOTE">\n<p class="admonition-title">Note</p>\n<p>A kind mdbook-admonish does not have.</p>')
    // `title=""`: no title bar.
    expect(html).toContain('<div class="admonition tip admonish-success" data-kind="TIP">\n<p>No title bar.</p>\n</div>')
    // `collapsible=true`: closed until opened, its own title the summary, as mdbook-admonish shows it.
    expect(html).toContain('<details class="admonition tip admonish-tip" data-kind="TIP">\n<summary class="admonition-title"><strong>Open me</strong></summary>\n<p>Hidden until opened.</p>\n</details>')
    expect(html).toContain('<details class="admonition note admonish-note" data-kind="NOTE">\n<summary class="admonition-title">Note</summary>\n<p>Its kind as its summary.</p>\n</details>')
    expect(html.match(/<details/g)).toHaveLength(2)
    expect(html).toContain('<p>After: see <a href="#admonition-mind-the-gap">the gap</a>.</p>')
    expect(positionsOf(await check(root), 'unresolved-internal-link')).toEqual([])
    expect(html).not.toContain('language-admonish')
    expect(positionsOf(await check(root), 'unknown-preprocessor')).toEqual([])
  })

  it('titles and collapses as mdbook-admonish resolves them: the directive, the book’s own directives and defaults', async () => {
    const blocks = (info: string[]) => info.map((line, index) => `\`\`\`admonish ${line}\nBody ${index}.\n\`\`\`\n`).join('\n')
    const chapter = blocks(['info', 'tldr', 'faq', 'important', 'error', 'expensive', 'money', 'sandbox title="Live example"', 'warning', 'warning collapsible=false', 'example'])
    const {html: drawnHtml} = await renderBook({
      'book.toml': [
        '[book]',
        'title = "Admonish"',
        '',
        '[preprocessor.admonish]',
        'command = "mdbook-admonish"',
        '',
        '[preprocessor.admonish.directive.builtin.warning]',
        'collapsible = true',
        '',
        '[preprocessor.admonish.directive.custom.expensive]',
        'icon = "./money-bag.svg"',
        'color = "#24ab38"',
        'aliases = ["money"]',
        'title = "Costly"',
        '',
        '[[preprocessor.admonish.custom]]',
        'directive = "sandbox"',
        'icon = "./sandbox.svg"',
        'color = "#DCFF50"',
        '',
      ].join('\n'),
      'src/SUMMARY.md': '- [One](one.md)\n',
      'src/one.md': `# One\n\n${chapter}`,
    })
    const html = withoutIds(drawnHtml)
    const drawn = [...html.matchAll(/<(div|details) class="admonition [a-z]+ (admonish-[a-z]+)"[^>]*>\n<(?:p|summary) class="admonition-title">(.*?)<\/(?:p|summary)>/g)].map((match) => [match[1], match[2], match[3]])
    expect(drawn).toEqual([
      ['div', 'admonish-info', 'Info'],
      ['div', 'admonish-abstract', 'TL;DR'],
      ['div', 'admonish-question', 'FAQ'],
      ['div', 'admonish-tip', 'Important'],
      ['div', 'admonish-danger', 'Error'],
      ['div', 'admonish-expensive', 'Costly'],
      ['div', 'admonish-expensive', 'Costly'],
      ['div', 'admonish-sandbox', '<strong>Live example</strong>'],
      ['details', 'admonish-warning', 'Warning'],
      ['div', 'admonish-warning', 'Warning'],
      ['div', 'admonish-example', 'Example'],
    ])
    // The book's default title and collapsing, where the block and its directive say nothing.
    const defaults = await renderBook({
      'book.toml': '[book]\ntitle = "Admonish"\n\n[preprocessor.admonish]\ncommand = "mdbook-admonish"\ndefault = { title = "Heads up", collapsible = true }\n',
      'src/SUMMARY.md': '- [One](one.md)\n',
      'src/one.md': `# One\n\n${blocks(['note', 'tip collapsible=false title="Own"'])}`,
    })
    const defaultHtml = withoutIds(defaults.html)
    expect(defaultHtml).toContain('<details class="admonition note admonish-note" data-kind="NOTE">\n<summary class="admonition-title">Heads up</summary>')
    expect(defaultHtml).toContain('<div class="admonition tip admonish-tip" data-kind="TIP">\n<p class="admonition-title"><strong>Own</strong></p>')
  })

  it('leaves the blocks code in a book without the preprocessor', async () => {
    const model = await assembleModel(await writeTree(book(false)), {cache: false})
    const chapter = model.spec.chapters[0]!
    expect(chapter.blocks.filter((block) => block.type === 'admonition')).toEqual([])
    expect(chapter.blocks.filter((block) => block.type === 'code').map((block) => block.text)).toContain('Plain.')
  })
})
