/**
 * Resolving links against the whole specification: what a link written in a chapter points at, following
 * the dialect's rules in order — explicit destinations (URLs, `.md` paths, `#anchors`, `term:`), then rule
 * IDs, grammar productions (`Name` or `grammar-Name`), standard-library paths, and otherwise plain text.
 * Only the model resolves (the renderer reads `Block.refs`), so a link renders where `check` says it goes.
 */
import path from 'node:path'
import type {RawReference} from './build-chapter.ts'
import {looksLikeRuleId} from '../core/rule-id.ts'
import {termSlug} from '../core/anchors.ts'
import type {Destination, Production, Reference, RuleLocation, SourceSpan, Term} from './types.ts'
import {anchorFor} from '../core/anchors.ts'
import {decodePercent} from '../core/percent.ts'

export interface LinkIndex {
  rules: Record<string, RuleLocation>
  productions: Map<string, Production>
  terms: Map<string, Term>
  /** Chapter id by source file (relative to the content root). */
  chapterByFile: Map<string, string>
  /** Every anchor of every chapter page. */
  anchors: Map<string, Set<string>>
  /** For an mdBook: what its published `.html` URLs may also reach. */
  book?: BookIndex
}

/** An mdBook's files and redirects, for its relative `.html` links and its images. */
export interface BookIndex {
  /** Files under `src/` that are no markdown (relative to it): published beside the pages. */
  assets: Set<string>
  /** `[output.html.redirect]` keys without their leading `/` (`types/textual.html`, `x.html#old`). */
  redirects: Set<string>
}

export interface LinkSource {
  chapter: string
  file: string
}

type Resolution = Omit<Reference, 'position' | 'viaDefinition'>

/** Resolves a raw reference; null when it is plain text (an undefined `[label]` that is nothing). */
/**
 * What of a resolved reference its rendered link depends on: kind, target, whether it resolved and
 * where to. The one definition of "resolves the same" for the model's reuse of unchanged chapters
 * (`build-spec.ts`), render keys (`render-cache.ts`) and the guide's memo (`render-memo.ts`).
 */
export function resolution(reference: Reference): [Reference['kind'], string, boolean, string | null, string | null] {
  return [reference.kind, reference.target, reference.resolved, reference.destination?.chapter ?? null, reference.destination?.anchor ?? null]
}

/** Whether two references resolve the same (`resolution`). */
export function resolvesSame(a: Reference, b: Reference): boolean {
  return a.kind === b.kind && a.target === b.target && a.resolved === b.resolved && a.destination?.chapter === b.destination?.chapter && a.destination?.anchor === b.destination?.anchor
}

export function resolveRawReference(raw: RawReference, from: LinkSource, index: LinkIndex): Reference | null {
  // An image's source names a file, never a rule ID (`x.png`): the rule for files, as for links to files.
  const resolution =
    raw.url === null ? resolveLabel(raw.label ?? '', raw.labelIsCode, index) : raw.image ? fileResolution(raw.url, from, index) : resolveDestination(raw.url, raw.text, from, index)
  if (resolution === null) return null
  return {...resolution, viaDefinition: raw.viaDefinition, position: raw.position}
}

/** Resolves a link definition's destination, for definitions checked on their own. */
export function resolveDefinition(url: string, position: SourceSpan, from: LinkSource, index: LinkIndex): Reference | null {
  const resolution = resolveDestination(url, '', from, index)
  if (resolution === null) return null
  return {...resolution, viaDefinition: true, position}
}

function resolveLabel(label: string, labelIsCode: boolean, index: LinkIndex): Resolution | null {
  const rule = ruleResolution(label) ?? ruleResolution(label.toLowerCase())
  if (rule) return rule
  const production = productionResolution(label)
  if (production) return production
  if (labelIsCode) return stdResolution(label.replace(/^`+|`+$/g, ''))
  if (label.startsWith('grammar-')) return {kind: 'grammar', target: label.slice('grammar-'.length), resolved: false, destination: null}
  // mdbook-spec links a bracketed label only when it names a rule that exists; in an mdBook the rest
  // (`[workspace.members]`) is text, as mdbook-spec leaves it — unless it starts like the book's own rule
  // IDs (`[items.fn.intr]`), a likely typo that `check` reports.
  if (looksLikeRuleId(label) && (!index.book || ruleNamespaces(index).has(label.split('.')[0]!))) {
    return {kind: 'rule', target: label, resolved: false, destination: null}
  }
  return null

  function ruleResolution(id: string): Resolution | null {
    const location = index.rules[id]
    return location ? {kind: 'rule', target: id, resolved: true, destination: ruleDestination(id, location)} : null
  }

  function productionResolution(name: string): Resolution | null {
    const bare = name.startsWith('grammar-') ? name.slice('grammar-'.length) : name
    const production = index.productions.get(bare)
    return production
      ? {kind: 'grammar', target: bare, resolved: true, destination: {chapter: production.chapter, anchor: production.anchor}}
      : null
  }
}

function resolveDestination(url: string, text: string, from: LinkSource, index: LinkIndex): Resolution | null {
  if (url.startsWith('dfn:')) return null
  // `[chapter TODO]()`: mdBook writes `href=""`, a link to the page itself; nothing to check.
  if (url === '') return {kind: 'url', target: url, resolved: true, destination: null}
  if (url.startsWith('term:')) {
    const slug = url.slice('term:'.length) || termSlug(text)
    const term = index.terms.get(slug)
    return {kind: 'term', target: slug, resolved: term !== undefined, destination: term ? {chapter: term.chapter, anchor: term.anchor} : null}
  }
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|\/\/)/i.test(url)) {
    return {kind: 'url', target: url, resolved: true, destination: null}
  }
  const hashIndex = url.indexOf('#')
  const pathPart = hashIndex === -1 ? url : url.slice(0, hashIndex)
  const fragment = hashIndex === -1 ? '' : decodePercent(url.slice(hashIndex + 1))
  if (pathPart === '') {
    // `#` alone: the top of the page (HTML's "top of the document"), nothing to check.
    if (fragment === '') return {kind: 'url', target: url, resolved: true, destination: null}
    const resolved = index.anchors.get(from.chapter)?.has(fragment) ?? false
    // In an mdBook a stale anchor still links to its page, as mdBook writes it (see `resolveBookLink`).
    return {kind: 'anchor', target: url, resolved, destination: resolved || index.book ? {chapter: from.chapter, anchor: fragment} : null}
  }
  if (index.book) {
    const resolution = resolveBookLink(url, from, index, index.book)
    if (resolution) return resolution
  }
  if (pathPart.endsWith('.md')) {
    const file = fileOf(pathPart, from)
    // mdBook turns every relative `.md` link into `.html`; one leaving the book points at a sibling book.
    if (file.startsWith('../')) return {kind: 'url', target: url, resolved: true, destination: null}
    const chapter = index.chapterByFile.get(file)
    const resolved = chapter !== undefined && (fragment === '' || (index.anchors.get(chapter)?.has(fragment) ?? false))
    return {kind: 'chapter', target: url, resolved, destination: chapter !== undefined && resolved ? {chapter, anchor: fragment} : null}
  }
  // Relative links to other books (`../rustc/index.html`) and to files: the rule for files.
  if (pathPart.includes('/') || /\.[a-z0-9]+$/i.test(pathPart) && !looksLikeRuleId(pathPart)) return fileResolution(url, from, index)
  const rule = index.rules[url]
  if (rule) return {kind: 'rule', target: url, resolved: true, destination: ruleDestination(url, rule)}
  const bare = url.startsWith('grammar-') ? url.slice('grammar-'.length) : url
  const production = index.productions.get(bare)
  if (production) {
    return {kind: 'grammar', target: bare, resolved: true, destination: {chapter: production.chapter, anchor: production.anchor}}
  }
  if (url.startsWith('grammar-')) return {kind: 'grammar', target: bare, resolved: false, destination: null}
  if (looksLikeRuleId(url)) return {kind: 'rule', target: url, resolved: false, destination: null}
  return stdResolution(url)
}

/**
 * mdBook's own relative links, resolved as mdBook publishes them: it writes a destination's `.md` as
 * `.html` (`mdBookHref`), and `x.html` is the page of `x.md` (`index.html` that of `README.md` or
 * `index.md`), a redirect of `[output.html.redirect]`, or one of the book's files. So `x.md` also
 * reaches a redirect left where a chapter was, and `../other/x.md` a sibling book.
 * Links leaving the book (`../std/…` from the top) keep their mdBook meaning and are not checked.
 * A link to a missing anchor of a page that exists still goes to that page, as in mdBook (`check`
 * warns about the anchor). Null for what is not such a link (no file extension: a rule ID, a folder).
 */
function resolveBookLink(url: string, from: LinkSource, index: LinkIndex, book: BookIndex): Resolution | null {
  const written = url.split(/[?#]/, 1)[0]!
  // `glossary.zst` names a rule (mdbook-spec rewrites such destinations before mdBook sees them).
  if (!written.includes('/') && (index.rules[written] !== undefined || index.productions.has(written))) return null
  const href = mdBookHref(url)
  const pathPart = href.split(/[?#]/, 1)[0]!
  const hashAt = href.indexOf('#')
  const fragment = hashAt === -1 ? '' : decodePercent(href.slice(hashAt + 1))
  const extension = /\.([a-z0-9]+)$/i.exec(pathPart)?.[1]?.toLowerCase()
  if (extension === undefined) return null
  // From the site's root: not checked, but written as mdBook writes it.
  if (pathPart.startsWith('/')) return {kind: 'url', target: href, resolved: true, destination: null}
  const file = fileOf(pathPart, from)
  if (file.startsWith('../') || (extension !== 'html' && extension !== 'htm')) return fileResolution(href, from, index)
  const stem = file.replace(/\.html?$/i, '')
  const candidates = [`${stem}.md`, ...(stem === 'index' || stem.endsWith('/index') ? [`${stem.slice(0, -'index'.length)}README.md`] : [])]
  const chapter = candidates.map((candidate) => index.chapterByFile.get(candidate)).find((id) => id !== undefined)
  if (fragment !== '' && book.redirects.has(`${file}#${fragment}`)) return {kind: 'url', target: href, resolved: true, destination: null}
  if (chapter !== undefined) {
    const resolved = fragment === '' || (index.anchors.get(chapter)?.has(fragment) ?? false)
    return {kind: 'chapter', target: url, resolved, destination: {chapter, anchor: fragment}}
  }
  if (book.redirects.has(file)) return {kind: 'url', target: href, resolved: true, destination: null}
  return {kind: 'chapter', target: url, resolved: false, destination: null}
}

/**
 * A relative destination as mdBook writes it on the page: the text up to its last `.md`, then `.html`,
 * then the fragment if one follows at once; whatever else followed is dropped (`x.md?q#a` and `x.mdr`
 * become `x.html`). mdBook's `fix_link`, `crates/mdbook-html/src/html/tree.rs` (0.5).
 */
function mdBookHref(url: string): string {
  const match = mdBookMatch(url)
  return match ? `${match[1]}.html${match[2] ?? ''}` : url
}

/** What mdBook's rewrite of `url` drops: the text after its last `.md` that is no fragment right after it (`r` of `x.mdr`), or ''. */
export function droppedByMdBook(url: string): string {
  const match = mdBookMatch(url)
  return match ? url.slice(match[0].length) : ''
}

function mdBookMatch(url: string): RegExpExecArray | null {
  if (url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return null
  return /^(.*)\.md(#.*)?/.exec(url)
}

/** The file a destination's path names, from the book's root: relative to the linking file, its escapes decoded but those of URL syntax (`%2F`). */
function fileOf(pathPart: string, from: LinkSource): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from.file), decodePercent(pathPart, 'keep')))
}

/**
 * The one rule for a destination naming a file (an image's source, a link to `x.svg` or `../std/…`), in
 * both layouts: relative to the chapter, a file the book publishes beside its pages (an mdBook's assets,
 * which `check` reports when missing); leaving the book (`../` above it), a folder, or in a layout that
 * publishes no files of its own, a URL kept as written and not checked.
 */
function fileResolution(url: string, from: LinkSource, index: LinkIndex): Resolution {
  const unchecked: Resolution = {kind: 'url', target: url, resolved: true, destination: null}
  const pathPart = url.split(/[?#]/)[0]!
  // A folder or an extensionless path (`dir/`, `../book/`) is no file of the book's to check.
  if (!index.book || !/\.[a-z0-9]+$/i.test(pathPart) || pathPart.startsWith('/') || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return unchecked
  const file = fileOf(pathPart, from)
  if (file.startsWith('../')) return unchecked
  return {kind: 'asset', target: url, resolved: index.book.assets.has(file), destination: null}
}

const namespaces = new WeakMap<LinkIndex['rules'], Set<string>>()

/** The first components of every rule ID (`expr`, `items`), computed once per index. */
function ruleNamespaces(index: LinkIndex): Set<string> {
  let found = namespaces.get(index.rules)
  if (!found) {
    found = new Set(Object.keys(index.rules).map((id) => id.split('.')[0]!))
    namespaces.set(index.rules, found)
  }
  return found
}

function ruleDestination(id: string, location: RuleLocation): Destination {
  return {chapter: location.chapter, anchor: anchorFor(id)}
}

/**
 * Standard-library links (`std::option::Option`, `mod@std::vec`, `Option`) are rustdoc intra-doc paths.
 * Resolving them exactly needs rustdoc (mdbook-spec runs it); specmark links to the documentation's
 * search for the path instead, which needs no toolchain and always lands on the item's candidates.
 */
function stdResolution(target: string): Resolution {
  return {kind: 'std', target, resolved: true, destination: null}
}

/** The URL a standard-library link points at. */
export function stdLinkUrl(target: string): string {
  const pathText = target.replace(/^[a-z]+@/, '').replace(/<.*>$/, '').replace(/\(\)$/, '').replace(/!$/, '')
  const crate = /^(core|alloc|std|proc_macro|test)::/.exec(pathText)?.[1] ?? 'std'
  // A lone surrogate (no UTF-8 file holds one, but a string can) has no URL form: the replacement
  // character stands for it, as a browser's URL parser writes it.
  return `https://doc.rust-lang.org/${crate}/index.html?search=${encodeURIComponent(pathText.toWellFormed())}`
}
