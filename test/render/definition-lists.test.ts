/**
 * Definition lists in an mdBook, as mdBook 0.5 reads and writes them (on unless
 * `output.html.definition-lists = false`): `dl`, `dt`, `dd`; each term anchored in the headings' document
 * order and linkable, loose definitions in paragraphs; the list one block of the model, its text searchable.
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const CHAPTER = [
  '# Glossary',
  '',
  '## Term A',
  '',
  'term A',
  '  : This is a definition of term A. Text',
  '    can span multiple lines.',
  '',
  'term B',
  '  : This is a definition of term B.',
  '  : This has more than one definition.',
  '',
  'Apple *pie*',
  ': Pomaceous fruit.',
  '',
  '  Second paragraph.',
  '',
  'See [term A](#term-a-1), [apple](#apple-pie) and [nothing](#term-c).',
  '',
].join('\n')

function book(settings = ''): Record<string, string> {
  return {'book.toml': `[book]\ntitle = "Lists"\n${settings}`, 'src/SUMMARY.md': '- [Glossary](glossary.md)\n', 'src/glossary.md': CHAPTER}
}

async function render(files: Record<string, string>) {
  const model = await assembleModel(await writeTree(files), {cache: false})
  const chapter = model.spec.chapters[0]!
  return {chapter, html: renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')}
}

describe('definition lists in an mdBook', () => {
  it('are written as mdBook writes them, each term anchored after the headings before it', async () => {
    const {chapter, html} = await render(book())
    expect(chapter.blocks.map((block) => block.type)).toEqual(['heading', 'heading', 'definitionList', 'paragraph'])
    expect(chapter.blocks[2]!.text).toContain('term B This is a definition of term B.')
    // `term-a` is the heading's; the term's is the next, as mdBook's one counter gives it.
    expect(html).toContain('<h2 id="term-a">')
    expect(html).toContain('<dt id="term-a-1">term A<a class="heading-anchor" href="#term-a-1" aria-label="Link to this term">#</a></dt>')
    expect(html).toContain('<dd>This is a definition of term A. Text\ncan span multiple lines.</dd>')
    expect(html).toContain('<dd>This has more than one definition.</dd>')
    expect(html).toContain('<dt id="apple-pie">Apple <em>pie</em><a class="heading-anchor"')
    expect(html).toMatch(/<dd>\n<p>Pomaceous fruit\.<\/p>\n<p>Second paragraph\.<\/p>\n<\/dd>/)
    expect(html.match(/<dl>/g)).toHaveLength(1)
  })

  it('make their terms link targets that check knows', async () => {
    expect(positionsOf(await check(await writeTree(book())), 'unresolved-internal-link')).toEqual(['glossary.md:18:50'])
  })

  it('are paragraphs in a book that turns them off, as in mdBook', async () => {
    const {chapter, html} = await render(book('\n[output.html]\ndefinition-lists = false\n'))
    expect(html).not.toContain('<dl>')
    expect(chapter.blocks.map((block) => block.type)).toEqual(['heading', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph'])
  })
})
