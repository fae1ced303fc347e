/**
 * mdbook-admonish's blocks, read as admonitions: in an mdBook with `[preprocessor.admonish]`, a code block
 * whose info string starts with `admonish` (```` ```admonish warning title="Careful" ````) is an
 * admonition whose body is the block's markdown. It becomes the tree a `> [!KIND]` blockquote makes
 * (`admonition.ts`), so the model, `check` and the renderer read it as they read every admonition:
 * mdbook-admonish's directives as the nearest of the dialect's kinds (`BUILTIN`), a title written in the
 * block as the body's first, bold, paragraph. What mdbook-admonish draws besides is kept on the node for
 * the renderer (`BlockquoteData`): its directive's class (`admonish-info`), which the book's copy of
 * mdbook-admonish's stylesheet colours and gives its icon, its title, and whether it starts closed, each
 * resolved as `resolve.rs` resolves them (the block's own, the directive's, the book's default). Every
 * node is placed at the block, as included markdown is at its directive.
 * <https://tommilligan.github.io/mdbook-admonish/>
 */
import type {Blockquote, Code, Root, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'
import {placeAll, type ParseIncluded} from './prose-includes.ts'

declare module 'mdast' {
  interface BlockquoteData {
    /** mdbook-admonish's directive (builtin or the book's own), whose `admonish-<directive>` class the admonition carries. */
    admonish?: string
    /** Its id on the page, as mdbook-admonish gives it (`admonition-<title>`, or the block's `id="…"`). */
    anchor?: string
    /** The title shown when the body has none of its own (mdbook-admonish's directive title, or the book's default). */
    label?: string
    /** An admonition shown closed until the reader opens it (mdbook-admonish's `collapsible=true`). */
    collapsible?: boolean
    /** Whether its body's first paragraph is its title (mdbook-admonish's `title="…"`), shown in its title bar. */
    titled?: boolean
    /** Shown without a title bar (mdbook-admonish's `title=""`). */
    untitled?: boolean
  }
}

/** `[preprocessor.admonish]` as mdbook-admonish reads it (`book_config.rs`): what the blocks need of it. */
export interface AdmonishSettings {
  /** `default.title`: every block's title unless the block gives its own. */
  title: string | null
  /** `default.collapsible`. */
  collapsible: boolean
  /** Whether a builtin directive's blocks start closed (`directive.builtin.<name>.collapsible`), by directive. */
  builtin: Record<string, boolean>
  /** The book's own directives (`directive.custom.<name>`, or `[[custom]]`), by name and alias. */
  custom: Record<string, {directive: string; title: string | null; collapsible: boolean | null}>
  /** `default.css_id_prefix`: what each admonition's id starts with. */
  idPrefix: string
}

export const DEFAULT_ADMONISH: AdmonishSettings = {title: null, collapsible: false, builtin: {}, custom: {}, idPrefix: 'admonition-'}

/**
 * mdbook-admonish's builtin directives (`types.rs`), each name and alias: the directive it is (its CSS
 * class's), and the dialect's admonition kind nearest to it (its colour where the book brings no
 * stylesheet of mdbook-admonish's, and its kind to the model).
 */
const BUILTIN: Record<string, readonly [directive: string, kind: string]> = {
  note: ['note', 'NOTE'],
  abstract: ['abstract', 'NOTE'],
  summary: ['abstract', 'NOTE'],
  tldr: ['abstract', 'NOTE'],
  info: ['info', 'NOTE'],
  todo: ['info', 'NOTE'],
  tip: ['tip', 'TIP'],
  hint: ['tip', 'TIP'],
  important: ['tip', 'IMPORTANT'],
  success: ['success', 'TIP'],
  check: ['success', 'TIP'],
  done: ['success', 'TIP'],
  question: ['question', 'NOTE'],
  help: ['question', 'NOTE'],
  faq: ['question', 'NOTE'],
  warning: ['warning', 'WARNING'],
  caution: ['warning', 'WARNING'],
  attention: ['warning', 'WARNING'],
  failure: ['failure', 'CAUTION'],
  fail: ['failure', 'CAUTION'],
  missing: ['failure', 'CAUTION'],
  danger: ['danger', 'CAUTION'],
  error: ['danger', 'CAUTION'],
  bug: ['bug', 'CAUTION'],
  example: ['example', 'EXAMPLE'],
  quote: ['quote', 'NOTE'],
  cite: ['quote', 'NOTE'],
}

/** Replaces each admonish block of `tree` by the admonition it is. Mutates and returns `tree`. */
export function readAdmonishBlocks(tree: Root, parse: ParseIncluded, settings: AdmonishSettings = DEFAULT_ADMONISH): Root {
  // Ids are unique among the chapter's admonitions, as mdbook-admonish counts them (its `id_counter`).
  const counts = new Map<string, number>()
  visit(tree, 'code', (node: Code, index, parent) => {
    if (parent === undefined || index === undefined || node.lang !== 'admonish' || node.position === undefined) return
    const meta = node.meta ?? ''
    const {kind, directive, title, label, collapsible} = resolveAdmonition(meta, settings)
    const anchor = quoted(meta, 'id') ?? `${settings.idPrefix}${uniqueId(title ?? label, counts)}`
    // The block's own title is markdown, as mdbook-admonish reads it: bold, as a title reads.
    const titled = title === null || title.trim() === '' ? '' : `**${title.trim()}**\n\n`
    const body = parse(`${titled}${node.value}`)?.children ?? []
    const marker = {type: 'paragraph', children: [{type: 'linkReference', identifier: `!${kind.toLowerCase()}`, label: `!${kind}`, referenceType: 'shortcut', children: [{type: 'text', value: `!${kind}`}]}]} as RootContent
    // `title=""` takes the title bar away, as in mdbook-admonish (a collapsible one keeps its directive's).
    const data = {admonish: directive, label, anchor, ...(collapsible ? {collapsible} : {}), ...(titled !== '' ? {titled: true} : title === '' && !collapsible ? {untitled: true} : {})}
    const admonition: Blockquote = {type: 'blockquote', children: [marker, ...body] as Blockquote['children'], data}
    placeAll(admonition, node.position)
    ;(parent.children as RootContent[]).splice(index, 1, admonition)
    return 'skip'
  })
  return tree
}

/**
 * What an admonish block's info string (after `admonish`) makes of it, as mdbook-admonish resolves it:
 * its first word is a directive, builtin or the book's own (`note` when none, or one it does not know);
 * `title="…"` (or the quoted string of the older form, `admonish warning "Title"`) its own title, else
 * the book's default, else its directive's (`label`); `collapsible=true|false`, else the directive's,
 * else the book's default.
 */
function resolveAdmonition(meta: string, settings: AdmonishSettings): {kind: string; directive: string; title: string | null; label: string; collapsible: boolean} {
  const written = /^\s*([^\s"=]+)(?=\s|$)/.exec(meta)?.[1] ?? ''
  const title = quoted(meta, 'title') ?? unescaped(/^\s*[^\s"=]+\s+"((?:[^"\\]|\\.)*)"/.exec(meta)?.[1])
  const stated = /\bcollapsible\s*=\s*(true|false)\b/.exec(meta)?.[1]
  const builtin = Object.hasOwn(BUILTIN, written) ? BUILTIN[written]! : null
  const custom = builtin === null && Object.hasOwn(settings.custom, written) ? settings.custom[written]! : null
  const directive = builtin?.[0] ?? custom?.directive ?? 'note'
  const label = settings.title ?? (builtin ? builtinTitle(written) : custom ? (custom.title ?? uppercaseFirst(written)) : 'Note')
  const directiveCollapsible = builtin ? settings.builtin[directive] : custom?.collapsible
  const collapsible = stated !== undefined ? stated === 'true' : (directiveCollapsible ?? settings.collapsible)
  return {kind: builtin?.[1] ?? 'NOTE', directive, title, label, collapsible}
}

/** The value of `key="…"` in an info string, unescaped; null when it is not there. */
function quoted(meta: string, key: string): string | null {
  return unescaped(new RegExp(`(?:^|\\s)${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(meta)?.[1])
}

/** A quoted value without its backslash escapes; null for none. */
function unescaped(value: string | undefined): string | null {
  return value === undefined ? null : value.replace(/\\(.)/g, '$1')
}

/**
 * mdBook 0.4's `unique_id_from_content`, which mdbook-admonish ids its blocks by: the title without
 * HTML tags and entities, alphanumerics, `_` and `-` kept (ASCII letters lowercased), whitespace as `-`;
 * `default` for no title; `-1`, `-2`… for the same id again.
 */
function uniqueId(title: string, counts: Map<string, number>): string {
  const text = title === '' ? 'default' : title
  let id = ''
  for (const ch of text.replace(/<.*?>/g, '').replace(/&lt;|&gt;|&amp;|&#39;|&quot;/g, '').trim().replace(/^#+/, '').trim()) {
    if (/[\p{Alphabetic}\p{N}_-]/u.test(ch)) id += /[A-Z]/.test(ch) ? ch.toLowerCase() : ch
    else if (/\s/u.test(ch)) id += '-'
  }
  const count = counts.get(id) ?? 0
  counts.set(id, count + 1)
  return count === 0 ? id : `${id}-${count}`
}

/** A builtin directive's title as written (`format_builtin_directive_title`): `tldr` and `faq` spelled out. */
function builtinTitle(written: string): string {
  return written === 'tldr' ? 'TL;DR' : written === 'faq' ? 'FAQ' : uppercaseFirst(written)
}

function uppercaseFirst(text: string): string {
  const first = text.codePointAt(0)
  return first === undefined ? '' : String.fromCodePoint(first).toUpperCase() + text.slice(String.fromCodePoint(first).length)
}
