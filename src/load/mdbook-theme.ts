/**
 * An mdBook's theme folder (`output.html.theme`, `theme/` beside `book.toml` by default): what of it
 * specmark's pages carry, read as mdBook reads it (mdbook-html `theme/mod.rs`).
 *
 * - `head.hbs` and `header.hbs`, the two templates mdBook adds to every page of its own (analytics,
 *   fonts, a "this book is out of date" notice), are read as written; the site renders them for each
 *   page (`src/render/mdbook-theme.ts`).
 * - `favicon.svg` and `favicon.png` are the pages' icon.
 * - The files that replace mdBook's own page template, styles or scripts (`index.hbs`, `css/chrome.css`,
 *   `book.js`, …) are written for mdBook's page and its element IDs; specmark draws its own page, so it
 *   lists them, and `check` says that they are not used (`unused-theme-file`).
 * <https://rust-lang.github.io/mdBook/format/theme/index.html>
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {pointSpan, type SourceSpan} from '../core/positions.ts'
import {isInside, readSource} from './read-source.ts'

/** A file of the theme: from the book's root (`theme/head.hbs`), and where diagnostics place it (its start). */
export interface ThemeFile {
  file: string
  place: SourceSpan
}

/** A theme template and its text. */
export interface ThemeTemplate extends ThemeFile {
  source: string
}

export interface BookTheme {
  /** The folder, from the book's root, as `output.html.theme` names it (`theme` by default). */
  folder: string
  /** Where `book.toml` names the folder (`output.html.theme`); null for the default one. */
  place: SourceSpan | null
  /** Whether the folder exists (mdBook refuses a book whose `output.html.theme` names none). */
  exists: boolean
  /** Whether it is outside the folder the book may publish from (its include root): then it is not read. */
  outside?: boolean
  head: ThemeTemplate | null
  header: ThemeTemplate | null
  /** The icons of the pages, `favicon.svg` then `favicon.png`, those the folder has. */
  favicons: ThemeFile[]
  /** The folder's files that replace mdBook's own page, styles or scripts, which specmark's pages do not use. */
  unused: ThemeFile[]
}

/** The files of a theme that replace a part of mdBook's own page (its `Theme::new`), by their path in the folder. */
const MDBOOK_PAGE_FILES = [
  'index.hbs',
  'toc.js.hbs',
  'toc.html.hbs',
  'book.js',
  'css/chrome.css',
  'css/general.css',
  'css/print.css',
  'css/variables.css',
  'highlight.js',
  'clipboard.min.js',
  'highlight.css',
  'tomorrow-night.css',
  'ayu-highlight.css',
  'fonts/fonts.css',
]

/**
 * Reads the theme folder `folder` (from the book's root `root`; `place`: where `book.toml` names it, if
 * it does). Diagnostics place its files from `contentRoot`, as every other. A template a symbolic link
 * leads out of the folder to is not read, nor a folder outside `publishable` (the include root: its
 * templates are written into every page, its icons published).
 */
export async function readBookTheme(root: string, contentRoot: string, folder: string, place: SourceSpan | null, display: (file: string) => string, publishable: string): Promise<BookTheme> {
  const absolute = path.resolve(root, folder)
  const found = (await fs.stat(absolute).catch(() => null))?.isDirectory() ?? false
  const outside = found && !(await isInside(publishable, absolute))
  const exists = found && !outside
  const fromRoot = (name: string): string => path.relative(root, path.join(absolute, name)).split(path.sep).join('/')
  const themeFile = (name: string): ThemeFile => ({file: fromRoot(name), place: pointSpan(path.relative(contentRoot, path.join(absolute, name)).split(path.sep).join('/'), {line: 1, column: 1, offset: 0})})
  const theme: BookTheme = {folder, place, exists, ...(outside ? {outside} : {}), head: null, header: null, favicons: [], unused: []}
  if (!exists) return theme
  const present = async (name: string): Promise<boolean> => (await fs.stat(path.join(absolute, name)).catch(() => null))?.isFile() ?? false
  const template = async (name: string): Promise<ThemeTemplate | null> => {
    if (!(await present(name))) return null
    const file = path.join(absolute, name)
    // A template is written into every page: one a link leads out of the folder to is not read.
    if (!(await isInside(absolute, file))) throw new InputError(`${display(fromRoot(name))}: a symbolic link leading outside the theme folder`)
    return {...themeFile(name), source: await readSource(file, display(fromRoot(name)))}
  }
  theme.head = await template('head.hbs')
  theme.header = await template('header.hbs')
  for (const name of ['favicon.svg', 'favicon.png']) if (await present(name)) theme.favicons.push(themeFile(name))
  for (const name of MDBOOK_PAGE_FILES) if (await present(name)) theme.unused.push(themeFile(name))
  return theme
}
