/**
 * An mdBook's theme folder: its `head.hbs` and `header.hbs` rendered for each page with the data and
 * helpers mdBook gives them (`src/render/mdbook-theme.ts`), what `check` says of a template mdBook could
 * not render (`theme-template`), of the files that replace mdBook's own page (`unused-theme-file`) and
 * of a theme folder `book.toml` names that is not there; what the loader reads of the folder, and the
 * theme a page opens in (`default-theme`, `preferred-dark-theme`).
 */
import {describe, expect, it} from 'vitest'
import {pathToRoot, renderThemeTemplate, type ThemeBook, type ThemePage} from '../../src/render/mdbook-theme.ts'
import {THEME_HELPERS, templateIcons, themeTemplateProblem} from '../../src/parse/theme-template.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const BOOK: ThemeBook = {title: 'A <Book>', description: null, language: 'fr', textDirection: null, mathjaxSupport: false, searchEnabled: true, icons: {}}
const PAGE: ThemePage = {
  url: 'guide/intro.html',
  path: 'guide/intro.md',
  title: 'Intro - A <Book>',
  chapterTitle: 'Intro',
  section: '2.1.',
  previous: {title: 'Start', link: 'start.html'},
  next: null,
  isPrint: false,
  isIndex: false,
}

describe('a theme template, rendered for a page', () => {
  it('is given mdBook’s data: the way to the root, the source path, titles, section, neighbours', () => {
    const template = '<link href="{{ path_to_root }}x.css">|{{ path }}|{{ title }}|{{{ book_title }}}|{{ chapter_title }}|{{ section }}|{{#if previous}}{{previous.link}}{{/if}}|{{#if next}}next{{else}}last{{/if}}|{{ language }}|{{ text_direction }}|{{#if is_print}}print{{/if}}'
    expect(renderThemeTemplate(template, BOOK, PAGE)).toBe('<link href="../x.css">|guide/intro.md|Intro - A &lt;Book&gt;|A <Book>|Intro|2.1.|start.html|last|fr|ltr|')
    expect(renderThemeTemplate('{{ path_to_root }}|{{#if is_index}}index{{/if}}', BOOK, {...PAGE, url: '', path: 'index.md', isIndex: true})).toBe('|index')
    expect(renderThemeTemplate('{{#if is_print}}print{{/if}}', BOOK, {...PAGE, url: 'print/', isPrint: true})).toBe('print')
  })

  it('counts the folders a page is in, as mdBook’s path_to_root does', () => {
    expect([pathToRoot(''), pathToRoot('one.html'), pathToRoot('a/b/c.html'), pathToRoot('glossary/'), pathToRoot('a/b/')]).toEqual(['', '', '../../', '../', '../../'])
  })

  it('has mdBook’s helpers and handlebars-rust’s built-in ones', () => {
    // The icons come with the templates, drawn where the book is rendered (`templateIcons`).
    const render = (template: string) => renderThemeTemplate(template, {...BOOK, icons: templateIcons(template)}, PAGE)
    expect(render('{{#if (eq language "fr")}}fr{{/if}}{{#if (ne language "fr")}}not{{/if}}{{#if (and search_enabled (not mathjax_support))}}+{{/if}}{{#if (or mathjax_support is_print)}}-{{/if}}')).toBe('fr+')
    expect(render('{{#if (gt (len book_title) 3)}}long{{/if}}{{#if (lte 2 1)}}no{{/if}}{{#if (gte 2 2)}}{{#if (lt 1 2)}}yes{{/if}}{{/if}}')).toBe('longyes')
    // `resource` reaches the root from inside a block whose context is another object.
    expect(render('{{#with previous}}{{resource "favicon.svg"}}{{/with}}')).toBe('../favicon.svg')
    const icon = render('{{fa "solid" "globe"}}{{fa "fab" "fa-github" "gh"}}')
    expect(icon).toMatch(/^<span class="fa-svg"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 512 512" aria-hidden="true"><path fill="currentColor" d="M/)
    expect(icon).toContain('<span class="fa-svg" id="gh"><svg')
    // One that does not exist draws nothing (check says where), nor one not given with the template.
    expect(render('[{{fa "solid" "no-such-icon"}}]')).toBe('[]')
    expect(renderThemeTemplate('[{{fa "solid" "globe"}}]', BOOK, PAGE)).toBe('[]')
    expect(render('[{{fa "constructor" "name"}}{{fa "solid" "constructor"}}]')).toBe('[]')
    expect(Object.keys(templateIcons('{{fa "solid" "globe"}}{{#if x}}{{fa "regular" "eye"}}{{/if}}{{fa type name}}'))).toEqual(['solid', 'regular'])
    for (const helper of THEME_HELPERS) expect(themeTemplateProblem(`{{${helper} 1}}`)?.reason ?? '').not.toContain('is not a helper')
  })
})

describe('what is wrong with a theme template', () => {
  it('says where, for its syntax, a helper mdBook has not, a partial and an icon that does not exist', () => {
    expect(themeTemplateProblem('<link>\n{{#if search_enabled}}\n<script></script>\n')).toMatchObject({line: 4, column: 1})
    expect(themeTemplateProblem('<p>\n  {{#if a}} b {{/iff}}\n')).toMatchObject({reason: "if doesn't match iff", line: 2, column: 6})
    expect(themeTemplateProblem('ok {{ y = }}')).toMatchObject({line: 1, column: 9})
    expect(themeTemplateProblem('<p>\n  {{toc 1}}\n')).toEqual({reason: '`toc` is not a helper mdBook has', line: 2, column: 3})
    expect(themeTemplateProblem('{{> header}}')).toMatchObject({line: 1, column: 1})
    expect(themeTemplateProblem('\n {{fa "solid" "nope"}}')).toMatchObject({reason: expect.stringContaining('no Font Awesome icon `nope`'), line: 2, column: 2})
    expect(themeTemplateProblem('{{fa "solid" "globe"}} {{ undefined_value }} {{#each x}}{{this}}{{/each}}')).toBeNull()
    expect(themeTemplateProblem('{{fa "constructor" "x"}}')).toMatchObject({reason: expect.stringContaining('no Font Awesome icon `x` of type `constructor`')})
    // The fuzzer's finds (test/fuzz/theme-template.fuzz.test.ts): each threw as a page rendered.
    expect(themeTemplateProblem('{{"solid" x}}')).toMatchObject({reason: '`solid` is not a helper mdBook has'})
    expect(themeTemplateProblem('a {{#with}}{{/with}}')).toEqual({reason: '`with` takes 1 argument, not 0', line: 1, column: 3})
    expect(themeTemplateProblem('{{fa}}')).toMatchObject({reason: '`fa` takes 2 or 3 arguments, not 0'})
    expect(themeTemplateProblem('{{lookup}} {{resource}}')).toMatchObject({reason: '`lookup` takes 2 arguments, not 0'})
  })
})

describe('an mdBook’s theme folder', () => {
  const book = (toml = '') => ({
    'book.toml': `[book]\ntitle = "Themed"\n${toml}`,
    'src/SUMMARY.md': '- [One](one.md)\n',
    'src/one.md': '# One\n\nText.\n',
  })

  it('is read: its templates, its icons with the additional files, the files specmark does not use', async () => {
    const root = await writeTree({...book(), 'theme/head.hbs': '<meta name="x">\n', 'theme/header.hbs': '<p>Notice</p>\n', 'theme/favicon.png': 'png', 'theme/favicon.svg': '<svg/>', 'theme/index.hbs': '{{{ content }}}', 'theme/css/chrome.css': '', 'theme/extra.css': ''})
    const {project} = await assembleModel(root)
    expect(project.theme).toMatchObject({folder: 'theme', exists: true, head: {file: 'theme/head.hbs', source: '<meta name="x">\n'}, header: {file: 'theme/header.hbs'}})
    expect(project.theme!.favicons.map((icon) => icon.file)).toEqual(['theme/favicon.svg', 'theme/favicon.png'])
    expect(project.theme!.unused.map((unused) => unused.file)).toEqual(['theme/index.hbs', 'theme/css/chrome.css'])
    expect(project.additionalFiles?.filter((file) => file.kind === 'icon').map((file) => file.url)).toEqual(['theme/favicon.svg', 'theme/favicon.png'])
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'unused-theme-file')).toEqual(['../theme/css/chrome.css:1:1', '../theme/index.hbs:1:1'])
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
  })

  it('is the one `output.html.theme` names, and a warning where that names none', async () => {
    const named = await writeTree({...book('\n[output.html]\ntheme = "look"\n'), 'look/header.hbs': 'Mine', 'theme/header.hbs': 'Not mine'})
    expect((await assembleModel(named)).project.theme?.header?.source).toBe('Mine')
    const missing = await check(await writeTree(book('\n[output.html]\ntheme = "./nowhere"\n')))
    expect(positionsOf(missing, 'missing-additional-file')).toEqual(['../book.toml:5:1'])
    expect(missing.find((diagnostic) => diagnostic.code === 'missing-additional-file')!.reason).toContain('`./nowhere`')
    // Without the key, no folder is no warning: most books have none.
    expect(positionsOf(await check(await writeTree(book())), 'missing-additional-file')).toEqual([])
  })

  it('opens in the theme `default-theme` and `preferred-dark-theme` name, as the site’s light or dark one', async () => {
    const themes = async (toml: string) => (await assembleModel(await writeTree(book(`\n[output.html]\n${toml}`)))).project.defaultTheme
    expect(await themes('default-theme = "Ayu"\n')).toEqual({light: 'dark', dark: 'dark'})
    expect(await themes('preferred-dark-theme = "rust"\n')).toEqual({light: 'light', dark: 'light'})
    expect(await themes('default-theme = "coal"\npreferred-dark-theme = "light"\n')).toEqual({light: 'dark', dark: 'light'})
    // mdBook's defaults, the same as themselves, and a book's own theme: the system's preference.
    expect(await themes('default-theme = "rust"\npreferred-dark-theme = "navy"\n')).toBeUndefined()
    expect(await themes('default-theme = "my-theme"\n')).toBeUndefined()
    expect(await themes('default-theme = "constructor"\n')).toBeUndefined()
  })

  it('has its templates checked: an error where mdBook could not render one, which the pages leave out', async () => {
    const root = await writeTree({...book(), 'theme/head.hbs': '<script>\n{{#if search_enabled}}\n</script>\n', 'theme/header.hbs': '<p>{{toc 1}}</p>'})
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'theme-template')).toEqual(['../theme/head.hbs:4:1', '../theme/header.hbs:1:4'])
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'theme-template').every((diagnostic) => diagnostic.severity === 'error')).toBe(true)
    // `specmark dev` renders pages despite errors: without these templates (each page failed as it rendered them).
    expect((await renderSpec(await assembleModel(root, {cache: false}), {cache: false})).rendered.bookTheme).toBeNull()
    const oneGood = await writeTree({...book(), 'theme/head.hbs': '{{#if}}', 'theme/header.hbs': '<p>{{ book_title }} {{fa "solid" "globe"}}</p>'})
    const theme = (await renderSpec(await assembleModel(oneGood, {cache: false}), {cache: false})).rendered.bookTheme
    expect(theme).toMatchObject({head: null, header: '<p>{{ book_title }} {{fa "solid" "globe"}}</p>', book: {title: 'Themed'}})
    expect(Object.keys(theme!.book.icons.solid!)).toEqual(['globe'])
  })
})
