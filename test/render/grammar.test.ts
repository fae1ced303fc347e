import {describe, expect, it} from 'vitest'
import {chapterHtml, loadChapters} from './render-helper.ts'

describe('grammar blocks', () => {
  it('anchors each production and links each nonterminal to its production, in any chapter', async () => {
    const loaded = await loadChapters({
      exprs: '```grammar,expressions\n@root Expression ->\n      Literal\n    | Block\n\nLiteral -> `true` | `false`\n```\n',
      blocks: '```grammar,blocks\nBlock -> `{` Expression? `}`\n```\n',
    })
    const html = chapterHtml(loaded, 'exprs')
    // `@root` is hidden, as mdbook-spec hides it.
    expect(html).toContain('<code class="language-grammar"><span class="grammar-name" id="grammar-Expression">Expression</span> ->')
    expect(html).toContain('<a href="#grammar-Literal" class="grammar-ref">Literal</a>')
    expect(html).toContain('<a href="/blocks/#grammar-Block" class="grammar-ref">Block</a>')
    expect(html).toContain('<span class="grammar-name" id="grammar-Literal">Literal</span> -> `true` | `false`')
    const other = chapterHtml(loaded, 'blocks')
    expect(other).toContain('<a href="/exprs/#grammar-Expression" class="grammar-ref">Expression</a>?')
  })

  it('renders suffixes as subscripts and footnote markers as superscripts (the dev-guide notation)', async () => {
    const html = chapterHtml(await loadChapters({main: '```grammar,x\nA -> B _except [C]_ | D[^note]\n\nB -> `b`\n\nC -> `c`\n\nD -> `d`\n```\n'}))
    expect(html).toContain('<sub class="grammar-suffix">except [C]</sub>')
    expect(html).toContain('<sup class="grammar-footnote">note</sup>')
    expect(html).not.toContain('_except')
  })

  it('marks a nonterminal without a production', async () => {
    const html = chapterHtml(await loadChapters({main: '```grammar,x\nA -> Missing\n```\n'}))
    expect(html).toContain('<span class="unresolved">Missing</span>')
  })

  it('renders the grammar summary directive as every production, linked to its definition', async () => {
    const loaded = await loadChapters({
      defs: '```grammar,items\nItem -> Name `;`\n\nName -> `x`\n```\n',
      summary: '# Grammar summary\n\n{{ grammar-summary }}\n',
    })
    const html = chapterHtml(loaded, 'summary')
    expect(html).toContain('<a href="/defs/#grammar-Item" class="grammar-name">Item</a> -> <a href="/defs/#grammar-Name" class="grammar-ref">Name</a> `;`')
    expect(html).not.toContain('id="grammar-Item"')
    expect(html).not.toContain('{{')
  })
})
