/**
 * `unresolved-rule-link`: a link names a rule ID that no label defines — `[expr.iff]`,
 * `[text][expr.iff]`, or a link definition `[text]: expr.iff`.
 *
 * A bracketed word that merely looks like an ID is only reported when it has the shape of one (two or
 * more dot-separated lowercase components); other undefined `[labels]` are plain text, as in CommonMark.
 */
import {parentIds} from '../../core/rule-id.ts'
import type {Reference} from '../../model/types.ts'
import type {LintRule} from '../context.ts'

export const unresolvedRuleLink: LintRule = {
  code: 'unresolved-rule-link',
  severity: 'error',
  fixed: true,
  description: 'a rule link names a rule ID that does not exist',
  check({spec, facts}, report) {
    const ids = Object.keys(spec.rules)
    const reportReference = (reference: Reference): void => {
      if (reference.kind !== 'rule' || reference.resolved) return
      const parent = parentIds(reference.target).find((id) => id in spec.rules)
      const near = nearestId(reference.target, ids)
      const hint = near ? `did you mean \`${near}\`?` : parent ? `the nearest defined parent is \`${parent}\`` : undefined
      report({
        reason: `Unexpected link to undefined rule \`${reference.target}\`, expected a rule ID defined by an \`r[…]\` label`,
        place: reference.position,
        ...(hint ? {hint} : {}),
      })
    }
    for (const chapter of spec.chapters) {
      for (const block of chapter.blocks) block.refs.forEach(reportReference)
      facts.chapters[chapter.id]?.definitionRefs.forEach(reportReference)
    }
  },
}

/** The defined ID closest to `target` by edit distance, if it is close (a likely typo). */
export function nearestId(target: string, ids: string[]): string | null {
  let best: string | null = null
  let bestDistance = Math.max(2, Math.floor(target.length / 6)) + 1
  for (const id of ids) {
    if (Math.abs(id.length - target.length) >= bestDistance) continue
    const distance = editDistance(target, id, bestDistance)
    if (distance < bestDistance) {
      best = id
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMinimum = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      rowMinimum = Math.min(rowMinimum, value)
    }
    if (rowMinimum >= limit) return limit
    previous = current
  }
  return previous[b.length]!
}
