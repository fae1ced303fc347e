/**
 * The rendered specification: what the website is made of, as plain JSON-serializable data. The render
 * stage (`render-spec.ts`) produces it from the model; the Astro pages in `site/` only read it, and the
 * search index is built from it. HTML fragments in it are sanitized and final.
 *
 * To show something new on the site: add a field here with a doc comment, fill it in `render-spec.ts`,
 * and bump `RENDERED_FORMAT` when an existing field changes meaning (the render cache is keyed by it).
 */
import type {RenderedGlossaryEntry} from './glossary-html.ts'
import type {BlockKind, Chapter, Layout, Section} from '../model/types.ts'
import type {SiteTrace} from '../trace/site-trace.ts'
import type {SourceStamp} from '../load/source-stamp.ts'
import type {CitationData} from '../citations/citation-data.ts'
import type {ThemeBook} from './mdbook-theme.ts'

/** Bumped whenever the shape or meaning of the rendered data changes. */
export const RENDERED_FORMAT = 4

export interface RenderedSpec {
  format: number
  title: string
  /** Document version: the newest release, `unreleased (since <release>)`, or the outline's before any. */
  version: string
  /** The sources the site was built from: git commit (null outside git) and date, stated on every page. */
  source: SourceStamp
  layout: Layout
  /** `<html lang>` of every page (`Project.language`). */
  language: string
  /** `<html dir>`, when the book sets one (`Project.textDirection`). */
  textDirection: 'ltr' | 'rtl' | null
  /** The theme a page opens in for a reader who has not chosen one, by their system's preference (`Project.defaultTheme`); null: the system's. */
  defaultTheme: {light: 'light' | 'dark'; dark: 'light' | 'dark'} | null
  /** URL path the site is served under, with leading and trailing `/` (default `/`). */
  base: string
  parts: RenderedPart[]
  /** Links in every page's footer (`settings.footerLinks`). */
  footerLinks: Array<{text: string; url: string}>
  /** Every chapter, in reading order (unlisted ones included, with `listed: false`). */
  chapters: RenderedChapter[]
  /** Every rule ID, in document order: where its paragraph lives and what to cite. */
  rules: RenderedRule[]
  /** Released IDs that now point elsewhere or nowhere (from the ID registry). */
  aliases: IdAlias[]
  /** Every owning team named by a chapter, sorted. */
  teams: string[]
  /** One changelog per release recorded in `releases/`, newest first (empty before the first release). */
  changelogs: RenderedChangelog[]
  /** Every release kept in `releases/`, oldest first, for the text as released (`/v/<version>/`). */
  releases: RenderedRelease[]
  /** What the citation page checks against in the browser (`/citations/data.json`). */
  citations: CitationData
  /** Every defined term, sorted (`buildGlossary`), its definition as HTML (`renderGlossary`); the `/glossary/` page. */
  glossary: RenderedGlossaryEntry[]
  /** Which tests cite which paragraphs, when the build was given test trees (`--tests`); otherwise null. */
  trace: SiteTrace | null
  /** The authoring guide (`docs/authoring-guide.md`), rendered for `/authoring-guide/`; null when absent. */
  guide: RenderedPage | null
  /** Every page's description unless the page has its own (an mdBook's `book.description`); null for none. */
  description: string | null
  /** An mdBook's `additional-css` and `additional-js` files that exist, as URLs from the site's base: every page loads them after its own. */
  bookStyles: string[]
  bookScripts: string[]
  /** An mdBook's theme icons (`favicon.svg`, `favicon.png`) as URLs from the site's base: the pages' icons instead of the site's. */
  bookIcons: string[]
  /** An mdBook's `git-repository-url`, linked from the top bar by its icon's SVG (`git-repository-icon`; null: in words); null for none. */
  repository: {url: string; icon: string | null} | null
  /**
   * An mdBook's theme templates as written, which every page renders for itself (`src/render/mdbook-theme.ts`):
   * `head` into its head, `header` above its text; with what they are told of the book. Null for a book without either.
   */
  bookTheme: {head: string | null; header: string | null; book: ThemeBook} | null
  /** An mdBook's sidebar folding (`Project.navFold`): the level below which chapters start folded; null for none. */
  navFold: number | null
  /** Whether each chapter of the print page starts a new page (`Project.printPageBreaks`). */
  printPageBreaks: boolean
  /** Whether code blocks get a Copy button (`Project.copyableCode`). */
  copyableCode: boolean
  /** An mdBook's not-found page (`input-404`, `404.md`), the body of `404.html`; null for the site's own. */
  notFound: RenderedPage | null
  /** Only under `specmark dev`: the current diagnostics, shown as an overlay on every page. */
  devDiagnostics?: DevDiagnostic[]
}

export interface DevDiagnostic {
  /** `path:line:col`, as `check` prints it. */
  where: string
  severity: 'error' | 'warning'
  code: string
  message: string
}

export interface RenderedPart {
  id: string
  title: string
  informative: boolean
  /** False for the part of files nothing lists: they get pages but stay out of the navigation. */
  listed: boolean
  chapters: string[]
  /**
   * What the navigation lists, in SUMMARY/outline order: chapters (by id), mdBook's draft chapters
   * (`[Title]()`, shown as text) and separators (`---`).
   */
  items: NavItem[]
}

export type NavItem = {chapter: string} | {draft: string; depth: number; number: string | null} | {separator: true}

/** A chapter page: the chapter's metadata from the model, its page path, and its rendered blocks. */
export interface RenderedChapter
  extends Pick<Chapter, 'id' | 'title' | 'pageTitle' | 'listedTitle' | 'file' | 'partId' | 'topic' | 'owners' | 'ownershipOpen' | 'status' | 'informative' | 'depth' | 'parentId'> {
  /** Page path relative to the base, with a trailing slash: `expressions/if-expr/`. */
  path: string
  /** mdBook `[output.html.redirect]` entries on this page with a fragment: `#old` → URL relative to it. */
  fragmentRedirects: Record<string, string>
  listed: boolean
  /** Its number in the table of contents (`3.2`) when `settings.chapterNumbers` is on and it is listed. */
  number: string | null
  /** Where its source is edited (`settings.editUrlTemplate` with its path), or null. */
  editUrl: string | null
  sections: Array<Omit<Section, 'position'>>
  /** The chapter's top-level blocks, in order (blocks inside admonitions are part of their admonition). */
  blocks: RenderedBlock[]
  /** The chapter's footnotes section (HTML), or an empty string. */
  footnotes: string
}

/**
 * One top-level block of a chapter, as data: its own content (sanitized HTML) and, apart from it, what the
 * site shows around it. The site composes the margin, the notes and the guidance list in Astro components
 * (`site/components/RuleBlock.astro`); nothing patches this HTML afterwards.
 */
export interface RenderedBlock {
  /** The model block's index (`Block.index`). */
  index: number
  ruleId: string | null
  kind: BlockKind
  /** The heading level when the block is a heading (1 for the chapter title), else null. */
  heading: number | null
  /** The block's content: sanitized HTML, without its margin. For a data view, the view's table. */
  html: string
  /** What a labelled block's margin shows; null when the block has no rule ID. */
  margin: RuleMargin | null
  /** The guidance (interop) that cites this paragraph, shown under it; empty when none does. */
  guidance: GuidanceLink[]
}

/** A labelled block's margin: its ID (a link to its anchor) and the content hash a citation carries. */
export interface RuleMargin {
  id: string
  /** Anchor on the chapter page: `r-<id>`. */
  anchor: string
  /** Full sha256 of the clause's normalized text (what the ID registry records). */
  hash: string
  /** The hash as citations show it (`SHORT_HASH_LENGTH` hex digits). */
  shortHash: string
  /** The Rust release the rule's behaviour was stabilized in, when newer than the baseline. */
  since?: string
}

/** A link to guidance citing a paragraph; `href` is null when the guidance is shown on no page. */
export interface GuidanceLink {
  label: string
  href: string | null
}

export interface RenderedRule {
  id: string
  chapter: string
  /** Anchor on the chapter page: `r-<id>`. */
  anchor: string
  /** Full sha256 of the paragraph's normalized text (what the ID registry records). */
  hash: string
  kind: BlockKind
  /** Whether it is a normative paragraph (`isNormativeParagraph`): what every count of them counts. */
  normative: boolean
  /** Title of the enclosing section, or the chapter title. */
  section: string
  /** The start of the paragraph's text, for search results and `/id/` pages. */
  excerpt: string
  /** The release its text last changed in (from the ID registry), or null when not released as it is. */
  lastChangedRelease: string | null
  /** The release it first appeared in (from the ID registry), or null when not released yet. */
  firstRelease: string | null
  /** When its clause is exactly as in the newest release: that release and the path of its text there. */
  citeAs: {version: string; path: string} | null
}

/** A standalone page rendered from markdown outside the specification. */
export interface RenderedPage {
  title: string
  sections: Array<{anchor: string; title: string; depth: number}>
  html: string
}

/** What one release changed since the one before (`releaseChangelogs`), ready to show. */
export interface WordDiffPart {
  text: string
  change: 'ins' | 'del' | null
}

export interface RenderedChangelog {
  version: string
  previous: string | null
  paragraphCount: number
  added: Array<{id: string; chapter: string; section: string | null}>
  /** Normative text changed: the word diff as parts, unchanged, inserted (`ins`) or deleted (`del`) text. */
  changed: Array<{id: string; chapter: string; diff: WordDiffPart[]; renamedFrom: string | null}>
  /** Informative part (examples, notes) changed, with its word diff. */
  informative: Array<{id: string; chapter: string; diff: WordDiffPart[]}>
  /** Same text, links to other targets. */
  retargeted: Array<{id: string; chapter: string; removed: string[]; added: string[]}>
  moved: Array<{id: string; from: string; to: string}>
  /** `changed`: renamed and changed (the changes are listed under the new ID). */
  renamed: Array<{id: string; to: string; changed: boolean}>
  removed: Array<{id: string; chapter: string}>
  retired: Array<{id: string; reason: string}>
}

export type IdAlias =
  | {id: string; status: 'renamed'; to: string; last: LastReleased | null}
  | {id: string; status: 'retired'; release: string; reason: string; last: LastReleased | null}

/** A clause as the last release that had it holds it (tombstones, renamed pages). */
export interface LastReleased {
  version: string
  text: string
  sha256: string
  chapter: string
  /** Its place in the text as released, relative to the base: `v/1.0/expressions/#r-expr.intro`. */
  path: string
}

/** One release's text, per chapter, as its snapshot keeps it (plain clause text, not rendered HTML). */
export interface RenderedRelease {
  version: string
  title: string
  chapters: RenderedReleaseChapter[]
}

export interface RenderedReleaseChapter {
  id: string
  title: string
  /** Page path relative to the base: `v/1.0/expressions/`. */
  path: string
  clauses: Array<{id: string; section: string | null; kind: 'normative' | 'informative'; sha256: string; text: string}>
}
