import {describe, expect, it} from 'vitest'
import {chapterHtml, loadChapters, renderMarkdown} from './render-helper.ts'

describe('links', () => {
  it('renders unresolved references back as the literal text they were', async () => {
    const html = await renderMarkdown('Plain [label], [text][label], [text][] and [*emphasis* inside] stay.\n')
    expect(html).toContain('<p>Plain [label], [text][label], [text][] and [<em>emphasis</em> inside] stay.</p>')
  })

  it('links rule IDs, grammar names, chapters and anchors where check resolves them', async () => {
    const model = await loadChapters({
      first: 'r[first.rule]\nText.\n\n## A section\n\n```grammar,g\nThing -> `x`\n```\n',
      second: 'See [first.rule], [the rule][first.rule], [Thing], [that section](first.md#a-section) and [here](#top).\n\n# Top\n',
    })
    const html = chapterHtml(model, 'second')
    expect(html).toContain('<a href="/first/#r-first.rule" class="rule-ref">first.rule</a>')
    expect(html).toContain('<a href="/first/#r-first.rule" class="rule-ref">the rule</a>')
    expect(html).toContain('<a href="/first/#grammar-Thing" class="grammar-ref">Thing</a>')
    expect(html).toContain('<a href="/first/#a-section" class="chapter-ref">that section</a>')
    expect(html).toContain('<a href="#top">here</a>')
  })

  it('uses link definitions, including ones naming rule IDs', async () => {
    const html = await renderMarkdown('r[main.a]\nA [link][def] and [external][ext].\n\n[def]: main.a\n[ext]: https://example.com/ "Example"\n')
    expect(html).toContain('<a href="#r-main.a" class="rule-ref">link</a>')
    expect(html).toContain('<a href="https://example.com/" class="external" title="Example">external</a>')
  })

  it('renders term definitions as dfn and term uses as links to them', async () => {
    const model = await loadChapters({
      defs: 'A [basic block](dfn:) and a [place](dfn:place-expression).\n',
      uses: 'Each [basic block](term:) and [places](term:place-expression).\n',
    })
    expect(chapterHtml(model, 'defs')).toContain('<dfn id="term-basic-block" class="term-def">basic block</dfn>')
    expect(chapterHtml(model, 'uses')).toContain('<a href="/defs/#term-basic-block" class="term-ref">basic block</a>')
    expect(chapterHtml(model, 'uses')).toContain('<a href="/defs/#term-place-expression" class="term-ref">places</a>')
  })

  it('links standard-library paths to the documentation search', async () => {
    const html = await renderMarkdown('The [`Option`] type and [`std::mem::swap`].\n')
    expect(html).toContain('<a href="https://doc.rust-lang.org/std/index.html?search=Option" class="std-ref"><code>Option</code></a>')
    expect(html).toContain('href="https://doc.rust-lang.org/std/index.html?search=std%3A%3Amem%3A%3Aswap"')
  })

  it('renders GFM tables and footnotes', async () => {
    const html = await renderMarkdown('| a | b |\n|---|:-:|\n| 1 | 2 |\n\nText[^n].\n\n[^n]: The note.\n')
    expect(html).toContain('<table>')
    expect(html).toContain('<td align="center">2</td>')
    expect(html).toContain('<section data-footnotes class="footnotes">')
    expect(html).toContain('The note.')
  })
})
