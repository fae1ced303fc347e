/**
 * The notes shown in a rule's margin beside its ID, as data: the release the paragraph's text last
 * changed in, and the tests that cite it. They depend on the ID registry and the test trees, not on the
 * chapter's source, so the site composes them at page generation (`site/components/RuleMargin.astro`)
 * rather than the render cache holding them.
 */
import type {RenderedRule} from './types.ts'

/** What the margin says about releases: nothing, "unreleased", or "changed in <release>". */
export type ReleaseNote = {kind: 'unreleased'} | {kind: 'changed'; release: string} | null

/**
 * The release note of a rule, for a spec that has releases (`released`). A paragraph whose text has not
 * changed since the release that introduced it says nothing: "changed in 0.1.0" would claim a change
 * that never happened.
 */
export function releaseNote(rule: Pick<RenderedRule, 'lastChangedRelease' | 'firstRelease'> | undefined, released: boolean): ReleaseNote {
  if (!released || rule === undefined) return null
  if (rule.lastChangedRelease === null) return {kind: 'unreleased'}
  if (rule.lastChangedRelease === rule.firstRelease) return null
  return {kind: 'changed', release: rule.lastChangedRelease}
}

/** "1 test", "3 tests". */
export function testCount(count: number): string {
  return `${count} test${count === 1 ? '' : 's'}`
}
