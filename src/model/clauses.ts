/**
 * Clauses: what each rule ID stands for (see `Clause` in `types.ts`). `collectClauses` groups a chapter's
 * blocks into clauses and computes the texts of their parts, per file; `finishClauses` adds the
 * identities of what each part links to and the hashes, once references are resolved against the whole
 * specification. `clauseHash` is the one definition of a clause hash, shared by the model and by the
 * migration of registries and snapshots written before clauses.
 *
 * To change what a hash covers: change `clauseHash` or `linkIdentity`, bump `MODEL_VERSION`, and make
 * `src/registry/migrate.ts` recompute stored hashes so that the change alone marks nothing as changed.
 */
import {isNormativeKind} from './block-kind.ts'
import {sha256} from './text.ts'
import type {Block, Clause, Reference} from './types.ts'
import {ruleIdOfAnchor} from '../core/anchors.ts'

/**
 * The clauses of a chapter whose blocks carry their `clause` ID (set while the blocks were built), in
 * document order. Links and hashes cover the text only; `finishClauses` completes them.
 */
export function collectClauses(blocks: readonly Block[]): Clause[] {
  const clauses: Clause[] = []
  let current: {head: Block; members: Block[]} | null = null
  const close = (): void => {
    if (current) clauses.push(clauseOf(current.head, current.members))
    current = null
  }
  for (const block of blocks) {
    if (block.ruleId !== null && block.parent === null) {
      close()
      current = {head: block, members: [block]}
    } else if (current !== null && block.clause === current.head.ruleId) {
      current.members.push(block)
    } else if (block.parent === null) {
      close()
    }
  }
  close()
  return clauses
}

function clauseOf(head: Block, members: Block[]): Clause {
  const topLevel = members.filter((block) => block.parent === null)
  const own = topLevel.filter((block) => block !== head)
  const isHeading = head.type === 'heading'
  const normative = isHeading ? own.some((block) => isNormativeKind(block.kind)) : isNormativeKind(head.kind)
  const main = normative ? topLevel.filter((block) => block === head || isNormativeKind(block.kind)) : topLevel
  const informative = normative ? topLevel.filter((block) => !main.includes(block)) : []
  const text = joinTexts(main)
  const informativeText = joinTexts(informative)
  const last = members.at(-1)!
  const labelPosition = head.labelPosition ?? head.position
  return {
    id: head.ruleId!,
    kind: isHeading && own.length === 0 ? 'section' : 'clause',
    normative,
    head: head.index,
    blocks: members.map((block) => block.index),
    labelPosition,
    position: {file: labelPosition.file, start: labelPosition.start, end: last.position.end},
    section: head.section,
    text,
    links: [],
    hash: clauseHash(text, []),
    informativeText,
    informativeLinks: [],
    informativeHash: informative.length > 0 ? clauseHash(informativeText, []) : null,
  }
}

function joinTexts(blocks: Block[]): string {
  return blocks
    .map((block) => block.text)
    .filter((text) => text !== '')
    .join(' ')
}

/**
 * The hash of a clause part: the sha256 of its normalized text, followed (when it links anywhere) by the
 * identities of its link targets, one a line. A part without links hashes like its text alone, so that
 * a one-block clause keeps the hash its block had before clauses.
 */
export function clauseHash(text: string, links: readonly string[]): string {
  return links.length === 0 ? sha256(text) : sha256(`${text}\n\0links\n${links.join('\n')}`)
}

/** Maps a rule ID to the identity a link to it has in hashes (its first name, following renames). */
export type CanonicalId = (id: string) => string

/**
 * The identity of a link target in a hash: what it resolves to, not how it is written, so that moving a
 * link definition or writing `[x](#r-id)` for `[x][id]` is no change.
 */
export function linkIdentity(reference: Reference, canonical: CanonicalId): string {
  if (!reference.resolved) return `unresolved:${reference.target}`
  switch (reference.kind) {
    case 'rule':
      return `rule:${canonical(reference.target)}`
    case 'grammar':
      return `grammar:${reference.target}`
    case 'term':
      return `term:${reference.target}`
    case 'url':
      return `url:${reference.target}`
    case 'std':
      return `std:${reference.target}`
    case 'chapter':
    case 'anchor': {
      const anchor = reference.destination?.anchor ?? ''
      const ruleId = ruleIdOfAnchor(anchor)
      if (ruleId !== null) return `rule:${canonical(ruleId)}`
      return `page:${reference.destination?.chapter ?? reference.target}#${anchor}`
    }
    default:
      return `unresolved:${reference.target}`
  }
}

/**
 * The text with each renamed rule ID it links to written as its first name, for hashing: a link written
 * `[old.id]` shows the ID as its text, and `specmark ids rename` rewrites that text too.
 */
function firstNamesIn(text: string, renamed: ReadonlyMap<string, string>): string {
  let result = text
  for (const [now, first] of renamed) {
    const escaped = now.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    result = result.replace(new RegExp(`(?<![\\w.-])${escaped}(?![\\w-]|\\.\\w)`, 'g'), first)
  }
  return result
}

/**
 * The clauses with their link identities and final hashes, given the chapter's blocks with resolved
 * references (pure: returns new clause objects).
 */
export function finishClauses(clauses: readonly Clause[], blocks: readonly Block[], canonical: CanonicalId): Clause[] {
  return clauses.map((clause) => {
    const topOf = (block: Block): Block => (block.parent === null ? block : topOf(blocks[block.parent]!))
    const inMain = (block: Block): boolean => {
      const top = topOf(block)
      return !clause.normative || top.index === clause.head || isNormativeKind(top.kind)
    }
    const main: string[] = []
    const informative: string[] = []
    const references = clause.blocks
      .flatMap((index) => blocks[index]!.refs.map((reference) => ({reference, block: blocks[index]!})))
      .sort((a, b) => a.reference.position.start.offset - b.reference.position.start.offset)
    const renamed = new Map<string, string>()
    for (const {reference, block} of references) {
      (inMain(block) ? main : informative).push(linkIdentity(reference, canonical))
      if (reference.kind === 'rule' && canonical(reference.target) !== reference.target) renamed.set(reference.target, canonical(reference.target))
    }
    return {
      ...clause,
      links: main,
      hash: clauseHash(firstNamesIn(clause.text, renamed), main),
      informativeLinks: informative,
      informativeHash: clause.informativeHash === null ? null : clauseHash(firstNamesIn(clause.informativeText, renamed), informative),
    }
  })
}

const clausesByHead = new WeakMap<readonly Clause[], Map<number, Clause>>()

/** The clause whose labelled block is `head` in `chapter`, if any. */
export function clauseAt(chapter: {clauses: readonly Clause[]}, head: number): Clause | undefined {
  let byHead = clausesByHead.get(chapter.clauses)
  if (!byHead) {
    byHead = new Map()
    for (const clause of chapter.clauses) if (!byHead.has(clause.head)) byHead.set(clause.head, clause)
    clausesByHead.set(chapter.clauses, byHead)
  }
  return byHead.get(head)
}

/** A block of text that would be normative but that no label covers (see `uncoveredText`). */
export interface UncoveredText {
  chapter: string
  file: string
  line: number
  type: Block['type']
  /** The block's text, cut at 160 characters. */
  excerpt: string
}

const COVERABLE = new Set<Block['type']>(['paragraph', 'list', 'table', 'grammar'])

/**
 * Text no clause holds, outside informative chapters and admonitions: a paragraph, list, table or grammar
 * before a chapter's first label or after an unlabelled heading. In our layout such a block is a
 * `missing-rule-id` error; in an mdBook it is exposition by default, reported for review (`check
 * --format json`, the traceability page) because no citation can pin it.
 */
export function uncoveredText(spec: {chapters: ReadonlyArray<{id: string; file: string; informative: boolean; blocks: Block[]}>}): UncoveredText[] {
  const found: UncoveredText[] = []
  for (const chapter of spec.chapters) {
    if (chapter.informative) continue
    for (const block of chapter.blocks) {
      if (block.clause !== null || block.parent !== null || !COVERABLE.has(block.type) || block.text === '') continue
      if (block.kind !== 'normative' && block.kind !== 'informative') continue
      found.push({
        chapter: chapter.id,
        file: chapter.file,
        line: block.position.start.line,
        type: block.type,
        excerpt: block.text.length > 160 ? `${block.text.slice(0, 159)}…` : block.text,
      })
    }
  }
  return found
}
