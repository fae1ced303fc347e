/**
 * The rule margin as data: every labelled block carries its stable anchor (`r-<ID>`, as mdbook-spec
 * writes it), its rule ID and the content hash a citation names. The site draws the margin from this
 * (`site/components/RuleMargin.astro`); the render stage adds no margin markup to a block's HTML.
 */
import type {Block} from '../model/types.ts'

import type {RuleMargin} from './types.ts'
import {anchorFor} from '../core/anchors.ts'

/** How many hex digits of the sha256 a citation shows. */
export const SHORT_HASH_LENGTH = 8

export function shortHash(hash: string): string {
  return hash.slice(0, SHORT_HASH_LENGTH)
}

/** The margin of a block, or null when it has no rule ID. */
export function ruleMargin(block: Pick<Block, 'ruleId' | 'hash' | 'since'>): RuleMargin | null {
  if (block.ruleId === null) return null
  const margin: RuleMargin = {id: block.ruleId, anchor: anchorFor(block.ruleId), hash: block.hash, shortHash: shortHash(block.hash)}
  if (block.since !== undefined) margin.since = block.since
  return margin
}

/**
 * A rule ID cut for a narrow margin: everything up to and including the last dot (`head`, which the site
 * may shorten with an ellipsis) and the last segment (`tail`, always shown whole). The two joined are the
 * ID; a dotless ID is all tail.
 */
export function splitRuleId(id: string): {head: string; tail: string} {
  const dot = id.lastIndexOf('.')
  return {head: id.slice(0, dot + 1), tail: id.slice(dot + 1)}
}
