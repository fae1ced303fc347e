import {describe, expect, it} from 'vitest'
import {chapterHtml, loadChapters} from './render-helper.ts'

describe('grammar blocks', () => {
  it('anchors each production and links each nonterminal to its production, in any chapter', async () => {
    const model = await loadChapters({
      exprs: '```grammar,expressions\n@root Expression ->\n      Literal\n    | Block\n\nLiteral -> `true` | `false`\n```\n',
      blocks: '```grammar,blocks\nBlock -> `{` Expression? `}`\n```\n',
    })
    const html = chapterHtml(model, 'exprs')
    // `@root` is hidden, as mdbook-spec hides it.
    expect(html).toContain('<code class="language-grammar"><span class="grammar-name" id="grammar-Expression">Expression</span> ->')
    expect(html).toContain('<a href="#grammar-Literal" class="grammar-ref">Literal</a>')
    expect(html).toContain('<a href="/blocks/#grammar-Block" class="grammar-ref">Block</a>')
    expect(html).toContain('<span class="grammar-name" id="grammar-Literal">Literal</span> -> `true` | `false`')
    const other = chapterHtml(model, 'blocks')
    expect(other).toContain('<a href="/exprs/#grammar-Expression" class="grammar-ref">Expression</a>?')
  })

  it('renders suffixes as subscripts with their links, and footnote markers as superscripts (the dev-guide notation)', async () => {
    const html = chapterHtml(await loadChapters({main: '```grammar,x\nA -> B _except [C] and `$`_ | D[^note]\n\nB -> `b`\n\nC -> `c`\n\nD -> `d`\n```\n'}))
    expect(html).toContain('<sub class="grammar-suffix">except <a href="#grammar-C" class="grammar-ref">C</a> and <code>$</code></sub>')
    expect(html).toContain('<sup class="grammar-footnote">note</sup>')
    expect(html).not.toContain('_except')
  })

  it('links a suffix\'s rule links, grammar links and defined labels as mdbook-spec does, in the block and in the summary', async () => {
    const model = await loadChapters({
      tokens: '# Tokens\n\nr[lex.token.delim]\nDelimiters.\n\n```grammar,x\nT -> `t`\n```\n',
      main:
        '# Main\n\nr[main.syntax]\n```grammar,x\nA -> T _except [delimiters][lex.token.delim], [lex.token.delim], [T], [the rule] and [plain words]_\n```\n\n[the rule]: lex.token.delim\n',
      summary: '# Grammar summary\n\n{{ grammar-summary }}\n',
    })
    const html = chapterHtml(model, 'main')
    const rule = '<a href="/tokens/#r-lex.token.delim" class="rule-ref">'
    expect(html).toContain(`<sub class="grammar-suffix">except ${rule}delimiters</a>, ${rule}lex.token.delim</a>, <a href="/tokens/#grammar-T" class="grammar-ref">T</a>, ${rule}the rule</a> and [plain words]</sub>`)
    // The summary shows the same links, resolved where the production is defined.
    expect(chapterHtml(model, 'summary')).toContain(`<sub class="grammar-suffix">except ${rule}delimiters</a>, ${rule}lex.token.delim</a>, <a href="/tokens/#grammar-T" class="grammar-ref">T</a>, ${rule}the rule</a> and [plain words]</sub>`)
    // They are the model's references of the grammar block, so `check` sees them.
    const block = model.spec.chapters.find((chapter) => chapter.id === 'main')!.blocks.find((candidate) => candidate.type === 'grammar')!
    expect(block.refs.map((reference) => [reference.kind, reference.target, reference.resolved])).toEqual([
      ['rule', 'lex.token.delim', true],
      ['rule', 'lex.token.delim', true],
      ['grammar', 'T', true],
      ['rule', 'lex.token.delim', true],
    ])
  })

  it('links a footnote marker to the chapter\'s footnote, numbered with the others, as mdBook does', async () => {
    const html = chapterHtml(await loadChapters({main: 'Text.[^a]\n\n```grammar,x\nA -> `x`[^only-here]\n```\n\n[^a]: First.\n\n[^only-here]: Defined once, cited from the grammar.\n'}))
    expect(html).toMatch(/`x`<sup><a href="#user-content-fn-only-here"[^>]*>2<\/a><\/sup>/)
    // The footnote, cited only from the grammar, is rendered.
    expect(html).toContain('Defined once, cited from the grammar.')
  })

  it('draws railroad diagrams from the parsed grammar, behind a toggle, with ids unique on the page', async () => {
    const model = await loadChapters({
      main: '```grammar,x\nItem -> `fn` Name Args? Body* (`a` | `b`)+ Name{2..=4} !`x` ~[`y`] _except [Name]_\n\nName -> [`a`-`z`]+\n```\n\n```grammar,x\nBody -> `{` Item* `}`\n```\n',
      other: '```grammar,y\nArgs -> `(` Name `)`\n```\n',
      summary: '# Grammar summary\n\n{{ grammar-summary }}\n',
    })
    const html = chapterHtml(model, 'main')
    expect(html.match(/<details class="grammar-railroad"><summary>Syntax diagrams<\/summary>/g)).toHaveLength(2)
    expect(html).toMatch(/<div class="railroad-production" id="railroad-Item"><svg class="railroad" [^>]*role="group" aria-label="Syntax diagram of Item"><title>Syntax diagram of Item<\/title>/)
    // Nonterminals link to their production's diagram, on this page or another.
    expect(html).toContain('<a href="#railroad-Name"><text')
    expect(html).toContain('<a href="/other/#railroad-Args"><text')
    // mdbook-spec's labels for the constructs without a symbol of their own.
    for (const label of ['at most 2 more times', 'not followed by', 'with the exception of', 'except Name']) expect(html).toContain(label)
    expect(html).not.toContain('data-railroad')
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])
    expect(new Set(ids).size).toBe(ids.length)
    // The summary draws every production again under ids of its own, linking within the summary.
    const summary = chapterHtml(model, 'summary')
    expect(summary).toContain('id="railroad-summary-Item"')
    expect(summary).toContain('<a href="#railroad-summary-Name"><text')
    expect(summary).not.toContain('id="railroad-Item"')
  })

  it('marks a nonterminal without a production', async () => {
    const html = chapterHtml(await loadChapters({main: '```grammar,x\nA -> Missing\n```\n'}))
    expect(html).toContain('<span class="unresolved">Missing</span>')
  })

  it('renders the grammar summary directive as every production, linked to its definition', async () => {
    const model = await loadChapters({
      defs: '```grammar,items\nItem -> Name `;`\n\nName -> `x`\n```\n',
      summary: '# Grammar summary\n\n{{ grammar-summary }}\n',
    })
    const html = chapterHtml(model, 'summary')
    expect(html).toContain('<a href="/defs/#grammar-Item" class="grammar-name">Item</a> -> <a href="/defs/#grammar-Name" class="grammar-ref">Name</a> `;`')
    expect(html).not.toContain('id="grammar-Item"')
    expect(html).not.toContain('{{')
  })
})
