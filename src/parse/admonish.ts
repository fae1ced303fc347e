/**
 * mdbook-admonish's blocks, read as admonitions: in an mdBook with `[preprocessor.admonish]`, a code block
 * whose info string starts with `admonish` (```` ```admonish warning title="Careful" ````) is an
 * admonition whose body is the block's markdown. It becomes the tree a `> [!KIND]` blockquote makes
 * (`admonition.ts`), so the model, `check` and the renderer read it as they read every admonition:
 * mdbook-admonish's kinds as the nearest of the dialect's (`KINDS`), a custom title as the body's first,
 * bold, paragraph (the dialect's admonitions are titled by their kind). Every node is placed at the
 * block, as included markdown is at its directive.
 * <https://tommilligan.github.io/mdbook-admonish/>
 */
import type {Blockquote, Code, Root, RootContent} from 'mdast'
import {visit} from 'unist-util-visit'
import {placeAll, type ParseIncluded} from './prose-includes.ts'

declare module 'mdast' {
  interface BlockquoteData {
    /** An admonition shown closed until the reader opens it (mdbook-admonish's `collapsible=true`). */
    collapsible?: boolean
    /** Whether its body's first paragraph is its title (mdbook-admonish's `title="…"`), which a collapsible one shows as its summary. */
    titled?: boolean
    /** Shown without a title bar (mdbook-admonish's `title=""`). */
    untitled?: boolean
  }
}

/** mdbook-admonish's directives (and their aliases), each as the dialect's kind nearest to it. */
const KINDS: Record<string, string> = {
  note: 'NOTE',
  abstract: 'NOTE',
  summary: 'NOTE',
  tldr: 'NOTE',
  info: 'NOTE',
  todo: 'NOTE',
  question: 'NOTE',
  help: 'NOTE',
  faq: 'NOTE',
  quote: 'NOTE',
  cite: 'NOTE',
  tip: 'TIP',
  hint: 'TIP',
  success: 'TIP',
  check: 'TIP',
  done: 'TIP',
  important: 'IMPORTANT',
  warning: 'WARNING',
  caution: 'WARNING',
  attention: 'WARNING',
  failure: 'CAUTION',
  fail: 'CAUTION',
  missing: 'CAUTION',
  danger: 'CAUTION',
  error: 'CAUTION',
  bug: 'CAUTION',
  example: 'EXAMPLE',
}

/** Replaces each admonish block of `tree` by the admonition it is. Mutates and returns `tree`. */
export function readAdmonishBlocks(tree: Root, parse: ParseIncluded): Root {
  visit(tree, 'code', (node: Code, index, parent) => {
    if (parent === undefined || index === undefined || node.lang !== 'admonish' || node.position === undefined) return
    const {kind, title, collapsible} = admonishInfo(node.meta ?? '')
    // The title is markdown, as mdbook-admonish reads it: bold, as a title reads.
    const titled = title === null || title.trim() === '' ? '' : `**${title.trim()}**\n\n`
    const body = parse(`${titled}${node.value}`)?.children ?? []
    const marker = {type: 'paragraph', children: [{type: 'linkReference', identifier: `!${kind.toLowerCase()}`, label: `!${kind}`, referenceType: 'shortcut', children: [{type: 'text', value: `!${kind}`}]}]} as RootContent
    // `title=""` takes the title bar away, as in mdbook-admonish (a collapsible one keeps its kind's).
    const data = collapsible ? {collapsible, titled: titled !== ''} : title === '' ? {untitled: true} : null
    const admonition: Blockquote = {type: 'blockquote', children: [marker, ...body] as Blockquote['children'], ...(data ? {data} : {})}
    placeAll(admonition, node.position)
    ;(parent.children as RootContent[]).splice(index, 1, admonition)
    return 'skip'
  })
  return tree
}

/**
 * The kind and title an admonish block's info string gives (after `admonish`): its first word, a
 * directive (`note` when none, or one mdbook-admonish does not know), and `title="…"`, or the quoted
 * string of the older form (`admonish warning "Title"`); null for none. `collapsible=true`: closed
 * until opened, as mdbook-admonish draws it (a `<details>`).
 */
function admonishInfo(meta: string): {kind: string; title: string | null; collapsible: boolean} {
  const directive = /^\s*([A-Za-z]+)/.exec(meta)?.[1]?.toLowerCase() ?? 'note'
  const kind = Object.hasOwn(KINDS, directive) ? KINDS[directive]! : 'NOTE'
  const title = /\btitle\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(meta)?.[1] ?? /^\s*[A-Za-z]+\s+"((?:[^"\\]|\\.)*)"/.exec(meta)?.[1] ?? null
  return {kind, title: title === null ? null : title.replace(/\\(.)/g, '$1'), collapsible: /\bcollapsible\s*=\s*true\b/.test(meta)}
}
