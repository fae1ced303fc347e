/**
 * Language server, what is under the cursor: a rule ID (its label `r[…]` or a link to it), a grammar name
 * (a production's head, a nonterminal in a grammar block, or a grammar link), a term (its `dfn:`
 * definition or a `term:` use), or another internal link (a chapter or anchor). Definition, references,
 * hover and rename all start here. To support a new kind of name: add it to `SpecSymbol`, find it in
 * `symbolAt`, and teach `symbol-locations.ts` where it is defined and used.
 */
import type {LinkIndex} from '../model/resolve-reference.ts'
import type {Chapter, Destination, Reference, SourceSpan} from '../model/types.ts'
import {containsOffset, spanAt} from './positions.ts'
import type {Snapshot} from './workspace.ts'
import {ruleIdOfAnchor} from '../core/anchors.ts'

/** A name the specification defines once and uses anywhere. */
export type SpecSymbol = {kind: 'rule'; id: string} | {kind: 'grammar'; name: string} | {kind: 'term'; slug: string}

export interface Hit {
  /** The name, or null for a link to a chapter or a section (which has a destination only). */
  symbol: SpecSymbol | null
  /** The text under the cursor: a label's ID, a production's or nonterminal's name, or the whole link. */
  span: SourceSpan
  /** For a link: where it leads. */
  destination: Destination | null
}

/** What is at `offset` in `file`, or null for plain text. */
export function symbolAt(snapshot: Snapshot, file: string, offset: number): Hit | null {
  const chapter = snapshot.chapters.get(file)
  if (!chapter) return null
  const {model} = snapshot
  for (const label of model.facts.chapters[chapter.id]?.labels ?? []) {
    if (containsOffset(label.position, offset)) return {symbol: {kind: 'rule', id: label.id}, span: labelIdSpan(label.position, label.id), destination: null}
  }
  for (const production of model.spec.grammar) {
    if (production.chapter !== chapter.id) continue
    const head = spanAt(file, production.position.start, production.name.length)
    if (containsOffset(head, offset)) return {symbol: {kind: 'grammar', name: production.name}, span: head, destination: null}
    for (const use of production.uses) {
      const span = spanAt(file, use.position.start, use.name.length)
      if (containsOffset(span, offset)) return {symbol: {kind: 'grammar', name: use.name}, span, destination: null}
    }
  }
  for (const term of model.spec.terms) {
    if (term.chapter === chapter.id && containsOffset(term.position, offset)) {
      return {symbol: {kind: 'term', slug: term.slug}, span: term.position, destination: null}
    }
  }
  const reference = referenceAt(snapshot, chapter, offset)
  if (!reference) return null
  return {symbol: referenceSymbol(reference, model.index), span: reference.position, destination: reference.destination}
}

/** The innermost reference at `offset`: links in running text first, then link definitions. */
function referenceAt(snapshot: Snapshot, chapter: Chapter, offset: number): Reference | null {
  let found: Reference | null = null
  for (const block of chapter.blocks) {
    if (!containsOffset(block.position, offset)) continue
    for (const reference of block.refs) {
      if (containsOffset(reference.position, offset) && (!found || reference.position.start.offset >= found.position.start.offset)) found = reference
    }
  }
  if (found) return found
  const definitions = snapshot.model.facts.chapters[chapter.id]?.definitionRefs ?? []
  return definitions.find((reference) => containsOffset(reference.position, offset)) ?? null
}

/** The span of the ID inside a label `r[ID]`. */
export function labelIdSpan(label: SourceSpan, id: string): SourceSpan {
  return spanAt(label.file, {line: label.start.line, column: label.start.column + 2, offset: label.start.offset + 2}, id.length)
}

/** The name a reference stands for, when it stands for one. */
export function referenceSymbol(reference: Reference, index: LinkIndex): SpecSymbol | null {
  if (reference.kind === 'rule') return {kind: 'rule', id: reference.target}
  if (reference.kind === 'grammar') return {kind: 'grammar', name: reference.target}
  if (reference.kind === 'term') return {kind: 'term', slug: reference.target}
  // `[x](chapter.md#r-expr.if)` and `[x](#r-expr.if)` name a rule through its anchor; a heading's anchor
  // can look the same (`## Grammar summary` is `#grammar-summary`), so the name must exist.
  const anchor = reference.destination?.anchor ?? ''
  const ruleId = ruleIdOfAnchor(anchor)
  if (ruleId !== null && ruleId in index.rules) return {kind: 'rule', id: ruleId}
  const production = anchor.startsWith('grammar-') ? index.productions.get(anchor.slice('grammar-'.length)) : undefined
  if (production && production.anchor === anchor) return {kind: 'grammar', name: production.name}
  const term = anchor.startsWith('term-') ? index.terms.get(anchor.slice('term-'.length)) : undefined
  if (term && term.anchor === anchor) return {kind: 'term', slug: term.slug}
  return null
}

/** Whether two symbols are the same name. */
export function sameSymbol(a: SpecSymbol, b: SpecSymbol): boolean {
  if (a.kind === 'rule' && b.kind === 'rule') return a.id === b.id
  if (a.kind === 'grammar' && b.kind === 'grammar') return a.name === b.name
  if (a.kind === 'term' && b.kind === 'term') return a.slug === b.slug
  return false
}
