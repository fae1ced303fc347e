/**
 * Language server, where names live: the definition of a rule ID (its label), a grammar name (its
 * production's head) or a term (its `dfn:` link), every place that uses it, and where a link to a chapter
 * or section leads. Serves go to definition and find references. To add a kind of name, extend
 * `definitionOf` and `usesOf` together.
 */
import type {Location} from 'vscode-languageserver'
import type {Destination, SourceSpan} from '../model/types.ts'
import {spanAt, toLocation} from './positions.ts'
import {labelIdSpan, referenceSymbol, sameSymbol, type Hit, type SpecSymbol} from './symbol-at.ts'
import type {Snapshot} from './workspace.ts'
import {anchorFor} from '../core/anchors.ts'
import {modelLookup, resolveId} from '../registry/id-resolution.ts'

/** Where a symbol is defined, or null when it is not (an unresolved link). */
export function definitionOf(snapshot: Snapshot, symbol: SpecSymbol): SourceSpan | null {
  const {spec, index} = snapshot.model
  switch (symbol.kind) {
    case 'rule': {
      // A renamed ID leads to the label of the ID it is now (`resolveId`, as the site's `/id/` pages).
      const resolved = resolveId(symbol.id, modelLookup(spec, snapshot.model.registry))
      const location = resolved.kind === 'current' ? spec.rules[resolved.id] : undefined
      return location ? labelIdSpan(location.position, resolved.id) : null
    }
    case 'grammar': {
      const production = index.productions.get(symbol.name)
      return production ? spanAt(production.position.file, production.position.start, production.name.length) : null
    }
    case 'term':
      return index.terms.get(symbol.slug)?.position ?? null
  }
}

/** Where a link destination (a chapter, a section, a rule, a production or a term anchor) is. */
export function destinationSpan(snapshot: Snapshot, destination: Destination): SourceSpan | null {
  const chapter = snapshot.model.spec.chapters.find((candidate) => candidate.id === destination.chapter)
  if (!chapter) return null
  const start = {line: 1, column: 1, offset: 0}
  if (destination.anchor === '') return {file: chapter.file, start, end: start}
  const section = chapter.sections.find((candidate) => candidate.anchor === destination.anchor)
  if (section) return section.position
  const block = chapter.blocks.find((candidate) => candidate.ruleId !== null && anchorFor(candidate.ruleId) === destination.anchor)
  if (block) return block.labelPosition ?? block.position
  const production = snapshot.model.spec.grammar.find((candidate) => candidate.chapter === chapter.id && candidate.anchor === destination.anchor)
  if (production) return spanAt(chapter.file, production.position.start, production.name.length)
  const term = snapshot.model.spec.terms.find((candidate) => candidate.chapter === chapter.id && candidate.anchor === destination.anchor)
  return term?.position ?? {file: chapter.file, start, end: start}
}

/** Every place a symbol is used: links (in text and in link definitions) and, for grammar, nonterminals. */
export function usesOf(snapshot: Snapshot, symbol: SpecSymbol): SourceSpan[] {
  const {spec, facts, index} = snapshot.model
  const spans: SourceSpan[] = []
  for (const chapter of spec.chapters) {
    for (const block of chapter.blocks) {
      for (const reference of block.refs) {
        const named = referenceSymbol(reference, index)
        if (named && sameSymbol(named, symbol)) spans.push(reference.position)
      }
    }
    for (const reference of facts.chapters[chapter.id]?.definitionRefs ?? []) {
      const named = referenceSymbol(reference, index)
      if (named && sameSymbol(named, symbol)) spans.push(reference.position)
    }
  }
  if (symbol.kind === 'grammar') {
    for (const production of spec.grammar) {
      for (const use of production.uses) {
        if (use.name === symbol.name) spans.push(spanAt(use.position.file, use.position.start, use.name.length))
      }
    }
  }
  return spans.sort((a, b) => (a.file === b.file ? a.start.offset - b.start.offset : a.file < b.file ? -1 : 1))
}

/** Go to definition: the symbol's definition, or where a link to a chapter or section leads. */
export function definitionLocations(snapshot: Snapshot, hit: Hit): Location[] {
  const contentRoot = snapshot.model.project.contentRoot
  const span = hit.symbol ? definitionOf(snapshot, hit.symbol) : hit.destination ? destinationSpan(snapshot, hit.destination) : null
  return span ? [toLocation(contentRoot, span)] : []
}

/** Find references: every use of the symbol, with its definition first when asked. */
export function referenceLocations(snapshot: Snapshot, hit: Hit, includeDeclaration: boolean): Location[] {
  if (!hit.symbol) return []
  const contentRoot = snapshot.model.project.contentRoot
  const definition = includeDeclaration ? definitionOf(snapshot, hit.symbol) : null
  return [...(definition ? [definition] : []), ...usesOf(snapshot, hit.symbol)].map((span) => toLocation(contentRoot, span))
}
