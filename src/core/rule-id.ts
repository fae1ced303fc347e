/**
 * The shape of rule IDs: lowercase dot-separated components of `a-z`, `0-9`, `_` and `-`, each starting
 * with a letter or digit (`expr.if.condition`, `layout.repr.c.struct`, `asm.rules.reg-not-input`).
 */
export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*$/

/**
 * Longest rule ID accepted: each ID gets a page `/id/<ID>/`, a folder name, and file systems limit names
 * to 255 bytes (with room for the build's temporary suffixes).
 */
export const MAX_RULE_ID_LENGTH = 200

/** Whether `id` is a well-formed rule ID. */
export function isRuleId(id: string): boolean {
  return RULE_ID_PATTERN.test(id)
}

/** Whether a link destination or label has the shape of a dotted rule ID (at least two components). */
export function looksLikeRuleId(text: string): boolean {
  return text.includes('.') && RULE_ID_PATTERN.test(text) && !/\.(md|html?|rs|toml|json|ya?ml)$/.test(text)
}

/** The parent IDs of an ID, nearest first: `a.b.c` → `a.b`, `a`. */
export function parentIds(id: string): string[] {
  const parts = id.split('.')
  const parents: string[] = []
  for (let length = parts.length - 1; length > 0; length--) parents.push(parts.slice(0, length).join('.'))
  return parents
}
