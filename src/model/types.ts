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
export const MODEL_VERSION = 5

export type {Point, SourceSpan} from '../core/positions.ts'
import type {SourceSpan} from '../core/positions.ts'
import type {GrammarSyntaxError, ParsedProduction} from '../grammar/parse-grammar.ts'
export type {CharsetItem, GrammarExpression, ParsedProduction} from '../grammar/parse-grammar.ts'

export type {Layout} from '../load/project.ts'
import type {Layout} from '../load/project.ts'

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
  /** mdBook's `{{#title …}}`: the page's whole `<title>` (the last directive of the chapter wins). */
  pageTitle?: string
  /**
   * An mdBook chapter's name in SUMMARY.md where it is not its title (`[Code generation](codegen.md)` for
   * `# Code generation attributes`): what mdBook's sidebar, previous and next links and page `<title>` show.
   */
  listedTitle?: string
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
  /**
   * Headings inside a list or a plain blockquote: no sections (not in the page's contents), but anchored,
   * as mdBook anchors every heading; their anchors are allocated in document order with the sections'.
   */
  innerHeadings: InnerHeading[]
  blocks: Block[]
  /** Every labelled clause of the chapter, in document order (see `Clause`). */
  clauses: Clause[]
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

export interface InnerHeading {
  anchor: string
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
  | 'definitionList'
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
  /**
   * The ID of the clause this block belongs to (for a block inside an admonition, its admonition's
   * clause), or null for a block no label covers (before a chapter's first label, after an unlabelled
   * heading).
   */
  clause: string | null
  /** Whitespace-normalized plain text of the block. */
  text: string
  /**
   * Hex sha256 of this block's `text` alone. Not what auditors cite: the cited hash is its clause's
   * (`Clause.hash`). Kept because registries and snapshots written before clauses hashed the first block.
   */
  hash: string
  /** Outgoing references written in this block. */
  refs: Reference[]
  admonition?: AdmonitionInfo
  code?: CodeInfo
}

/**
 * What a rule ID stands for: a label's clause runs from the label to the next label or the next heading
 * (labelled or not), or to the end of the chapter, and holds every block in between — paragraphs, lists,
 * tables, grammar, code, admonitions. A labelled heading's clause is the heading plus the blocks after it
 * up to the next label or heading; a labelled heading with nothing of its own after it (another label or
 * heading follows at once) is a pure *section* ID.
 *
 * A clause has two parts. The *main* part is what is cited: for a normative clause, the heading (if any)
 * and its normative blocks (normative text, edition and target-specific admonitions, grammar, tables); for
 * an informative clause (a labelled note or example, a clause of an informative chapter), everything. The
 * *informative* part of a normative clause is its examples and notes. Each part has a text (normalized:
 * white space folded, markup and link definitions left out) and the identities of what it links to
 * (`links`), and a hash over both.
 */
export interface Clause {
  id: string
  /** `clause`: has text of its own (citable); `section`: a pure section ID (a parent of the clauses under it). */
  kind: 'clause' | 'section'
  /** Whether the clause is normative: its labelled block is, or (for a heading) a block it holds is. */
  normative: boolean
  /** Index of the labelled block (the clause's first block). */
  head: number
  /** Indices of every block the clause holds (blocks inside its admonitions too), ascending. */
  blocks: number[]
  /** Where the label `r[...]` is written. */
  labelPosition: SourceSpan
  /** From the label to the end of the clause's last block. */
  position: SourceSpan
  /** Anchor of the section the clause is in (its own heading's, for a heading clause). */
  section: string | null
  /** Normalized text of the main part: the blocks' texts joined by one space. */
  text: string
  /**
   * Identities of what the main part links to, in order of writing: `rule:<id>` (following registry
   * renames back to the ID's first name, so that a rename alone changes nothing), `grammar:<name>`,
   * `term:<slug>`, `page:<chapter>#<anchor>`, `url:<url>`, `std:<path>`, or `unresolved:<as written>`.
   */
  links: string[]
  /** Hex sha256 of `text` (and of `links`, when there are any): the hash shown and cited. */
  hash: string
  /** Normalized text of the informative part ('' when there is none). */
  informativeText: string
  informativeLinks: string[]
  /** Hex sha256 of the informative part, or null when there is none. */
  informativeHash: string | null
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
  /** For a ```` ```grammar ```` block: the block parsed (once, here; render draws it from this). */
  grammar?: GrammarBlock
}

/** A grammar block, parsed. Offsets are into the block's `value` with line endings made `\n`. */
export interface GrammarBlock {
  /** The block's category (` ```grammar,<category> `), or `uncategorized`. */
  category: string
  /** The productions, each with its expression tree (`expression`: what a railroad diagram draws). */
  productions: ParsedProduction[]
  /** The first syntax error; the productions before it are still there. */
  error: GrammarSyntaxError | null
}

/** `asset`: a file of an mdBook that is no chapter (an image, a download), linked or shown relatively. */
export type ReferenceKind = 'rule' | 'grammar' | 'term' | 'chapter' | 'anchor' | 'url' | 'std' | 'asset' | 'unknown'

/** A link written in the text, resolved against the whole specification. */
export interface Reference {
  kind: ReferenceKind
  /** What was written: a rule ID, production name, term slug, path, URL or label; for a `url`, as the page writes it (mdBook's `x.html` for an mdBook's relative `x.md`). */
  target: string
  /** True when the target exists (always true for external URLs, which are not checked). */
  resolved: boolean
  /** Where the target lives, for internal references that resolved; in an mdBook also the page of a missing anchor, which its link still reaches. */
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
  /** Index of the rule's clause in its chapter's `clauses`. */
  clause: number
  position: SourceSpan
}

export interface Production {
  name: string
  category: string
  isRoot: boolean
  chapter: string
  /** Index of the grammar block defining it in its chapter's `blocks`. */
  block: number
  /** Anchor of the production on its chapter page. */
  anchor: string
  position: SourceSpan
  /** Every nonterminal the production refers to, with its position. */
  uses: Array<{name: string; position: SourceSpan}>
  /** The production's expression as written (without the `Name ->` head). */
  source: string
  /** The production as written from its name to its end (`Name -> …`), line endings `\n`. */
  text: string
  /** The production parsed, offsets into `text`; `syntax.expression` is its tree. */
  syntax: ParsedProduction
  /**
   * The links of its suffixes (`_except [delimiters][lex.token.delim]_`), resolved: the same references
   * as in its block's `refs`, kept here for the grammar summary, which shows the production on another
   * page. Empty in a chapter's draft; filled when the model resolves references.
   */
  links: Reference[]
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
