/**
 * Smart punctuation as mdBook shows it (`output.html.smart-punctuation`): recorded by the parse beside
 * the text as written, shown by render, never seen by the model (hashes, search) — and never in code.
 */
import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parseChapterSource} from '../../src/parse/parse-markdown.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

const TEXT = 'He said "hello" -- it\'s fine --- really... \'quoted\' and "*em*" 2--3 a----b `code "x" --`\n'

describe('smart punctuation', () => {
  it('is recorded per text node where the typeset text differs, and not at all when off', () => {
    const smart = parseChapterSource(TEXT, {}, {smartPunctuation: true}).tree
    const texts = JSON.stringify(smart, (key, value) => (key === 'position' ? undefined : value))
    expect(texts).toContain('"smart":"He said “hello” – it’s fine — really… ‘quoted’ and “"')
    expect(texts).toContain('"smart":"” 2–3 a––b "')
    // Code keeps what was written, and so does every node's own text.
    expect(texts).toContain('"value":"code \\"x\\" --"')
    expect(texts).toContain('"value":"He said \\"hello\\" -- it\'s fine --- really... \'quoted\' and \\""')
    expect(JSON.stringify(parseChapterSource(TEXT).tree)).not.toContain('"smart"')
  })

  it('shows on the page as mdBook does, while the model keeps the text and hash as written', async () => {
    const book = (html: string): Record<string, string> => ({
      'book.toml': `[book]\ntitle = "Smart"\n${html}`,
      'src/SUMMARY.md': '- [One](one.md)\n',
      'src/one.md': `# One\n\nr[one.a]\n${TEXT}`,
    })
    const rendered = async (root: string): Promise<{html: string; text: string; hash: string}> => {
      const model = await assembleModel(root, {cache: false})
      const chapter = model.spec.chapters[0]!
      const html = renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')
      return {html, text: chapter.blocks[1]!.text, hash: chapter.clauses[0]!.hash}
    }
    const on = await rendered(await writeTree(book('')))
    expect(on.html).toContain('He said “hello” – it’s fine — really… ‘quoted’ and “<em>em</em>” 2–3 a––b <code>code "x" --</code>')
    const off = await rendered(await writeTree(book('\n[output.html]\nsmart-punctuation = false\n')))
    expect(off.html).toContain('He said "hello" -- it\'s fine --- really... \'quoted\' and "<em>em</em>" 2--3 a----b')
    expect([on.text, on.hash]).toEqual([off.text, off.hash])
    expect(on.text).toContain('it\'s fine')
  })

  it('changes only punctuation, and nothing of the tree as written, for generated markdown', () => {
    const piece = fc.constantFrom(
      '"', "'", '--', '---', '----', '...', 'word', ' ', '*', '_', '**', '`c "x" --`', '[l "t"](u)', '[r]', '\n', '\n\n', '> ',
      '- ', '# ', "it's", '"a"', "'b'", '(', ')', '2--3', '\\"', '&quot;', '<span>"</span>', '```\n"x"\n```\n', 'r[a.b]\n', '| "a" | b |\n|---|---|\n',
    )
    const markdown = fc.array(piece, {maxLength: 30}).map((pieces) => pieces.join(''))
    // The typographic characters back to what they are typed as (the generator writes none of them).
    const typed = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/—/g, '---').replace(/–/g, '--').replace(/…/g, '...')
    let typesetRuns = 0
    fc.assert(
      fc.property(markdown, (text) => {
        const smart = parseChapterSource(text, {}, {smartPunctuation: true}).tree
        const typeset: Array<[string, string]> = []
        const strip = (node: Nodes): void => {
          if (node.type === 'text' && node.data?.smart !== undefined) {
            typeset.push([node.value, node.data.smart])
            delete node.data.smart
            if (Object.keys(node.data).length === 0) delete node.data
          }
          if ('children' in node) for (const child of node.children) strip(child)
        }
        strip(smart)
        expect(smart).toEqual(parseChapterSource(text).tree as Root)
        for (const [value, shown] of typeset) expect(typed(shown)).toBe(value)
        if (typeset.length > 0) typesetRuns++
      }),
      {numRuns: 1_000, seed: 3},
    )
    // The property is about typeset text: most runs must have some.
    expect(typesetRuns).toBeGreaterThan(500)
  })
})
