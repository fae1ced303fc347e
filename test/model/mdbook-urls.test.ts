/**
 * An mdBook's own URLs in `check`: relative `.html` links reach chapters (anchors checked), redirects of
 * `[output.html.redirect]` count as pages, links leaving the book keep their mdBook meaning, and images and
 * other files must exist; chapter pages are addressed `chapter.html` by default.
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {referenceHref} from '../../src/render/links.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {chapterPath, destinationHref} from '../../src/render/urls.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const book = (one: string, toml = ''): Record<string, string> => ({
  'book.toml': `[book]\ntitle = "Urls"\n\n[output.html.redirect]\n"/old.html" = "sub/two.html"\n"/sub/two.html#gone" = "two.html#kept"\n${toml}`,
  'src/SUMMARY.md': '- [One](one.md)\n- [Two](sub/two.md)\n- [Readme](sub/README.md)\n',
  'src/one.md': one,
  'src/sub/two.md': '# Two\n\n## Kept\n',
  'src/sub/README.md': '# Readme\n',
  'src/images/logo.png': 'png',
})

describe('an mdBook’s URLs', () => {
  it('resolves .html links, redirects, sibling books and assets', async () => {
    const ok = [
      '# One',
      '',
      '[two](sub/two.html), [kept](sub/two.html#kept), [readme](sub/index.html), [old](old.html), [gone](sub/two.html#gone),',
      '[std](../std/index.html), ![logo](images/logo.png) <img src="images/logo.png">',
      '',
    ].join('\n')
    expect(await check(await writeTree(book(ok)))).toEqual([])
    const bad = '# One\n\n[x](nothing.html) [y](sub/two.html#nope) ![z](images/missing.png)\n'
    const diagnostics = await check(await writeTree(book(bad)))
    expect(positionsOf(diagnostics, 'unresolved-internal-link')).toEqual(['one.md:3:1', 'one.md:3:19', 'one.md:3:42'])
    // mdBook builds all three (a missing page too); the spec layout's missing page is an error (test/check).
    expect(diagnostics.map((diagnostic) => diagnostic.severity)).toEqual(['warning', 'warning', 'warning'])
  })

  it('reaches through an .md link what mdBook’s .html for it reaches, and writes it as mdBook does', async () => {
    const text = [
      '# One',
      '',
      '[a](old.md) [b](old.md#x) [c](sub/two.md#gone) [d](../../other/book.md#s) [e](sub/two.md#nope) [f](#nope) [g](sub/two.md#kept)',
      // mdBook keeps a fragment only right after `.md`, and drops whatever else follows it.
      '[h](sub/two.md?highlight=x#nope) [i](sub/two.mdr) [j](/abs/x.md#y) [top](#)',
      '',
    ].join('\n')
    const root = await writeTree(book(text))
    const diagnostics = await check(root)
    // The two missing anchors, on pages that exist (mdBook builds the book and the links reach the
    // pages), and the two links mdBook publishes otherwise than written (`?highlight=x#nope`, `r`).
    expect(diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.place?.start.line}:${diagnostic.place?.start.column}`)).toEqual(['warning 3:75', 'warning 3:96', 'warning 4:1', 'warning 4:34'])
    expect(diagnostics.slice(2).map((diagnostic) => diagnostic.hint)).toEqual(['write `sub/two.md`, and the fragment right after `.md`', 'write `sub/two.md`'])
    const {spec} = await assembleModel(root, {cache: false})
    const one = spec.chapters.find((chapter) => chapter.id === 'one')!
    const hrefs = one.blocks.flatMap((block) => block.refs).map((reference) => referenceHref(reference, {chapter: one, base: '/', urls: spec.urls}))
    expect(hrefs).toEqual([
      ...['old.html', 'old.html#x', 'sub/two.html#gone', '../../other/book.html#s', '/sub/two.html#nope', '#nope', '/sub/two.html#kept'],
      ...['/sub/two.html', '/sub/two.html', '/abs/x.html#y', '#'],
    ])
  })

  it('links brackets only when they name a rule, as mdbook-spec does', async () => {
    const text = '# One\n\nr[one.intro]\nSee [one.intro], [workspace.members] and [the diagram](mir_detailed.svg); not [one.intor].\n'
    const diagnostics = await check(await writeTree({...book(text), 'src/mir_detailed.svg': '<svg/>'}))
    expect(diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.place?.start.column}`)).toEqual(['unresolved-rule-link 79'])
  })

  it('addresses chapters as mdBook does unless configured otherwise', async () => {
    const {spec} = await assembleModel(await writeTree(book('# One\n')), {cache: false})
    expect(spec.urls).toBe('html')
    expect(chapterPath('sub/two', 'html')).toBe('sub/two.html')
    expect(chapterPath('index', 'html')).toBe('chapter/index.html')
    expect(chapterPath('sub/README', 'html')).toBe('sub/index.html')
    expect(destinationHref({chapter: 'sub/two', anchor: 'kept'}, 'one', '/book/', 'html')).toBe('/book/sub/two.html#kept')
    const directories = await assembleModel(await writeTree(book('# One\n', '\n[specmark]\nurls = "directories"\n')), {cache: false})
    expect(directories.spec.urls).toBe('directories')
  })

  it('keeps a chapter’s relative links reaching their files from a page published away from its file', async () => {
    const files = (toml: string): Record<string, string> => ({
      'book.toml': `[book]\ntitle = "Moved"\n${toml}`,
      // `index.md` is published as `chapter/index.html` (the site's home page is `index.html`), as the Cargo Book's.
      'src/SUMMARY.md': '- [Home](index.md)\n- [Two](sub/two.md)\n',
      'src/index.md': '# Home\n\n![logo](images/logo.svg) [sibling](../other/x.html) [two](sub/two.md)\n',
      'src/sub/two.md': '# Two\n\n![logo](../images/logo.svg)\n',
      'src/images/logo.svg': '<svg/>',
    })
    const pages = async (toml: string): Promise<string[]> => {
      const {rendered} = await renderSpec(await assembleModel(await writeTree(files(toml)), {cache: false}), {cache: false})
      return rendered.chapters.map((chapter) => `${chapter.path} ${chapter.blocks.map((block) => [...block.html.matchAll(/(?:src|href)="([^"#][^"]*)"/g)].map((match) => match[1])).flat().join(' ')}`)
    }
    expect(await pages('')).toEqual(['chapter/index.html ../images/logo.svg ../../other/x.html /sub/two.html', 'sub/two.html ../images/logo.svg'])
    expect(await pages('\n[specmark]\nurls = "directories"\n')).toEqual(['chapter/index/ ../../images/logo.svg ../../../other/x.html /sub/two/', 'sub/two/ ../../images/logo.svg'])
  })
})
