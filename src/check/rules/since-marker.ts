/**
 * `since-marker`: a label's `since=` attribute (`r[id] since=1.95`) must name a Rust release (`1.95`)
 * newer than the document's baseline (`settings.rustBaseline`), since it marks behaviour the baseline
 * release does not have. Without a baseline the marker cannot be judged, which is reported too.
 *
 * Not ok (baseline 1.85): `since=1.80` (not newer), `since=1.9x` (not a release).
 */
import type {LintRule} from '../context.ts'

const RELEASE = /^1\.(\d+)$/

export const sinceMarker: LintRule = {
  code: 'since-marker',
  severity: 'error',
  description: 'a `since=` marker that is not a Rust release newer than the baseline',
  checkChapter({project}, chapter, report) {
    const baseline = project.settings.rustBaseline
    const base = baseline === undefined ? null : Number(RELEASE.exec(baseline)?.[1])
    for (const block of chapter.blocks) {
      if (block.since === undefined) continue
      const place = block.labelPosition ?? block.position
      const minor = RELEASE.exec(block.since)
      if (!minor) {
        report({reason: `Unexpected \`since=${block.since}\`, expected a Rust release such as \`since=1.95\``, place})
      } else if (base === null) {
        report({severity: 'warning', reason: `Unexpected \`since=${block.since}\` without a baseline, expected \`settings.rustBaseline\` in the outline`, place, hint: 'state the Rust release the document describes, e.g. `rustBaseline: "1.85"`'})
      } else if (Number(minor[1]) <= base) {
        report({severity: 'warning', reason: `Unexpected \`since=${block.since}\` not newer than the baseline ${baseline}, expected a later release`, place, hint: 'remove the marker: the baseline already includes this behaviour'})
      }
    }
  },
}
