import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {searchRecords} from '../../src/search/search-records.ts'
import {PRINT_PAGE} from '../../src/build/site-pages.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const book = {
  'book.toml': '[book]\ntitle = "Tiny book"\n',
  'src/SUMMARY.md': [
    '# Summary',
    '',
    '[Introduction](intro.md)',
    '',
    '- [Items](items.md)',
    '    - [Functions](items/functions.md)',
    '- [Draft]()',
    '',
    '---',
    '',
    '# Appendices',
    '',
    '- [Glossary](glossary.md)',
    '',
  ].join('\n'),
  'src/intro.md': '# Introduction\n\nr[intro]\nSee [items.fn.intro] and [Functions](items/functions.md#r-items.fn.intro).\n',
  'src/items.md': '# Items\n\nr[items.intro]\nItems are [FunctionItem]s; see [`std::fmt`].\n\n```grammar,items\n@root Item -> FunctionItem\n\nFunctionItem -> `fn` IDENTIFIER\n\nIDENTIFIER -> <an identifier>\n```\n',
  'src/items/functions.md': '# Functions\n\nr[items.fn.intro]\nA function.\n\nMore of its clause.\n\n## Unlabelled\n\nUnlabelled exposition.\n\n[back](../items.md#items)\n',
  'src/glossary.md': '# Glossary\n\nA list of terms.\n',
}

describe('an mdBook, read unmodified', () => {
  it('follows SUMMARY.md: prefix chapters, nesting, parts and drafts', async () => {
    const {spec, project} = await assembleModel(await writeTree(book), {cache: false})
    expect(spec.title).toBe('Tiny book')
    expect(spec.chapters.map((chapter) => [chapter.id, chapter.depth, chapter.parentId, chapter.partId])).toEqual([
      ['intro', 0, null, 'book'],
      ['items', 0, null, 'book'],
      ['items/functions', 1, 'items', 'book'],
      ['glossary', 0, null, 'appendices'],
    ])
    expect(project.entries.find((entry) => entry.title === 'Draft')).toMatchObject({file: null, chapterId: null})
    expect(spec.parts.map((part) => part.title)).toEqual(['Tiny book', 'Appendices'])
  })

  it('lists draft chapters and separators in the navigation where SUMMARY.md has them, as mdBook does', async () => {
    const {rendered} = await renderSpec(await assembleModel(await writeTree(book), {cache: false}), {cache: false})
    expect(rendered.parts.map((part) => part.items)).toEqual([
      [{chapter: 'intro'}, {chapter: 'items'}, {chapter: 'items/functions'}, {draft: 'Draft', depth: 0, number: '2'}, {separator: true}],
      [{chapter: 'glossary'}],
    ])
  })

  it('numbers the chapters in SUMMARY.md lists as mdBook does, unless `no-section-label` is set', async () => {
    const numbers = async (toml: string): Promise<Array<[string, string | null]>> => {
      const {rendered} = await renderSpec(await assembleModel(await writeTree({...book, 'book.toml': toml}), {cache: false}), {cache: false})
      return rendered.chapters.map((chapter) => [chapter.id, chapter.number])
    }
    // The prefix chapter has none; the draft takes `2`; numbering goes on across the part and the separator.
    expect(await numbers(book['book.toml'])).toEqual([
      ['intro', null],
      ['items', '1'],
      ['items/functions', '1.1'],
      ['glossary', '3'],
    ])
    const unnumbered = [['intro', null], ['items', null], ['items/functions', null], ['glossary', null]]
    expect(await numbers(`${book['book.toml']}\n[output.html]\nno-section-label = true\n`)).toEqual(unnumbered)
    // `[specmark]` decides over mdBook's key.
    expect(await numbers(`${book['book.toml']}\n[specmark]\nchapterNumbers = false\n`)).toEqual(unnumbered)
  })

  it('treats text in a clause as normative and text no label covers as informative', async () => {
    const {spec} = await assembleModel(await writeTree(book), {cache: false})
    const functions = spec.chapters.find((chapter) => chapter.id === 'items/functions')!
    expect(functions.blocks.filter((block) => block.type === 'paragraph').map((block) => [block.ruleId, block.clause, block.kind])).toEqual([
      ['items.fn.intro', 'items.fn.intro', 'normative'],
      [null, 'items.fn.intro', 'normative'],
      [null, null, 'informative'],
      [null, null, 'informative'],
    ])
    expect(functions.clauses).toMatchObject([{id: 'items.fn.intro', kind: 'clause', text: 'A function. More of its clause.'}])
  })

  it('checks clean, and reports what is wrong at its place', async () => {
    expect(await check(await writeTree(book))).toEqual([])
    const broken = await writeTree({
      ...book,
      'src/SUMMARY.md': `${book['src/SUMMARY.md']}- [Missing](missing.md)\n- [Glossary again](glossary.md)\n`,
      'src/orphan.md': '# Orphan\n',
      'src/intro.md': '# Introduction\n\nr[intro]\nSee [items.fn.intr].\n',
    })
    const diagnostics = await check(broken)
    expect(positionsOf(diagnostics, 'missing-chapter-file')).toEqual(['SUMMARY.md:14:3'])
    // mdBook creates a missing file (`[build] create-missing`, on by default) and builds: a warning.
    expect(diagnostics.find((d) => d.code === 'missing-chapter-file')!.severity).toBe('warning')
    expect(positionsOf(diagnostics, 'chapter-listed-twice')).toEqual(['SUMMARY.md:15:3'])
    expect(positionsOf(diagnostics, 'unresolved-rule-link')).toEqual(['intro.md:4:5'])
    expect(diagnostics.find((d) => d.code === 'unresolved-rule-link')!.hint).toBe('did you mean `items.fn.intro`?')
    const orphan = diagnostics.find((d) => d.code === 'unreachable-markdown-file')!
    expect([orphan.place?.file, orphan.severity]).toEqual(['orphan.md', 'warning'])
  })

  it('reads a missing chapter as mdBook creates it, `# Title`, without writing it, unless create-missing is off', async () => {
    const summary = `${book['src/SUMMARY.md']}- [Layout & <ABI>](layout.md)\n    - [Enums](layout/enums.md)\n`
    const root = await writeTree({...book, 'src/SUMMARY.md': summary, 'src/layout/enums.md': '# Enums\n\nSee [layout](../layout.md).\n'})
    const {spec} = await assembleModel(root, {cache: false})
    const layout = spec.chapters.find((chapter) => chapter.id === 'layout')!
    expect([layout.title, layout.blocks.length]).toEqual(['Layout & <ABI>', 1])
    expect(fs.existsSync(path.join(root, 'src/layout.md'))).toBe(false)
    expect((await check(root)).map((d) => `${d.severity} ${d.code}`)).toEqual(['warning missing-chapter-file'])
    const strict = await writeTree({...book, 'book.toml': '[book]\ntitle = "Tiny book"\n\n[build]\ncreate-missing = false\n', 'src/SUMMARY.md': summary, 'src/layout/enums.md': '# Enums\n\nSee [layout](../layout.md).\n'})
    expect((await check(strict)).map((d) => `${d.severity} ${d.code}`)).toEqual(['error missing-chapter-file', 'warning unresolved-internal-link'])
  })

  it('reports what only mdbook-spec rejects as a warning in a book that does not run it, as mdBook builds it', async () => {
    const grammar = '# RFC\n\n```grammar,x\nGenericArgs -> `<` GenericArgList `>`\n\nGenericArgs -> `<` `>`\n\nBroken -> ( `x`\n```\n\n> [!DANGER]\n> Careful.\n'
    const files = {'book.toml': '[book]\ntitle = "RFCs"\n', 'src/SUMMARY.md': '- [RFC](rfc.md)\n', 'src/rfc.md': grammar}
    const severities = async (tree: Record<string, string>): Promise<string[]> => (await check(await writeTree(tree))).map((d) => `${d.severity} ${d.code}`).sort()
    const found = ['duplicate-production', 'grammar-syntax-error', 'unknown-admonition-kind', 'unresolved-grammar-name']
    expect(await severities(files)).toEqual(found.map((code) => `warning ${code}`))
    const spec = {...files, 'book.toml': '[book]\ntitle = "RFCs"\n\n[preprocessor.spec]\ncommand = "mdbook-spec"\n'}
    expect(await severities(spec)).toEqual(found.map((code) => `error ${code}`))
  })

  it('says nothing of a preprocessor with nothing to do: gettext without a catalog for the language, alerts', async () => {
    const toml = '[book]\ntitle = "Tiny book"\nlanguage = "de"\n\n[preprocessor.gettext]\nafter = ["links"]\n\n[preprocessor.alerts]\n'
    expect(positionsOf(await check(await writeTree({...book, 'book.toml': toml})), 'unknown-preprocessor')).toEqual([])
    // With `po/de.po`, gettext would translate the book, which specmark does not.
    expect(positionsOf(await check(await writeTree({...book, 'book.toml': toml, 'po/de.po': 'msgid ""\nmsgstr ""\n'})), 'unknown-preprocessor')).toEqual(['../book.toml:5:1'])
  })

  it('says nothing of a preprocessor whose input the book never writes, and where it does, how much and where', async () => {
    const toml = (options: string) => `[book]\ntitle = "Tiny book"\n\n[preprocessor.graphviz]\ncommand = "mdbook-graphviz"\n${options}\n[preprocessor.svgbob]\n`
    const graphs = '# Graphs\n\n```dot\ndigraph { a -> b }\n```\n\n- A list:\n\n  ```dot process\n  digraph { c -> d }\n  ```\n\n~~~dot process Title\ndigraph { e }\n~~~\n'
    const warnings = async (files: Record<string, string>) => (await check(await writeTree({...book, ...files}))).filter((d) => d.code === 'unknown-preprocessor')
    // wg-async's book configures mdbook-graphviz and draws no graph; no book here draws with svgbob.
    expect(await warnings({'book.toml': toml('')})).toEqual([])
    const drawn = await warnings({'book.toml': toml(''), 'src/intro.md': graphs})
    expect(drawn.map((d) => `${d.place?.start.line}${d.reason.replace(/^.*missing/, '')}`)).toEqual(['4 (2 ```dot process blocks, the first at src/intro.md:9:3)'])
    // A table with options of its own may read other blocks (`info-string`): warned whatever the text.
    expect((await warnings({'book.toml': toml('info-string = "graphviz"\n')})).map((d) => d.place?.start.line)).toEqual([4])
  })

  it('takes mdBook’s edit link and its repository link by its icon, as mdBook reads the icon', async () => {
    const html = '\n[output.html]\ngit-repository-url = "https://github.com/org/book"\nedit-url-template = "https://github.com/org/book/edit/main/{path}"\n'
    const project = async (toml: string) => (await assembleModel(await writeTree({...book, 'book.toml': `[book]\ntitle = "Tiny book"\n${toml}`}), {cache: false})).project
    const withLinks = await project(html)
    expect(withLinks.settings).toMatchObject({footerLinks: [], editUrlTemplate: 'https://github.com/org/book/edit/main/{path}'})
    expect(withLinks.repository).toEqual({url: 'https://github.com/org/book', icon: {style: 'brands', name: 'github'}, iconPlace: null})
    expect((await project(`${html}git-repository-icon = "fas-code-fork"\n`)).repository?.icon).toEqual({style: 'solid', name: 'code-fork'})
    expect((await project('')).repository).toBeUndefined()
    // mdBook 0.4's default, `fa-github`, is a brand in Font Awesome 6: drawn as one, and said so where it is written.
    const old = await writeTree({...book, 'book.toml': `[book]\ntitle = "Tiny book"\n${html}git-repository-icon = "fa-github"\n`})
    expect(positionsOf(await check(old), 'unknown-repository-icon')).toEqual(['../book.toml:7:1'])
  })
})

describe("an mdBook's hidden code lines", () => {
  const hiding = {
    'book.toml': '[book]\ntitle = "Hiding"\n\n[output.html.code.hidelines]\npython = "~"\n',
    'src/SUMMARY.md': '- [Code](code.md)\n',
    // mdBook's guide's own examples (format/mdbook.md): the book's prefix, and a block's own.
    'src/code.md': [
      '# Code',
      '',
      '```python',
      '~hidden()',
      'nothidden():',
      '~    hidden()',
      '    ~hidden()',
      '    nothidden()',
      '```',
      '',
      '```python,hidelines=!!!',
      '!!!hidden()',
      'nothidden():',
      '    !!!hidden()',
      '```',
      '',
      '```bash',
      '~not hidden: no prefix for bash',
      '```',
      '',
    ].join('\n'),
  }

  it('leaves the lines of a language prefix, or of a block prefix, out of sight, as mdBook does', async () => {
    const model = await assembleModel(await writeTree(hiding), {cache: false})
    const {rendered} = await renderSpec(model, {cache: false})
    const blocks = rendered.chapters[0]!.blocks.map((block) => block.html).filter((html) => html.includes('<pre'))
    const text = (html: string): string => html.replace(/<[^>]+>/g, '').replace(/&#x3C;|&lt;/g, '<')
    const [book, own, bash] = blocks.map((html) => [text(html.split('<details')[0]!), html.includes('<details') ? text(`<details${html.split('<details')[1]!}`) : null])
    expect(book![0]).toBe('nothidden():\n    nothidden()')
    expect(book![1]).toBe('Show hidden lineshidden()\nnothidden():\n    hidden()\n    hidden()\n    nothidden()')
    expect(own![0]).toBe('nothidden():')
    expect(own![1]).toBe('Show hidden lineshidden()\nnothidden():\n    hidden()')
    expect(bash).toEqual(['~not hidden: no prefix for bash', null])
    // Nor does search index what no reader sees.
    const content = searchRecords(model.spec, {hidelines: model.project.codeHidelines}).flatMap((record) => record.blocks.map((block) => block.text)).join('\n')
    expect(content).toContain('nothidden():')
    expect(content).not.toMatch(/(^|\s)(~|!!!)?hidden\(\)/)
  })
})

describe("an mdBook's not-found page", () => {
  const withNotFound = {...book, 'src/404.md': '# Lost\n\nNothing here; try [the introduction](intro.md).\n', 'src/pages/gone.md': '# Gone\n\nThis page is gone.\n'}

  it('is its 404.md, or the file input-404 names: the body of the 404 page, no chapter, not unreachable', async () => {
    const model = await assembleModel(await writeTree(withNotFound), {cache: false})
    expect(model.spec.chapters.map((chapter) => chapter.file)).not.toContain('404.md')
    const {rendered} = await renderSpec(model, {cache: false})
    expect(rendered.notFound!.html).toContain('<h1 id="lost">Lost')
    expect(rendered.notFound!.html).toContain('href="/intro.html"')
    // The other markdown file nothing lists is still an unlisted chapter, reported.
    expect(positionsOf(await check(await writeTree(withNotFound)), 'unreachable-markdown-file')).toEqual(['pages/gone.md:1:1'])
    const named = {...withNotFound, 'book.toml': `${book['book.toml']}\n[output.html]\ninput-404 = "pages/gone.md"\n`}
    const {rendered: renamed} = await renderSpec(await assembleModel(await writeTree(named), {cache: false}), {cache: false})
    expect(renamed.notFound!.html).toContain('This page is gone.')
    // Now 404.md is a markdown file like any other.
    expect(positionsOf(await check(await writeTree(named)), 'unreachable-markdown-file')).toEqual(['404.md:1:1'])
    const {rendered: plain} = await renderSpec(await assembleModel(await writeTree(book), {cache: false}), {cache: false})
    expect(plain.notFound).toBeNull()
  })

  it('is built into book/ beside book.toml unless told otherwise, as mdbook build does', async () => {
    const root = await writeTree(book)
    expect((await assembleModel(root, {cache: false})).project.defaultOut).toBe(path.join(root, 'book'))
    const other = await writeTree({...book, 'book.toml': `${book['book.toml']}\n[build]\nbuild-dir = "../site"\n`})
    expect((await assembleModel(other, {cache: false})).project.defaultOut).toBe(path.resolve(other, '../site'))
  })

  it('forwards mdBook’s print.html to the print page, and links to it resolve, unless print is off', async () => {
    const linking = {...book, 'src/glossary.md': '# Glossary\n\nThe [whole book](print.html).\n'}
    const model = await assembleModel(await writeTree(linking), {cache: false})
    expect(model.project.redirects).toEqual({'/print.html': PRINT_PAGE})
    expect(positionsOf(await check(await writeTree(linking)), 'unresolved-internal-link')).toEqual([])
    const off = {...linking, 'book.toml': `${book['book.toml']}\n[output.html.print]\nenable = false\n`}
    expect((await assembleModel(await writeTree(off), {cache: false})).project.redirects).toEqual({})
    expect(positionsOf(await check(await writeTree(off)), 'unresolved-internal-link')).toEqual(['glossary.md:3:5'])
    // The book's own entry for print.html stands.
    const own = {...linking, 'book.toml': `${book['book.toml']}\n[output.html.redirect]\n"/print.html" = "glossary.html"\n`}
    expect((await assembleModel(await writeTree(own), {cache: false})).project.redirects).toEqual({'/print.html': 'glossary.html'})
  })

  it('refuses an input-404 that names no file, at the key, as mdBook refuses the book', async () => {
    const missing = {...book, 'book.toml': `${book['book.toml']}\n[output.html]\ninput-404 = "nowhere.md"\n`}
    await expect(assembleModel(await writeTree(missing), {cache: false})).rejects.toThrow(/book\.toml:5:1: `input-404 = "nowhere.md"`: no such file in `src`/)
  })
})

describe("an mdBook's runnable examples", () => {
  const examples = (toml: string) => ({
    'book.toml': `[book]\ntitle = "Runnable"\n${toml}`,
    'src/SUMMARY.md': '- [Code](code.md)\n',
    'src/code.md': ['# Code', '', '```rust', 'let a = 1;', '```', '', '```rust,edition2021', 'let b = 2;', '```', '', '```rust,ignore', 'let c = 3;', '```', '', '```text', 'not rust', '```', '', '```rust,ignore,mdbook-runnable', 'let d = 4;', '```', ''].join('\n'),
  })
  const editions = async (toml: string): Promise<Array<string | null>> => {
    const {rendered} = await renderSpec(await assembleModel(await writeTree(examples(toml)), {cache: false}), {cache: false})
    return rendered.chapters[0]!.blocks.filter((block) => block.html.includes('<pre')).map((block) => /data-playground="([^"]*)"/.exec(block.html)?.[1] ?? null)
  }

  it('marks the examples mdBook gives a play button, with the edition they run in', async () => {
    // The book's `[rust] edition` (mdBook's 2015 when unset), an example's own, none for `ignore` or another
    // language; `mdbook-runnable` runs an `ignore` example, even in a book whose examples do not run.
    expect(await editions('')).toEqual(['2015', '2021', null, null, '2015'])
    expect(await editions('\n[rust]\nedition = "2024"\n')).toEqual(['2024', '2021', null, null, '2024'])
    expect(await editions('\n[output.html.playground]\nrunnable = false\n')).toEqual([null, null, null, null, '2015'])
  })

  it('makes an example marked `editable` editable, every line shown, only in a book whose examples are', async () => {
    const book = (toml: string) => ({
      'book.toml': `[book]\ntitle = "Editable"\n${toml}`,
      'src/SUMMARY.md': '- [Code](code.md)\n',
      'src/code.md': ['# Code', '', '```rust,editable', '# fn helper() {}', 'fn main() {', '    helper();', '}', '```', '', '```rust', '# fn hidden() {}', 'fn main() {}', '```', ''].join('\n'),
    })
    const blocks = async (toml: string) => {
      const {rendered} = await renderSpec(await assembleModel(await writeTree(book(toml)), {cache: false}), {cache: false})
      return rendered.chapters[0]!.blocks.filter((block) => block.html.includes('<pre')).map((block) => block.html)
    }
    const [editable, plain] = await blocks('\n[output.html.playground]\neditable = true\n')
    expect(editable).toContain('data-editable')
    // Line numbers only where the book asks for them (`line-numbers`), as mdBook's editor shows them.
    expect(editable).not.toContain('data-line-numbers')
    expect((await blocks('\n[output.html.playground]\neditable = true\nline-numbers = true\n'))[0]).toContain('data-line-numbers')
    // mdBook's editor shows the hidden line (without its `# `): nothing is left to a "Show hidden lines".
    expect(editable).toContain('helper')
    expect(editable!.replace(/<[^>]+>/g, '')).toContain('fn helper() {}\nfn main() {')
    expect(editable).not.toContain('hidden-lines')
    // Not marked `editable`: hidden lines as ever.
    expect(plain).not.toContain('data-editable')
    expect(plain).toContain('hidden-lines')
    // Marked, in a book whose examples are not editable (mdBook's default): as any other example.
    const [off] = await blocks('')
    expect(off).not.toContain('data-editable')
    expect(off).toContain('hidden-lines')
  })
})
