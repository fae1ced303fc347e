/**
 * Word diffs of paragraph texts (with the `diff` package): as parts for renderers, and as text with
 * `[-removed-]` and `{+added+}` marks, as `git diff --word-diff` prints them.
 */
import {diffWordsWithSpace} from 'diff'

export interface DiffPart {
  value: string
  added: boolean
  removed: boolean
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((part) => ({value: part.value, added: part.added, removed: part.removed}))
}

export function wordDiffText(before: string, after: string): string {
  return diffText(wordDiff(before, after))
}

/** A word diff's parts as text with `[-removed-]` and `{+added+}` marks. */
export function diffText(parts: readonly DiffPart[]): string {
  return parts.map((part) => (part.added ? `{+${part.value}+}` : part.removed ? `[-${part.value}-]` : part.value)).join('')
}
