/**
 * The specmark model: plain, JSON-serializable data describing a whole specification.
 *
 * Everything downstream (check, render, site, search, exports, traceability, diff) reads this model and
 * nothing else. It is built by `buildSpec` from parsed chapters; it never holds syntax trees, functions
 * or class instances, so it can be cached, sent between workers and written out as JSON.
 *
 * To add a field: add it here with a doc comment, fill it in `src/model/`, and bump `MODEL_VERSION` when
 * an existing field changes meaning (the parse cache is keyed by it).
 */

import type {UrlScheme} from '../config/schema.ts'

/** Bumped whenever the shape or meaning of the model changes. */
export const MODEL_VERSION = 1

export type {Point, SourceSpan} from '../core/positions.ts'
import type {SourceSpan} from '../core/positions.ts'

/** How the sources are laid out. */
export type Layout = 'specmark' | 'mdbook'

export interface Spec {
  modelVersion: number
  layout: Layout
  /**
   * How chapter pages are addressed on the site: `html` (`chapter.html`, mdBook's URLs; the default for
   * an mdBook) or `directories` (`chapter/`). From `settings.urls` (`src/config/schema.ts`).
   */
  urls: UrlScheme
  /** Document title (outline `title`, or `book.toml` `[book] title`). */
  title: string
  /** Document version (outline `version`; for an mdBook, `unversioned`). */
  version: string
  parts: Part[]
  /** Every chapter, in reading order. */
  chapters: Chapter[]
  /** Every rule ID defined anywhere, mapped to where it is defined. */
  rules: Record<string, RuleLocation>
  /** Grammar productions, in the order they are defined. */
  grammar: Production[]
  /** Terms defined with `[term](dfn:)`, in definition order. */
  terms: Term[]
}

export interface Part {
  id: string
  title: string
  informative: boolean
  /** Chapter ids of this part, in order. */
  chapters: string[]
}

export type ChapterStatus = 'draft' | 'review' | 'stable'

export interface Chapter {
  /** Stable id: the source path without `.md` (`dynamic/expressions`, `expressions/if-expr`). */
  id: string
  /** Source path relative to the root. */
  file: string
  /** The chapter title: the first level-1 heading, else the outline/SUMMARY title. */
  title: string
  partId: string
  /** Outline topic (specmark layout only). */
  topic: string | null
  owners: string[]
  /** True where the outline marks ownership as still open. */
  ownershipOpen: boolean
  status: ChapterStatus | null
  informative: boolean
  /** Nesting depth in the table of contents (0 = top level). */
  depth: number
  /** Id of the chapter this one is nested under in the table of contents, if any. */
  parentId: string | null
  sections: Section[]
  blocks: Block[]
}

export interface Section {
  /** HTML anchor of the heading (mdBook-compatible slug). */
  anchor: string
  title: string
  /** Heading depth, 1..6. */
  depth: number
  ruleId: string | null
  position: SourceSpan
}

/** What role a block plays in the document. Normative kinds are `normative` and `edition`/`target`. */
export type BlockKind =
  | 'normative'
  | 'informative'
  | 'note'
  | 'example'
  | 'warning'
  | 'edition'
  | 'target'

/** The markdown construct a block was written as. */
export type BlockType =
  | 'paragraph'
  | 'heading'
  | 'list'
  | 'table'
  | 'code'
  | 'grammar'
  | 'admonition'
  | 'blockquote'
  | 'html'
  | 'thematicBreak'
  | 'footnoteDefinition'
  | 'data'
  | 'other'

/**
 * A top-level block of a chapter (or a block inside an admonition): the unit a rule label attaches to and
 * the unit auditors cite.
 */
export interface Block {
  /** Position in the chapter's flattened block list; also the key the renderer uses. */
  index: number
  type: BlockType
  kind: BlockKind
  /** The rule ID labelling this block, if any. */
  ruleId: string | null
  /** Where the label `r[...]` itself is written, if any. */
  labelPosition: SourceSpan | null
  /** The Rust release of the label's `since=` attribute: behaviour newer than the document's baseline. */
  since?: string
  position: SourceSpan
  /** Anchor of the enclosing section, or null before the first heading. */
  section: string | null
  /** Index of the admonition block containing this one, if any. */
  parent: number | null
  /** Whitespace-normalized plain text of the block. */
  text: string
  /** Hex sha256 of `text`. */
  hash: string
  /** Outgoing references written in this block. */
  refs: Reference[]
  admonition?: AdmonitionInfo
  code?: CodeInfo
}

export interface AdmonitionInfo {
  /** Upper-case kind as written: `NOTE`, `EDITION-2024`. */
  kind: string
  /** Position of the `[!KIND]` marker. */
  markerPosition: SourceSpan
}

export interface CodeInfo {
  /** First word of the info string (`rust`, `grammar`, `cpp`, `text`), or null. */
  lang: string | null
  /** Comma-separated words after the language (`compile_fail`, `E0308`, `edition2021`, `pair=x`). */
  attributes: string[]
  /** The code as written (hidden `# ` lines included). */
  value: string
}

/** `asset`: a file of an mdBook that is no chapter (an image, a download), linked or shown relatively. */
export type ReferenceKind = 'rule' | 'grammar' | 'term' | 'chapter' | 'anchor' | 'url' | 'std' | 'asset' | 'unknown'

/** A link written in the text, resolved against the whole specification. */
export interface Reference {
  kind: ReferenceKind
  /** What was written: a rule ID, production name, term slug, path, URL or label. */
  target: string
  /** True when the target exists (always true for external URLs, which are not checked). */
  resolved: boolean
  /** Where the target lives, for internal references that resolved. */
  destination: Destination | null
  /** True when written as a link definition (`[label]: dest`) rather than in running text. */
  viaDefinition: boolean
  position: SourceSpan
}

export interface Destination {
  chapter: string
  /** Anchor inside the chapter page, without `#` (empty for the page itself). */
  anchor: string
}

export interface RuleLocation {
  chapter: string
  file: string
  /** Index of the labelled block in its chapter. */
  block: number
  position: SourceSpan
}

export interface Production {
  name: string
  category: string
  isRoot: boolean
  chapter: string
  /** Anchor of the production on its chapter page. */
  anchor: string
  position: SourceSpan
  /** Every nonterminal the production refers to, with its position. */
  uses: Array<{name: string; position: SourceSpan}>
  /** The production's expression as written (without the `Name ->` head). */
  source: string
}

export interface Term {
  /** Lowercase, hyphenated: `place-expression`. */
  slug: string
  /** The term as written at its definition. */
  text: string
  chapter: string
  /** Index of the block holding the definition. */
  block: number
  anchor: string
  position: SourceSpan
}
