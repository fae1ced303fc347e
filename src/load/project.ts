/**
 * The loaded project: which files make up the specification, in which order, and how the outline (or an
 * mdBook's SUMMARY.md) lists them. Loading records facts only; whether they are problems (a chapter listed
 * twice, a missing file, an unreachable markdown file) is for the lints in `src/check/rules/` to decide.
 */
import path from 'node:path'
import {DEFAULT_SETTINGS, type Settings} from '../config/schema.ts'
import {isUnder} from '../core/paths.ts'
import type {SourceSpan} from '../core/positions.ts'
import type {BookTheme} from './mdbook-theme.ts'
import type {KatexSettings} from '../parse/katex.ts'
import type {TocSettings} from '../parse/toc.ts'
import type {AdmonishSettings} from '../parse/admonish.ts'
import type {IconStyle} from '../parse/syntax/font-awesome.ts'

export interface PartEntry {
  id: string
  title: string
  informative: boolean
}

/** One entry of the table of contents: an outline topic, or a SUMMARY.md link. */
export interface ListingEntry {
  /** Chapter id: the file path without `.md`; for a SUMMARY draft chapter (`[Title]()`), null. */
  chapterId: string | null
  /** Source path relative to the content root; null for a topic or draft chapter without a file. */
  file: string | null
  /** Whether `file` exists and is a regular file inside the root. */
  exists: boolean
  /** Whether `file` points outside the root (`../`, an absolute path, or a symlink leading out). */
  outside?: boolean
  /**
   * For a missing file of an mdBook whose `[build] create-missing` is on (mdBook's default): the text
   * mdBook would create it with, `# Title`. The chapter is read as that; the file is not written.
   */
  placeholder?: string
  title: string
  partId: string
  /** Outline topic id (specmark layout). */
  topic: string | null
  /** Rule-ID prefix the outline gives the topic's chapter (specmark layout). */
  prefix: string | null
  owners: string[]
  ownershipOpen: boolean
  informative: boolean
  depth: number
  parentId: string | null
  /** Where the entry is written in the outline or SUMMARY.md (for an unlisted file: the file's start). */
  listedAt: SourceSpan
  /** A SUMMARY.md separator (`---`): no chapter, drawn as a rule in the navigation, as mdBook does. */
  separator?: boolean
  /**
   * A SUMMARY.md entry of a list (a numbered chapter, or draft, in mdBook's words), not a prefix or suffix
   * chapter (a link in a paragraph): only these are numbered (`chapterNumbers`).
   */
  numbered?: boolean
  /**
   * True for a markdown file that no outline entry or SUMMARY.md link reaches. Such files still become
   * chapters (in the `unlisted` part, outside the navigation) so that their rule IDs resolve, and `check`
   * reports them.
   */
  unlisted?: boolean
}

/** Project settings (`settings:` in outline.yaml, `[specmark]` in book.toml): see `src/config/schema.ts`. */
export type ProjectSettings = Settings
export {DEFAULT_SETTINGS}

/** Where the settings are written, to place diagnostics about them. */
export interface SettingsSource {
  /** The file holding them (`outline.yaml` or `../book.toml`, relative to the content root). */
  file: string
  /** Where each configured lint level is written, by lint code. */
  lintPlaces: Record<string, SourceSpan>
}

/** How the sources are laid out: specmark's own (`outline.yaml`) or an mdBook (`book.toml`). */
export type Layout = 'specmark' | 'mdbook'

/**
 * An mdBook's `output.html.search.enable` (default true) and `[output.html.search.chapter]`: each key a
 * chapter file or a folder relative to the content root, whose `enable` (absent: no say) applies to the
 * chapters under it, the most specific key deciding.
 */
export interface SearchSettings {
  enabled: boolean
  chapters: Array<{path: string; enable: boolean | null; place: SourceSpan}>
}

/**
 * Whether the chapter in `file` (relative to the content root) goes into the search index, as mdBook
 * decides it (mdbook-html `search.rs`, `get_chapter_settings`): keys in path order, each one the chapter
 * lies under overriding the ones before, so `cli` off and `cli/watch.md` on index only `cli/watch.md`.
 */
export function isSearched(search: SearchSettings | undefined, file: string): boolean {
  if (search === undefined) return true
  if (!search.enabled) return false
  let enable: boolean | null = null
  for (const chapter of [...search.chapters].sort((a, b) => comparePaths(a.path, b.path))) {
    if (chapter.enable !== null && isUnder(chapter.path, file, path.posix)) enable = chapter.enable
  }
  return enable ?? true
}

/** Paths compared component by component, as Rust's `PathBuf` orders them. */
function comparePaths(a: string, b: string): number {
  const [x, y] = [components(a), components(b)]
  for (let index = 0; index < Math.min(x.length, y.length); index++) {
    if (x[index] !== y[index]) return x[index]! < y[index]! ? -1 : 1
  }
  return x.length - y.length
}

function components(file: string): string[] {
  return file.split('/').filter((part) => part !== '' && part !== '.')
}

/** The part that holds unlisted files. */
export const UNLISTED_PART = {id: 'unlisted', title: 'Unlisted files', informative: false} as const

export interface Project {
  layout: Layout
  /**
   * Whether the project declares the Reference's dialect (rule labels, grammar blocks, rule and
   * standard-library links, its admonition kinds): always our layout; an mdBook when it runs mdbook-spec
   * (`[preprocessor.spec]`). specmark reads the dialect in every book, so that a book adopting it builds
   * the same with or without the table; without it, what only mdbook-spec would reject (a grammar block
   * that does not parse, say) is a warning, as mdBook shows such a block as code and builds (`LintRule.dialect`).
   */
  specSyntax: boolean
  /**
   * Whether pages show smart punctuation (curly quotes, – — …), as mdBook does: an mdBook's
   * `output.html.smart-punctuation` (mdBook's default, true); always in our layout. Render only: the
   * model, hashes and search keep the text as written (`src/parse/smart-punctuation.ts`).
   */
  smartPunctuation: boolean
  /** The language its text is written in (`<html lang>`, and the search index's): an mdBook's `book.language`, else `en`. */
  language: string
  /** An mdBook's `book.text-direction` (`ltr`, `rtl`), when it sets one. */
  textDirection?: 'ltr' | 'rtl'
  /**
   * The theme a page opens in for a reader who has not chosen one, by the theme their system prefers:
   * an mdBook's `output.html.default-theme` (for a system that prefers light) and `preferred-dark-theme`
   * (for one that prefers dark), each mdBook theme as the site's light or dark one. Unset: the system's.
   */
  defaultTheme?: {light: 'light' | 'dark'; dark: 'light' | 'dark'}
  /** Absolute path of the root given on the command line. */
  root: string
  /** Absolute path of the folder chapter paths are relative to (the root, or an mdBook's `src/`). */
  contentRoot: string
  /** The outline or SUMMARY.md, relative to the content root (may start with `../`). */
  listingFile: string
  title: string
  version: string
  /** The Rust edition examples default to (`book.toml` `[rust] edition`; 2024 for our layout). */
  edition: string
  settings: ProjectSettings
  /** mdBook `[output.html.redirect]`: old path from the book's root (`/x.html#a`) → URL relative to it. */
  redirects?: Record<string, string>
  /**
   * mdBook `[output.html.code.hidelines]`: for a language, the prefix that hides a line of its code
   * blocks (`python = "~"`), as Rust's `# ` does; a block's `hidelines=<prefix>` overrides it.
   */
  codeHidelines?: Record<string, string>
  /**
   * An mdBook's not-found page: the file `output.html.input-404` names, else its `404.md`, and its text as
   * written (mdBook runs no preprocessor on it). It is the site's 404 page, not a chapter.
   */
  notFoundPage?: {file: string; source: string}
  /**
   * mdBook `[output.html.fold]` when `enable`d: its `level` (default 0). The sidebar folds chapters whose
   * sub-chapters lie deeper than that, but for the way to the current chapter, as mdBook's does.
   */
  navFold?: number
  /** Whether each chapter of the print page starts a new page (mdBook's `[output.html.print] page-break`, on by default). */
  printPageBreaks?: boolean
  /**
   * Whether Rust examples get a link that runs them in the Rust Playground, as mdBook's play button does:
   * an mdBook's `[output.html.playground] runnable` (default true; an example marked `mdbook-runnable`
   * runs anyway); always in our layout.
   */
  runnableExamples?: boolean
  /**
   * Whether Rust examples marked `editable` can be edited before they run: an mdBook's
   * `[output.html.playground] editable` (default false), as its Ace editor allows.
   */
  editableExamples?: boolean
  /** Whether editable examples show line numbers: an mdBook's `[output.html.playground] line-numbers` (default false). */
  editorLineNumbers?: boolean
  /**
   * An mdBook's own files that its pages load: its `additional-css` and `additional-js` (its theme's own
   * styles and scripts: the Rust Book's Ferris, the Reference's rule styles), and its theme's icons
   * (`favicon.svg`, `favicon.png`). `file` from the book's root as written, `url` where the site has it
   * (from its base), whether it exists and may be published (`missing-additional-file` reports one that
   * does not), and why not where it exists (`refused`: outside the include root, or in a `.git` folder).
   */
  additionalFiles?: Array<{kind: 'style' | 'script' | 'icon'; file: string; url: string; exists: boolean; refused?: 'outside' | 'git'; place: SourceSpan}>
  /** An mdBook's theme folder: its templates for every page, and what of it specmark does not use (`src/load/mdbook-theme.ts`). */
  theme?: BookTheme
  /** Whether code blocks get a Copy button: an mdBook's `[output.html.playground] copyable` (default true). */
  copyableCode?: boolean
  /**
   * Where `build` writes without `--out`: an mdBook's `[build] build-dir` from the book's root (`book/` by
   * default), as `mdbook build` does, so that a deploy step and a `.gitignore` written for mdBook still
   * hold; else `dist/` in the working directory.
   */
  defaultOut?: string
  /** Whether definition lists are read (`src/parse/syntax/definition-list.ts`): an mdBook's `output.html.definition-lists`, on by default as in mdBook 0.5. */
  definitionLists?: boolean
  /**
   * Whether TeX in the text (`\(…\)`, `\[…\]`, `$$…$$`, `\begin{…}…\end{…}`: `src/parse/syntax/math.ts`)
   * is typeset and checked: an mdBook's `[output.html] mathjax-support`.
   */
  math?: boolean
  /**
   * Whether a ```` ```mermaid ```` block is a diagram for mermaid.js, as mdbook-mermaid makes it (`<pre
   * class="mermaid">`): an mdBook with `[preprocessor.mermaid]`, which brings mermaid.js as its own
   * `additional-js` (`mdbook-mermaid install` writes both).
   */
  mermaid?: boolean
  /** mdbook-admonish's settings, where its blocks are admonitions (`src/parse/admonish.ts`): an mdBook with `[preprocessor.admonish]`. */
  admonish?: AdmonishSettings
  /** mdbook-katex's math (`$…$`, `$$…$$`: `src/parse/katex.ts`), as `[preprocessor.katex]` sets it: an mdBook with that table. */
  katex?: KatexSettings
  /**
   * An mdBook's `output.html.git-repository-url`, linked by an icon in the top bar as mdBook links it: the
   * icon `git-repository-icon` names (`fab-github` by default), and where that key is written.
   */
  repository?: {url: string; icon: {style: IconStyle; name: string}; iconPlace: SourceSpan | null}
  /** Whether the Rust Book's `<Listing>` tags are its figures (`src/parse/trpl-listing.ts`): an mdBook with `[preprocessor.trpl-listing]`. */
  trplListing?: boolean
  /** Whether the Rust Book's `> Note: ` quotes are its note sections (`src/parse/trpl-note.ts`): an mdBook with `[preprocessor.trpl-note]`. */
  trplNote?: boolean
  /** Whether mdbook-tabs' `{{#tabs}}` are its tabs (`src/parse/tabs.ts`): an mdBook with `[preprocessor.tabs]`. */
  tabs?: boolean
  /** mdbook-toc's marker and deepest level (`src/parse/toc.ts`): an mdBook with `[preprocessor.toc]`. */
  toc?: TocSettings
  /** An mdBook's `book.description`: every page's `<meta name="description">`, as mdBook writes it. */
  description?: string
  /**
   * The URL path an mdBook says it is hosted under (`output.html.site-url`: `/async-book/`, or the path of
   * a whole URL). mdBook's links are relative; specmark's start from `--base`, which the build compares it with.
   */
  siteUrlPath?: string
  /** An mdBook's `output.html.cname`: the domain written to `CNAME` for GitHub Pages, as mdBook writes it. */
  cname?: string
  /** mdBook `[output.html.search]`: which chapters its search index leaves out (`isSearched`). */
  search?: SearchSettings
  /** mdBook: files under the content root that are no markdown (images…), relative to it, sorted. */
  assetFiles?: string[]
  /**
   * mdBook `[preprocessor.<name>]` tables, which specmark does not run (it implements what it knows): `idle`
   * for one with nothing to do in this book, `configured` for one whose table sets options of its own.
   */
  preprocessors?: Array<{name: string; place: SourceSpan; idle?: boolean; configured?: boolean}>
  /** Where the settings were read from; null when the project configures nothing. */
  settingsSource?: SettingsSource | null
  parts: PartEntry[]
  /** Every entry in listing order, duplicates and missing files included. */
  entries: ListingEntry[]
  /** Every markdown file under the content root, relative to it, sorted. */
  markdownFiles: string[]
}
