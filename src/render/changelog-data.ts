/**
 * The site's changelog data: each release's `ReleaseChangelog` (`src/release/changelog.ts`, computed
 * from the release snapshots) turned into plain data the `/changes/` pages show, with every changed
 * paragraph's word diff as parts to mark up as `<ins>` and `<del>` (pure).
 *
 * To show more per release: add the field to `RenderedChangelog` (`types.ts`) and fill it here.
 */
import type {Place} from '../diff/diff-specs.ts'
import {wordDiff} from '../diff/word-diff.ts'
import type {ReleaseChangelog} from '../release/changelog.ts'
import type {RenderedChangelog, WordDiffPart} from './types.ts'

export function changelogData(changelogs: ReleaseChangelog[]): RenderedChangelog[] {
  return changelogs.map(({version, previous, paragraphCount, diff, retired}) => ({
    version,
    previous,
    paragraphCount,
    added: diff.added.map(({id, chapter, section}) => ({id, chapter, section})),
    changed: diff.changed.map(({id, chapter, before, after, renamedFrom}) => ({id, chapter, diff: diffParts(before, after), renamedFrom})),
    informative: diff.informative.map(({id, chapter, before, after}) => ({id, chapter, diff: diffParts(before, after)})),
    retargeted: diff.retargeted.map(({id, chapter, removed, added}) => ({id, chapter, removed, added})),
    moved: diff.moved.map(({id, from, to}) => ({id, from: placeName(from), to: placeName(to)})),
    renamed: diff.renamed.map(({id, to, changed}) => ({id, to, changed})),
    removed: diff.removed.map(({id, chapter}) => ({id, chapter})),
    retired,
  }))
}

function diffParts(before: string, after: string): WordDiffPart[] {
  return wordDiff(before, after).map((part) => ({text: part.value, change: part.added ? 'ins' : part.removed ? 'del' : null}))
}

function placeName(place: Place): string {
  return place.section === null ? place.chapter : `${place.chapter} › ${place.section}`
}
