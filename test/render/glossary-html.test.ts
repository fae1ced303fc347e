/**
 * The glossary's definitions are the defining paragraphs as rendered: links resolve (those within the
 * chapter lead to the chapter page), code stays code, and no id of the chapter is repeated on the page.
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

describe('glossary definitions', () => {
  it('keeps links and code, and points links within the chapter at its page', async () => {
    const root = await oneChapterSpec(
      '# Main\n\nr[main.intro]\nA [widget](dfn:) is a `Widget<T>` as [main.a] and [the docs](https://example.com/w) say[^n].\n\nr[main.a]\nRule a.\n\n[^n]: A note.\n'
    )
    const {rendered} = await renderSpec(await assembleModel(root, {cache: false}), {cache: false, base: '/docs/'})
    const [entry] = rendered.glossary
    expect(entry!.term).toBe('widget')
    const html = entry!.definitionHtml
    expect(html).toMatch(/^<p>A <dfn[^>]*>widget<\/dfn> is a <code>Widget&#x3C;T><\/code> as <a href="\/docs\/main\/#r-main\.a"/)
    expect(html).toContain('<a href="https://example.com/w"')
    // The footnote reference leads to the chapter's footnote, not to one on the glossary page.
    expect(html).toMatch(/href="\/docs\/main\/#[^"]*fn[^"]*"/)
    expect(html).not.toMatch(/\sid="/)
    expect(html).not.toMatch(/href="#/)
  })
})
