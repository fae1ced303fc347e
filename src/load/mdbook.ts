/**
 * Loads an mdBook, unmodified: `book.toml` for the title and source folder, `SUMMARY.md` for the chapters
 * and their nesting. SUMMARY.md is parsed as markdown (never with regexes): prefix and suffix chapters are
 * links in paragraphs, numbered chapters are links in nested lists, level-1 headings after the first start
 * parts, `[Title]()` is a draft chapter with no file, and `---` a separator (both kept as entries, so that
 * the navigation shows them where mdBook does).
 * <https://rust-lang.github.io/mdBook/format/summary.html>
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {List, Node, Paragraph, Link, Heading} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {parse as parseToml} from 'smol-toml'
import {InputError} from '../diagnostics/diagnostic.ts'
import {parseMarkdown} from '../parse/parse-markdown.ts'
import {spanOf} from '../core/positions.ts'
import {slugify} from '../core/anchors.ts'
import {decodePercent} from '../core/percent.ts'
import {readBookSettings, tomlLocator} from '../config/read-book-config.ts'
import type {SourceSpan} from '../core/positions.ts'
import type {ListingEntry, PartEntry, Project, ProjectSettings, SearchSettings, SettingsSource} from './project.ts'
import {isInside, listFiles, locateListedFile, readSource} from './read-source.ts'
import {readBookTheme} from './mdbook-theme.ts'
import {includeRoot, refusedFile} from './includes.ts'
import {DEFAULT_DELIMITERS, type Delimiter, type KatexSettings} from '../parse/katex.ts'
import {DEFAULT_TOC, type TocSettings} from '../parse/toc.ts'
import {DEFAULT_ADMONISH, type AdmonishSettings} from '../parse/admonish.ts'
import {repositoryIcon} from '../parse/syntax/font-awesome.ts'

export const BOOK_FILE = 'book.toml'
const SUMMARY_FILE = 'SUMMARY.md'

interface BookConfig {
  title: string
  src: string
  edition: string
  settings: ProjectSettings
  settingsSource: SettingsSource | null
  /** `[output.html.redirect]`: old path (from the book's root, `/x.html#a`) → new URL relative to it. */
  redirects: Record<string, string>
  search: SearchSettings
  codeHidelines: Record<string, string>
  description: string | null
  runnableExamples: boolean
  editableExamples: boolean
  editorLineNumbers: boolean
  math: boolean
  definitionLists: boolean
  copyableCode: boolean
  cname: string | null
  siteUrlPath: string | null
  /** `[output.html.fold]`: its `level` when `enable` is true, else null. */
  navFold: number | null
  /** `[output.html.print] page-break` (default true). */
  printPageBreaks: boolean
  /** `output.html.input-404`: the not-found page's file, relative to `src`, and where the key is written. */
  input404: {file: string; place: SourceSpan} | null
  /** `[preprocessor.<name>]` tables, by name, with where each is written. */
  preprocessors: Array<{name: string; place: SourceSpan; configured?: boolean}>
  /** `[preprocessor.katex]`, and its `macros` file (from the book's root) with where that is written. */
  katex: {settings: KatexSettings; macros: {file: string; place: SourceSpan} | null} | null
  /** `output.html.git-repository-url` and the icon that links it. */
  repository: Project['repository'] | null
  /** `[preprocessor.gettext] po-dir` (mdbook-i18n-helpers; `po` by default). */
  gettextPoDir: string
  /** `[preprocessor.toc]`: its marker and deepest level. */
  toc: TocSettings | null
  /** `[preprocessor.admonish]`: its titles and directives. */
  admonish: AdmonishSettings | null
  /** `[output.html] additional-css` and `additional-js`, as written (paths from the book's root). */
  additionalFiles: Array<{kind: 'style' | 'script'; file: string; place: SourceSpan}>
  /** `output.html.theme` (default `theme`), from the book's root, and where it is written when it is. */
  theme: {folder: string; place: SourceSpan | null}
  /** `[build] build-dir` (default `book`), relative to the book's root. */
  buildDir: string
  /** `[build] create-missing`: mdBook creates listed chapter files that do not exist (default true). */
  createMissing: boolean
  /** `output.html.smart-punctuation` (mdBook 0.4's `curly-quotes`); mdBook's default is true. */
  smartPunctuation: boolean
  /** `output.html.default-theme` and `preferred-dark-theme`, as the site's themes, when either is not mdBook's default. */
  defaultTheme: {light: 'light' | 'dark'; dark: 'light' | 'dark'} | null
  /** `book.language` (a BCP 47 tag; mdBook's default `en`) and `book.text-direction`. */
  language: string
  textDirection?: 'ltr' | 'rtl'
}

/** Loads a root holding `book.toml`. */
export async function loadMdbookProject(root: string, display: (file: string) => string): Promise<Project> {
  const config = readBookConfig(await readSource(path.join(root, BOOK_FILE), display(BOOK_FILE), root), display)
  const contentRoot = path.resolve(root, config.src)
  if (!(await isInside(root, contentRoot))) {
    // A folder that is not there (made by a script before mdBook runs, as the RFC book's) is not one outside.
    const missing = await fs.stat(contentRoot).then(() => false, () => true)
    const problem = missing && !path.relative(root, contentRoot).startsWith('..') ? `the folder \`${config.src}\` does not exist` : 'points outside the book'
    throw new InputError(`${display(BOOK_FILE)}: \`src = "${config.src}"\`: ${problem}`)
  }
  const summaryPath = path.join(contentRoot, SUMMARY_FILE)
  const summaryDisplay = display(path.relative(root, summaryPath))
  const summary = await readSource(summaryPath, summaryDisplay, root)
  const parts: PartEntry[] = [{id: 'book', title: config.title, informative: false}]
  const entries: ListingEntry[] = []
  let sawTitle = false

  const addEntry = async (link: Link, depth: number, parentId: string | null, numbered: boolean): Promise<string | null> => {
    const title = toString(link)
    const listedAt = spanOf(link, SUMMARY_FILE)
    const partId = parts[parts.length - 1]!.id
    const base = {title, partId, topic: null, prefix: null, owners: [], ownershipOpen: false, informative: false, ...(numbered ? {numbered} : {})}
    if (link.url === '') {
      entries.push({...base, chapterId: null, file: null, exists: false, depth, parentId, listedAt})
      return null
    }
    const file = path.posix.normalize(decodePercent(link.url.split('#')[0]!, 'keep'))
    const {exists, outside} = await locateListedFile(contentRoot, file, root)
    const chapterId = file.replace(/\.md$/, '')
    // mdBook writes `# <title, HTML-escaped>` into a missing file before it builds (mdbook-driver's `create_missing`).
    const placeholder = !exists && !outside && config.createMissing ? {placeholder: `# ${escapeHtml(title)}\n`} : {}
    entries.push({...base, chapterId, file, exists, outside, ...placeholder, depth, parentId, listedAt})
    return chapterId
  }

  const walkList = async (list: List, depth: number, parentId: string | null): Promise<void> => {
    for (const item of list.children) {
      let id: string | null = null
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          const link = child.children.find((node): node is Link => node.type === 'link')
          if (link) id = await addEntry(link, depth, parentId, true)
        } else if (child.type === 'list') {
          await walkList(child, depth + 1, id)
        }
      }
    }
  }

  for (const node of parseMarkdown(summary).children as Node[]) {
    if (node.type === 'heading' && (node as Heading).depth === 1) {
      const title = toString(node)
      if (!sawTitle && entries.length === 0) {
        sawTitle = true
        continue
      }
      parts.push({id: uniquePartId(slugify(title), parts), title, informative: false})
    } else if (node.type === 'paragraph') {
      for (const child of (node as Paragraph).children) {
        if (child.type === 'link') await addEntry(child, 0, null, false)
      }
    } else if (node.type === 'list') {
      await walkList(node as List, 0, null)
    } else if (node.type === 'thematicBreak') {
      const partId = parts[parts.length - 1]!.id
      const base = {title: '', partId, topic: null, prefix: null, owners: [], ownershipOpen: false, informative: false}
      entries.push({...base, chapterId: null, file: null, exists: false, separator: true, depth: 0, parentId: null, listedAt: spanOf(node, SUMMARY_FILE)})
    }
  }

  const usedParts = new Set(entries.map((entry) => entry.partId))
  // Symbolic links are followed within the book, as mdBook follows them (`listFiles`).
  const files = await listFiles(contentRoot, root)
  const notFoundPage = await readNotFoundPage(config, files, contentRoot, root, display)
  // The folders and files a book publishes as they are come only from where its includes may read.
  const publishable = includeRoot({root, layout: 'mdbook', settings: config.settings})
  const theme = await readBookTheme(root, contentRoot, config.theme.folder, config.theme.place, display, publishable)
  // The theme's icons are loaded by every page, as its additional files are; they are where mdBook reads them.
  const favicons = theme.favicons.map(({file, place}) => ({kind: 'icon' as const, file, place}))
  return {
    layout: 'mdbook',
    // mdbook-spec by the name `unknown-preprocessor` knows it by.
    specSyntax: config.preprocessors.some(({name}) => name === 'spec'),
    smartPunctuation: config.smartPunctuation,
    language: config.language,
    ...(config.textDirection ? {textDirection: config.textDirection} : {}),
    ...(config.defaultTheme ? {defaultTheme: config.defaultTheme} : {}),
    root,
    contentRoot,
    listingFile: SUMMARY_FILE,
    title: config.title,
    version: 'unversioned',
    edition: config.edition,
    settings: config.settings,
    settingsSource: config.settingsSource,
    redirects: config.redirects,
    search: config.search,
    codeHidelines: config.codeHidelines,
    ...(config.navFold === null ? {} : {navFold: config.navFold}),
    printPageBreaks: config.printPageBreaks,
    ...(config.description === null ? {} : {description: config.description}),
    runnableExamples: config.runnableExamples,
    editableExamples: config.editableExamples,
    editorLineNumbers: config.editorLineNumbers,
    defaultOut: path.resolve(root, config.buildDir),
    additionalFiles: await Promise.all([...config.additionalFiles, ...favicons].map((entry) => additionalFile(entry, root, publishable))),
    theme,
    math: config.math,
    mermaid: config.preprocessors.some(({name}) => name === 'mermaid'),
    ...(config.admonish === null ? {} : {admonish: config.admonish}),
    // Its default output mode; `output-mode = "simple"` is for the book's print edition.
    trplListing: config.preprocessors.some(({name}) => name === 'trpl-listing'),
    trplNote: config.preprocessors.some(({name}) => name === 'trpl-note'),
    tabs: config.preprocessors.some(({name}) => name === 'tabs'),
    ...(config.toc === null ? {} : {toc: config.toc}),
    ...(config.repository ? {repository: config.repository} : {}),
    ...(config.katex === null ? {} : {katex: {...config.katex.settings, options: {...config.katex.settings.options, macros: config.katex.macros ? await readKatexMacros(root, config.katex.macros, display, publishable) : {}}}}),
    definitionLists: config.definitionLists,
    copyableCode: config.copyableCode,
    ...(config.cname === null ? {} : {cname: config.cname}),
    ...(config.siteUrlPath === null ? {} : {siteUrlPath: config.siteUrlPath}),
    preprocessors: await Promise.all(config.preprocessors.map(async (preprocessor) => (preprocessor.name === 'gettext' && !(await isFile(path.resolve(root, gettextCatalog(config)))) ? {...preprocessor, idle: true} : preprocessor))),
    parts: parts.filter((part) => usedParts.has(part.id)),
    entries,
    ...(notFoundPage ? {notFoundPage} : {}),
    // The not-found page is no chapter (mdBook renders it only as `404.html`): not an unlisted one either.
    markdownFiles: files.filter((file) => file.endsWith('.md') && file !== SUMMARY_FILE && file !== notFoundPage?.file),
    assetFiles: files.filter((file) => !file.endsWith('.md')),
  }
}

/**
 * mdBook's not-found page (mdbook-html `render_404`): the file `output.html.input-404` names (mdBook
 * refuses the book when it is missing), else `404.md` when the book has one; read as written.
 */
async function readNotFoundPage(config: BookConfig, files: string[], contentRoot: string, root: string, display: (file: string) => string): Promise<{file: string; source: string} | undefined> {
  const file = config.input404?.file ?? (files.includes('404.md') ? '404.md' : null)
  if (file === null) return undefined
  if (!files.includes(file)) {
    const {start} = config.input404!.place
    throw new InputError(`${display(BOOK_FILE)}:${start.line}:${start.column}: \`input-404 = "${file}"\`: no such file in \`${config.src}\``, config.input404!.place)
  }
  const absolute = path.join(contentRoot, file)
  return {file, source: await readSource(absolute, display(path.relative(root, absolute)), root)}
}

function readBookConfig(text: string, display: (file: string) => string): BookConfig {
  let data: Record<string, unknown>
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch (error) {
    const {line, column} = error as {line?: number; column?: number}
    const where = line ? `:${line}:${column ?? 1}` : ''
    throw new InputError(`${display(BOOK_FILE)}${where}: invalid TOML: ${(error as Error).message.split('\n')[0]}`)
  }
  const book = (data.book ?? {}) as Record<string, unknown>
  const rust = (data.rust ?? {}) as Record<string, unknown>
  // mdBook's own string keys: a number or table there is an error, not a silent "Untitled book".
  for (const [table, key, values] of [['book', 'title', book], ['book', 'src', book], ['rust', 'edition', rust]] as const) {
    if (values[key] === undefined || typeof values[key] === 'string') continue
    const at = tomlLocator(text, BOOK_FILE, table)([key]).start
    throw new InputError(`${display(BOOK_FILE)}:${at.line}:${at.column}: expected a string at \`${table}.${key}\`, found ${Array.isArray(values[key]) ? 'an array' : typeof values[key]}`)
  }
  const src = typeof book.src === 'string' ? book.src : 'src'
  // Places are relative to the content root, as every other path in diagnostics is: `../book.toml`.
  const file = path.posix.join(path.posix.relative(path.posix.normalize(src), '.') || '.', BOOK_FILE)
  const read = readBookSettings(data.specmark, text, file)
  if (!read.ok) {
    const first = read.problems[0]!
    throw new InputError(`${display(BOOK_FILE)}:${first.place.start.line}:${first.place.start.column}: ${first.message}`, first.place)
  }
  const output = (data.output ?? {}) as Record<string, Record<string, unknown>>
  const redirects = {
    // mdBook puts the whole book on one page at `print.html` (unless `[output.html.print] enable = false`);
    // specmark's is `print/` (`PRINT_PAGE` in `src/build/site-pages.ts`, a layer above: a test holds the
    // two equal), and the old URL, widely linked, forwards to it. The book's own entry wins.
    ...(tableAt(output.html?.print).enable === false ? {} : {'/print.html': 'print/'}),
    ...Object.fromEntries(Object.entries((output.html?.redirect ?? {}) as Record<string, unknown>).filter((pair): pair is [string, string] => typeof pair[1] === 'string')),
  }
  const build = (data.build ?? {}) as Record<string, unknown>
  const locate = tomlLocator(text, file, 'preprocessor')
  // Each `[preprocessor.<name>]` table (its settings, for those specmark reads), by name.
  const preprocessorTables = tableAt(data.preprocessor)
  // Whether a table sets options of the preprocessor's own, beyond mdBook's keys for every preprocessor.
  const configured = (name: string): boolean => Object.keys(tableAt(preprocessorTables[name])).some((key) => !MDBOOK_PREPROCESSOR_KEYS.has(key))
  const preprocessors = Object.keys(preprocessorTables).map((name) => ({name, place: locate([name]), ...(configured(name) ? {configured: true} : {})}))
  const preprocessorTable = (name: string): Record<string, unknown> | null => (Object.hasOwn(preprocessorTables, name) ? tableAt(preprocessorTables[name]) : null)
  const [gettext, toc, katex, admonish] = [preprocessorTable('gettext'), preprocessorTable('toc'), preprocessorTable('katex'), preprocessorTable('admonish')]
  // mdBook's own edit link and repository link (its top bar's icon), unless `[specmark]` sets its own.
  const editTemplate = output.html?.['edit-url-template']
  const repository = output.html?.['git-repository-url']
  const smartPunctuation = output.html?.['smart-punctuation'] ?? output.html?.['curly-quotes']
  let settings = read.settings.editUrlTemplate === undefined && typeof editTemplate === 'string' && editTemplate.includes('{path}') ? {...read.settings, editUrlTemplate: editTemplate} : read.settings
  // mdBook numbers its numbered chapters in the sidebar unless `no-section-label` is set.
  const specmarkTable = tableAt(data.specmark)
  if (specmarkTable.chapterNumbers === undefined) settings = {...settings, chapterNumbers: output.html?.['no-section-label'] !== true}
  const search = tableAt(output.html?.search)
  const locateOutput = tomlLocator(text, file, 'output')
  const chapters = Object.entries(tableAt(search.chapter)).map(([key, value]) => {
    const enable = tableAt(value).enable
    return {path: key, enable: typeof enable === 'boolean' ? enable : null, place: locateOutput(['html', 'search', 'chapter', key])}
  })
  // `playpen` is the table's name before mdBook 0.4.
  const playground = tableAt(output.html?.playground ?? output.html?.playpen)
  const additionalFiles = (key: string, kind: 'style' | 'script') => {
    const files = Array.isArray(output.html?.[key]) ? (output.html[key] as unknown[]) : []
    return files.flatMap((file, index) => (typeof file === 'string' && file.trim() !== '' ? [{kind, file, place: locateOutput(['html', key, index])}] : []))
  }
  return {
    settings,
    search: {enabled: search.enable !== false, chapters},
    navFold: navFold(tableAt(output.html?.fold)),
    printPageBreaks: tableAt(output.html?.print)['page-break'] !== false,
    description: typeof book.description === 'string' && book.description.trim() !== '' ? book.description : null,
    runnableExamples: playground.runnable !== false,
    editableExamples: playground.editable === true,
    editorLineNumbers: playground['line-numbers'] === true,
    math: output.html?.['mathjax-support'] === true,
    definitionLists: output.html?.['definition-lists'] !== false,
    copyableCode: playground.copyable !== false,
    siteUrlPath: typeof output.html?.['site-url'] === 'string' ? urlPath(output.html['site-url']) : null,
    cname: typeof output.html?.cname === 'string' && output.html.cname.trim() !== '' ? output.html.cname.trim() : null,
    input404: typeof output.html?.['input-404'] === 'string' ? {file: path.posix.normalize(output.html['input-404']), place: locateOutput(['html', 'input-404'])} : null,
    codeHidelines: Object.fromEntries(Object.entries(tableAt(tableAt(output.html?.code).hidelines)).filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '')),
    settingsSource: data.specmark === undefined ? null : {file, lintPlaces: Object.fromEntries(Object.keys(read.settings.lints).map((code) => [code, read.locate(['lints', code])]))},
    redirects,
    preprocessors,
    repository:
      typeof repository === 'string' && repository.trim() !== ''
        ? {
            url: repository.trim(),
            icon: repositoryIcon(typeof output.html?.['git-repository-icon'] === 'string' ? output.html['git-repository-icon'] : 'fab-github'),
            iconPlace: output.html?.['git-repository-icon'] === undefined ? null : locateOutput(['html', 'git-repository-icon']),
          }
        : null,
    gettextPoDir: typeof gettext?.['po-dir'] === 'string' ? gettext['po-dir'] : 'po',
    toc: toc ? tocConfig(toc) : null,
    admonish: admonish ? admonishConfig(admonish) : null,
    katex: katex ? katexConfig(katex, locate) : null,
    additionalFiles: [...additionalFiles('additional-css', 'style'), ...additionalFiles('additional-js', 'script')],
    defaultTheme: defaultTheme(output.html?.['default-theme'], output.html?.['preferred-dark-theme']),
    theme: typeof output.html?.theme === 'string' && output.html.theme.trim() !== '' ? {folder: output.html.theme, place: locateOutput(['html', 'theme'])} : {folder: 'theme', place: null},
    buildDir: typeof build['build-dir'] === 'string' && build['build-dir'].trim() !== '' ? build['build-dir'] : 'book',
    createMissing: build['create-missing'] !== false,
    smartPunctuation: typeof smartPunctuation === 'boolean' ? smartPunctuation : true,
    // A tag only: it is written into every page and names the search index's language.
    language: typeof book.language === 'string' && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(book.language) ? book.language : 'en',
    ...(book['text-direction'] === 'ltr' || book['text-direction'] === 'rtl' ? {textDirection: book['text-direction']} : {}),
    title: typeof book.title === 'string' ? book.title : 'Untitled book',
    src,
    // mdBook tests examples with edition 2015 unless `[rust] edition` says otherwise.
    edition: typeof rust.edition === 'string' ? rust.edition : '2015',
  }
}

/**
 * `[preprocessor.katex]` read as mdbook-katex reads it (`cfg.rs`): its delimiters (a table of `left` and
 * `right`), escape mode (`pre-render = false`), KaTeX's options; `output` and `no-css` change nothing here,
 * as the math is always MathML, which needs no stylesheet.
 */
function katexConfig(table: Record<string, unknown>, locate: (path: Array<string | number>) => SourceSpan): NonNullable<BookConfig['katex']> {
  const delimiter = (value: unknown, fallback: Delimiter): Delimiter => {
    const {left, right} = tableAt(value)
    return typeof left === 'string' && left !== '' && typeof right === 'string' && right !== '' ? {left, right} : fallback
  }
  const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
  const flag = (value: unknown): boolean => value === true
  const errorColor = typeof table['error-color'] === 'string' ? table['error-color'] : undefined
  const maxExpand = number(table['max-expand'])
  // mdbook-katex's default, -1, is KaTeX's own: none given.
  const minRuleThickness = number(table['min-rule-thickness'])
  const settings: KatexSettings = {
    delimiters: {inline: delimiter(table['inline-delimiter'], DEFAULT_DELIMITERS.inline), block: delimiter(table['block-delimiter'], DEFAULT_DELIMITERS.block)},
    preRender: table['pre-render'] !== false,
    options: {
      macros: {},
      leqno: flag(table.leqno),
      fleqn: flag(table.fleqn),
      trust: flag(table.trust),
      ...(maxExpand === undefined ? {} : {maxExpand}),
      ...(minRuleThickness === undefined || minRuleThickness < 0 ? {} : {minRuleThickness}),
      ...(errorColor === undefined ? {} : {errorColor}),
    },
  }
  const macros = typeof table.macros === 'string' && table.macros.trim() !== '' ? {file: table.macros, place: locate(['katex', 'macros'])} : null
  return {settings, macros}
}

/**
 * The catalog mdbook-i18n-helpers' `gettext` translates the book with: `<po-dir>/<language>.po` from the
 * book's root (`po/en.po` by default). Without it the preprocessor leaves the book as written.
 */
function gettextCatalog(config: BookConfig): string {
  return path.join(config.gettextPoDir, `${config.language}.po`)
}

/** `[preprocessor.toc]` as mdbook-toc reads it: `marker` (any string), `max-level` (or `max_level`), 1 to 6. */
function tocConfig(table: Record<string, unknown>): TocSettings {
  const marker = typeof table.marker === 'string' && table.marker.trim() !== '' ? table.marker : DEFAULT_TOC.marker
  const level = table['max-level'] ?? table.max_level
  return {marker, maxLevel: typeof level === 'number' && Number.isInteger(level) && level >= 1 ? Math.min(level, 6) : DEFAULT_TOC.maxLevel}
}

/** The keys mdBook reads in every `[preprocessor.<name>]` table; the others are the preprocessor's own. */
const MDBOOK_PREPROCESSOR_KEYS = new Set(['command', 'before', 'after', 'renderer', 'renderers', 'optional'])

/**
 * `[preprocessor.admonish]` as mdbook-admonish reads it (`book_config.rs`): `default.title`,
 * `default.collapsible` and `default.css_id_prefix`; each builtin directive's `collapsible`
 * (`directive.builtin.<name>`, or the older `builtin.<name>`); the book's own directives with their
 * aliases, titles and `collapsible` (`directive.custom.<name>`, or the older `[[custom]]` list with
 * `directive = "<name>"`).
 */
function admonishConfig(table: Record<string, unknown>): AdmonishSettings {
  const defaults = tableAt(table.default)
  const directives = tableAt(table.directive)
  const collapsibleOf = (value: unknown): boolean | null => (typeof tableAt(value).collapsible === 'boolean' ? (tableAt(value).collapsible as boolean) : null)
  const builtin: Record<string, boolean> = {}
  for (const [name, value] of [...Object.entries(tableAt(table.builtin)), ...Object.entries(tableAt(directives.builtin))]) {
    const collapsible = collapsibleOf(value)
    if (collapsible !== null) builtin[name] = collapsible
  }
  const customs = [
    ...(Array.isArray(table.custom) ? table.custom.map((entry) => [tableAt(entry).directive, entry] as const) : []),
    ...Object.entries(tableAt(directives.custom)),
  ]
  const custom: AdmonishSettings['custom'] = {}
  for (const [directive, value] of customs) {
    if (typeof directive !== 'string' || directive === '') continue
    const entry = tableAt(value)
    const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((alias): alias is string => typeof alias === 'string') : []
    const resolved = {directive, title: typeof entry.title === 'string' ? entry.title : null, collapsible: collapsibleOf(entry)}
    // The first directive to claim a name keeps it (`CustomDirectiveMap`: `or_insert`).
    for (const name of [directive, ...aliases]) if (!Object.hasOwn(custom, name)) custom[name] = resolved
  }
  const idPrefix = defaults.css_id_prefix ?? defaults['css-id-prefix']
  return {title: typeof defaults.title === 'string' ? defaults.title : null, collapsible: defaults.collapsible === true, builtin, custom, idPrefix: typeof idPrefix === 'string' ? idPrefix : DEFAULT_ADMONISH.idPrefix}
}

/**
 * mdbook-katex's macros file: a line `\name:definition` defines `\name` (other lines are ignored).
 * mdBook stops when the file is missing, as this does.
 */
async function readKatexMacros(root: string, macros: {file: string; place: SourceSpan}, display: (file: string) => string, publishable: string): Promise<Record<string, string>> {
  const file = path.resolve(root, macros.file)
  const where = `${display(BOOK_FILE)}:${macros.place.start.line}:${macros.place.start.column}: \`macros = "${macros.file}"\``
  if (!(await isFile(file))) throw new InputError(`${where}: no such file`, macros.place)
  // Its definitions are typeset into the pages: read only from where the book's includes may read.
  const refused = await refusedFile(publishable, file)
  if (refused !== null) throw new InputError(`${where}: ${refused === 'git' ? 'in a `.git` folder' : 'outside the folder the book may read from (its git working tree, else its own folder)'}`, macros.place)
  const text = await fs.readFile(file, 'utf8')
  const read: Record<string, string> = {}
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':')
    if (line.startsWith('\\') && colon > 0) read[line.slice(0, colon)] = line.slice(colon + 1).replace(/\r$/, '')
  }
  return read
}

/** The path of `site-url` (a path, `/book/`, or a whole URL), or null for one that is neither. */
function urlPath(siteUrl: string): string | null {
  try {
    return new URL(siteUrl, 'https://site.invalid').pathname
  } catch {
    return null
  }
}

/** mdBook's own themes, each as the site's light or dark one. */
const MDBOOK_THEMES: Record<string, 'light' | 'dark'> = {light: 'light', rust: 'light', coal: 'dark', navy: 'dark', ayu: 'dark'}

/**
 * The site's theme for a reader who has not chosen one, by their system's preference, from mdBook's
 * `default-theme` (default `light`) and `preferred-dark-theme` (default `navy`); null when that is the
 * system's own preference. A theme that is not mdBook's (a book's own, in its theme folder) keeps the default.
 */
function defaultTheme(light: unknown, dark: unknown): {light: 'light' | 'dark'; dark: 'light' | 'dark'} | null {
  const scheme = (name: unknown, otherwise: 'light' | 'dark') => (typeof name === 'string' && Object.hasOwn(MDBOOK_THEMES, name.toLowerCase()) ? MDBOOK_THEMES[name.toLowerCase()]! : otherwise)
  const chosen = {light: scheme(light, 'light'), dark: scheme(dark, 'dark')}
  return chosen.light === 'light' && chosen.dark === 'dark' ? null : chosen
}

/** mdBook's `[output.html.fold]`: its `level` (a whole number, default 0) when `enable = true`, else null. */
function navFold(fold: Record<string, unknown>): number | null {
  if (fold.enable !== true) return null
  const level = fold.level
  return typeof level === 'number' && Number.isInteger(level) && level >= 0 ? level : 0
}

/** A TOML value that should be a table, as one (anything else, as an empty one: mdBook would refuse it, specmark reads past it). */
function tableAt(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) ? (value as Record<string, unknown>) : {}
}

function uniquePartId(base: string, parts: PartEntry[]): string {
  let id = base || 'part'
  for (let n = 1; parts.some((part) => part.id === id); n++) id = `${base}-${n}`
  return id
}

/**
 * The entries of `[output.html.redirect]` with a fragment on page `page` (a path from the book's root,
 * `attributes.html`): `#old-anchor` → the URL to go to, relative to the page.
 */
export function fragmentRedirects(redirects: Record<string, string>, page: string): Record<string, string> {
  return {...fragmentRedirectsByPage(redirects).get(page)}
}

const byPage = new WeakMap<Record<string, string>, Map<string, Record<string, string>>>()

/** The fragment redirects grouped by page, once per redirects table (asked for every chapter, on every render). */
function fragmentRedirectsByPage(redirects: Record<string, string>): Map<string, Record<string, string>> {
  let pages = byPage.get(redirects)
  if (!pages) {
    pages = new Map()
    for (const [from, to] of Object.entries(redirects)) {
      const hash = from.indexOf('#')
      if (hash === -1) continue
      const page = from.slice(0, hash).replace(/^\/+/, '')
      const found = pages.get(page) ?? {}
      found[from.slice(hash)] = to
      pages.set(page, found)
    }
    byPage.set(redirects, pages)
  }
  return pages
}

/** mdBook's `escape_html` (mdbook-core `utils/html.rs`): `<`, `>` and `&`. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[ch]!)
}

/**
 * Where mdBook's output has an `additional-css` or `additional-js` file: at its path from the book's root
 * (`theme/reference.css`); one above the root (`../ferris.css`, a book sharing its sibling's) at its name.
 */
/**
 * An additional file as the project lists it: where the site has it, and whether it exists and may be
 * published. It is published as it is, so it comes only from where the book's includes may read
 * (`publishable`, the include root: the book's git working tree, else its folder), never from a `.git`
 * folder, so that a book cannot publish files from the machine that builds it.
 */
async function additionalFile<Entry extends {file: string}>(entry: Entry, root: string, publishable: string): Promise<Entry & {url: string; exists: boolean; refused?: 'outside' | 'git'}> {
  const absolute = path.resolve(root, entry.file)
  const exists = await isFile(absolute)
  const refused = exists ? await refusedFile(publishable, absolute) : null
  return {...entry, url: additionalFileUrl(entry.file), exists: exists && refused === null, ...(refused === null ? {} : {refused})}
}

function additionalFileUrl(file: string): string {
  const parts = path.posix.normalize(file.replace(/\\/g, '/')).split('/').filter((part) => part !== '' && part !== '.')
  return parts.includes('..') ? parts[parts.length - 1]! : parts.join('/')
}

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => null))?.isFile() ?? false
}
