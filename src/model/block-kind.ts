/**
 * What role a block plays: normative text, or one of the informative kinds. Decided from where the block
 * is written (inside which admonition, in which chapter) and what it is.
 */
import type {BlockKind, BlockType, Layout} from './types.ts'

/** The block kind of blocks inside an admonition of `admonitionKind`. */
export function admonitionBlockKind(admonitionKind: string): BlockKind {
  if (admonitionKind === 'NOTE') return 'note'
  if (admonitionKind === 'EXAMPLE') return 'example'
  if (admonitionKind === 'WARNING' || admonitionKind === 'CAUTION') return 'warning'
  if (admonitionKind.startsWith('EDITION-')) return 'edition'
  if (admonitionKind === 'TARGET-SPECIFIC') return 'target'
  return 'note'
}

export interface KindContext {
  layout: Layout
  informativeChapter: boolean
  /** Kind of the enclosing admonition, if any. */
  admonitionKind: string | null
}

/**
 * The kind of a block outside or inside an admonition. `inClause` says whether a label covers it (it is
 * in some rule's clause).
 */
export function blockKind(type: BlockType, inClause: boolean, context: KindContext): BlockKind {
  if (context.admonitionKind !== null) return admonitionBlockKind(context.admonitionKind)
  if (context.informativeChapter) return 'informative'
  if (type === 'code' || type === 'data') return 'example'
  if (type === 'html' || type === 'thematicBreak' || type === 'footnoteDefinition' || type === 'other') {
    return 'informative'
  }
  // In an mdBook such as the Reference, text no label covers is exposition: its rule guidelines put every
  // rule-bearing paragraph in a clause. (`uncoveredBlocks` still reports such text, for review.)
  if (context.layout === 'mdbook' && !inClause) return 'informative'
  return 'normative'
}

/** Whether a kind is normative. */
export function isNormativeKind(kind: BlockKind): boolean {
  return kind === 'normative' || kind === 'edition' || kind === 'target'
}

/**
 * The one definition of a normative paragraph, used by every count of them (home page, traceability): a
 * clause with text of its own (not a pure section ID) whose content is normative (`Clause.normative`).
 */
export function isNormativeParagraph(clause: {kind: 'clause' | 'section'; normative: boolean}): boolean {
  return clause.kind === 'clause' && clause.normative
}
