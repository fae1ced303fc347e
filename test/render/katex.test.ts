/**
 * mdbook-katex: in an mdBook with `[preprocessor.katex]`, `$…$` and `$$…$$` are math, found in the
 * markdown before it is parsed (`src/parse/katex.ts`) as mdbook-katex finds it: markdown never reads the
 * TeX, `\$` is a dollar, code between backticks is skipped. The model records it (for `invalid-math`),
 * the renderer typesets it as MathML with the book's macros, or leaves it as written in escape mode.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DEFAULT_DELIMITERS, scanKatexMath} from '../../src/parse/katex.ts'
import {parseMarkdown} from '../../src/parse/parse-markdown.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const CHAPTER = [
  '# Math',
  '',
  'Emphasis is no markdown in $a*b*c$, nor a matrix $$\\begin{pmatrix} a \\\\ b \\end{pmatrix}$$ here.',
  '',
  'A price of \\$5 and \\$6, and `$code$` and a *real* emphasis.',
  '',
  '$$',
  '\\grad f(x) \\in \\R{n}',
  '$$',
  '',
  '| Syntax | Math |',
  '| --- | --- |',
  '| x | $\\vec{a}$ |',
  '',
  '~~~text',
  'fenced $kept$ as written',
  '~~~',
  '',
  'Broken $\\frac{1}{$ math.',
  '',
  'Unclosed $ dollar.',
  '',
].join('\n')

function book(table: string): Record<string, string> {
  return {
    'book.toml': `[book]\ntitle = "KaTeX"\n${table}`,
    'macros.txt': '\\grad:{\\nabla}\n\\R:{\\mathbb{R}^{#1}}\nnot a macro line\n',
    'src/SUMMARY.md': '- [Math](math.md)\n',
    'src/math.md': CHAPTER,
  }
}

const KATEX = '\n[preprocessor.katex]\nafter = ["links"]\nmacros = "macros.txt"\n'

describe('mdbook-katex', () => {
  it('scans as mdbook-katex does: escapes, backtick code, display first, unclosed ends the scan', () => {
    const texts = (text: string) => scanKatexMath(text, DEFAULT_DELIMITERS).map((math) => [math.tex, math.display])
    expect(texts('a $x$ b $$y$$ c')).toEqual([['x', false], ['y', true]])
    expect(texts('\\$5 and \\$6')).toEqual([])
    expect(texts('`$x$` and ``a ` $y$ `` $z$')).toEqual([['z', false]])
    expect(texts('$r \\xleftarrow{\\$} G$')).toEqual([['r \\xleftarrow{\\$} G', false]])
    expect(texts('$a$$b$')).toEqual([['a', false], ['b', false]])
    expect(texts('$$a$ and more')).toEqual([])
    expect(scanKatexMath('\\(x\\) and \\[y\\]', {inline: {left: '\\(', right: '\\)'}, block: {left: '\\[', right: '\\]'}}).map((math) => math.tex)).toEqual(['x', 'y'])
  })

  it('parses math as nodes placed where written, the text around it as markdown', () => {
    const delimiters = DEFAULT_DELIMITERS
    const tree = parseMarkdown('Say *hi* to $a*b*c$ and\n$$\nx_1\n$$ done.\n', {katex: delimiters})
    const paragraph = tree.children[0]!
    expect(paragraph.type).toBe('paragraph')
    const children = (paragraph as {children: Array<{type: string; value?: string; position?: {start: {line: number; column: number}}}>}).children
    expect(children.map((child) => child.type)).toEqual(['text', 'emphasis', 'text', 'inlineMath', 'text', 'displayMath', 'text'])
    expect(children[3]!.value).toBe('a*b*c')
    expect(children[3]!.position!.start).toMatchObject({line: 1, column: 13})
    expect(children[5]!.value).toBe('\nx_1\n')
    expect(children[5]!.position!.start).toMatchObject({line: 2, column: 1})
    expect(children[6]!.value).toBe(' done.')
    // Inline math right before displayed math (a line apart) is two nodes, as the halo2 book writes it.
    const next = parseMarkdown('> for all $\\a$\n$$\nx\n$$\n', {katex: delimiters}).children[0] as {children: Array<{children: Array<{type: string; value?: string}>}>}
    expect(next.children[0]!.children.map((child) => [child.type, child.value])).toEqual([
      ['text', 'for all '],
      ['inlineMath', '\\a'],
      ['text', '\n'],
      ['displayMath', '\nx\n'],
    ])
  })

  it('typesets the math with the book’s macros, records it, and reports what does not typeset', async () => {
    const root = await writeTree(book(KATEX))
    const model = await assembleModel(root, {cache: false})
    const chapter = model.spec.chapters[0]!
    const html = renderChapter(chapterRenderInput(model, chapter, '/')).blocks.map((block) => block.html).join('\n')
    // `a*b*c` is math, not emphasis; the matrix keeps its `\\`.
    expect(html).toContain('<annotation encoding="application/x-tex">a*b*c</annotation>')
    expect(html).toContain('\\begin{pmatrix} a \\\\ b \\end{pmatrix}</annotation>')
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">')
    // The macros file's: `\grad` is ∇, `\R{n}` ℝ to the n.
    expect(html).toContain('<mi mathvariant="normal">∇</mi><mi>f</mi>')
    expect(html).toContain('<mi mathvariant="double-struck">R</mi>')
    expect(html).toContain('A price of $5 and $6, and <code>$code$</code> and a <em>real</em> emphasis.')
    expect(html).toContain('<annotation encoding="application/x-tex">\\vec{a}</annotation>')
    expect(html).toContain('fenced $kept$ as written')
    expect(html).toContain('Unclosed $ dollar.')
    expect(html).not.toMatch(/[\uFDD0-\uFDD3]/)
    expect(chapter.blocks.find((block) => block.text.startsWith('Emphasis'))?.text).toContain('a*b*c')
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'invalid-math')).toEqual(['math.md:19:8'])
    expect(positionsOf(diagnostics, 'unknown-preprocessor')).toEqual([])
  })

  it('leaves the math as written in escape mode, with the delimiters the table sets', async () => {
    const table = '\n[preprocessor.katex]\npre-render = false\ninline-delimiter = { left = "\\\\(", right = "\\\\)" }\n'
    const root = await writeTree({...book(table), 'src/math.md': '# Math\n\nSee \\(a*b*c\\) and $x$.\n'})
    const model = await assembleModel(root, {cache: false})
    const html = renderChapter(chapterRenderInput(model, model.spec.chapters[0]!, '/')).blocks.map((block) => block.html).join('\n')
    expect(html).toContain('<p>See \\(a*b*c\\) and $x$.</p>')
  })

  it('refuses a macros file that is not there, or outside the book’s folder, at its key', async () => {
    const root = await writeTree(book(KATEX))
    await fs.rm(path.join(root, 'macros.txt'))
    await expect(check(root)).rejects.toThrow(/book\.toml:6:1: `macros = "macros.txt"`: no such file/)
    // Nor one outside the folder the book may read from (its definitions are typeset into its pages).
    const files = book(KATEX.replace('macros = "macros.txt"', 'macros = "../elsewhere.txt"'))
    const outside = await writeTree({'elsewhere.txt': '\\secret:x\n', ...Object.fromEntries(Object.entries(files).map(([file, text]) => [`book/${file}`, text]))})
    await expect(check(path.join(outside, 'book'))).rejects.toThrow(/book\.toml:6:1: `macros = "\.\.\/elsewhere\.txt"`: outside the folder the book may read from/)
  })

  it('leaves dollars as text in a book without the preprocessor', async () => {
    const model = await assembleModel(await writeTree(book('')), {cache: false})
    const html = renderChapter(chapterRenderInput(model, model.spec.chapters[0]!, '/')).blocks.map((block) => block.html).join('\n')
    expect(html).not.toContain('<math')
    expect(html).toContain('<em>b</em>')
  })
})
