/**
 * An mdBook with `mathjax-support = true`: the TeX MathJax would typeset in the page's text, delimited as
 * MathJax's defaults and mdBook's guide have it, comes out as MathML; code, books without the setting and
 * text that only looks like a delimiter are left as they are.
 */
import {describe, expect, it, vi} from 'vitest'
import {hastToReqifXhtml} from '../../src/export/xhtml.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {fromHtml} from 'hast-util-from-html'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const CHAPTER = [
  '# Math',
  '',
  'Inline \\\\( \\int x dx = \\frac{x^2}{2} + C \\\\) in a sentence.',
  '',
  '\\\\[ \\mu = \\frac{1}{N} \\sum_{i=0} x_i \\\\]',
  '',
  'Dollars: $$ a^2 + b^2 = c^2 $$, and a price of $5.',
  '',
  'Code keeps it: `\\\\( x \\\\)`.',
  '',
  '```text',
  '\\\\[ y \\\\]',
  '```',
  '',
  'An environment needs none: \\begin{equation} E = mc^2 \\end{equation}.',
  '',
  'Unclosed \\\\( stays text.',
  '',
  'Broken \\\\( \\frac{1}{ \\\\) is shown as written.',
  '',
  '<p>Raw HTML too: \\(z\\)</p>',
  '',
].join('\n')

function book(mathjax: boolean): Promise<string> {
  return writeTree({
    'book.toml': `[book]\ntitle = "Math"\n\n[output.html]\nmathjax-support = ${mathjax}\n`,
    'src/SUMMARY.md': '- [Math](math.md)\n',
    'src/math.md': CHAPTER,
  })
}

async function renderBook(mathjax: boolean): Promise<string> {
  const root = await book(mathjax)
  const model = await assembleModel(root, {cache: false})
  const chapter = model.spec.chapters[0]!
  return renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')
}

/** The text of the TeX annotations in `html`, in order: what was typeset. */
function typeset(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">(.*?)<\/annotation>/g)].map((match) => match[1]!.trim())
}

describe('math in an mdBook with mathjax-support', () => {
  it('typesets what MathJax would, as MathML, and nothing else', async () => {
    const html = await renderBook(true)
    expect(typeset(html)).toEqual(['\\int x dx = \\frac{x^2}{2} + C', '\\mu = \\frac{1}{N} \\sum_{i=0} x_i', 'a^2 + b^2 = c^2', '\\begin{equation} E = mc^2 \\end{equation}', 'z'])
    expect(html).toContain('<mfrac><msup><mi>x</mi><mn>2</mn></msup><mn>2</mn></mfrac>')
    // Display math is a block; the text around inline math stays where it was.
    expect(html.match(/<math [^>]*display="block"/g)).toHaveLength(3)
    expect(html).toContain('<p>Inline <span class="katex"><math')
    expect(html).toContain('</math></span> in a sentence.</p>')
    expect(html).toContain('and a price of $5.')
    expect(html).toContain('<code>\\\\( x \\\\)</code>')
    expect(html).toContain('<code class="language-text">\\\\[ y \\\\]</code>')
    expect(html).toContain('Unclosed \\( stays text.')
    // TeX that does not parse is left as written, marked, with the reason.
    expect(html).toMatch(/<span class="katex-error" title="ParseError: [^"]+" style="color:#cc0000"> \\frac\{1\}\{ <\/span>/)
  })

  it('typesets TeX that is not quite LaTeX without a word on the console, and no larger than a page', async () => {
    const warn = vi.spyOn(console, 'warn')
    try {
      const root = await writeTree({
        'book.toml': '[book]\ntitle = "Math"\n\n[output.html]\nmathjax-support = true\n',
        'src/SUMMARY.md': '- [Math](math.md)\n',
        'src/math.md': '# Math\n\nAccented \\\\( é \\\\) and a long rule \\\\( \\rule{10000em}{1em} \\\\).\n',
      })
      const model = await assembleModel(root, {cache: false})
      const html = renderChapter(chapterRenderInput(model, model.spec.chapters[0]!, '/')).blocks.map((block) => block.html).join('\n')
      expect(html.match(/<math/g)).toHaveLength(2)
      expect(html).toContain('width="50em"')
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  })

  it('leaves the TeX alone in a book without the setting, as mdBook without MathJax does', async () => {
    const html = await renderBook(false)
    expect(html).not.toContain('<math')
    expect(html).toContain('Inline \\( \\int x dx = \\frac{x^2}{2} + C \\) in a sentence.')
  })

  it('reports the TeX that does not typeset where it is written, with KaTeX’s reason', async () => {
    const diagnostics = await check(await book(true))
    const line = CHAPTER.split('\n').findIndex((text) => text.startsWith('Broken')) + 1
    expect(positionsOf(diagnostics, 'invalid-math')).toEqual([`math.md:${line}:12`])
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'invalid-math')!.reason).toContain('`\\frac{1}{` does not typeset: ')
    // Without the setting the text is no math.
    expect(positionsOf(await check(await book(false)), 'invalid-math')).toEqual([])
  })

  it('keeps the TeX as text in the ReqIF export, which has no MathML', async () => {
    const html = await renderBook(true)
    const first = html.split('\n').find((line) => line.startsWith('<p>Inline'))!
    expect(hastToReqifXhtml(fromHtml(first, {fragment: true}).children)).toBe('<xhtml:p>Inline <xhtml:span class="katex"><xhtml:span class="math">\\int x dx = \\frac{x^2}{2} + C</xhtml:span></xhtml:span> in a sentence.</xhtml:p>')
  })
})
