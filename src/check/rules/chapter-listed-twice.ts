/**
 * `chapter-listed-twice`: the outline or SUMMARY.md lists the same chapter file more than once. The
 * chapter is published at its first place; the later entry is reported.
 */
import type {ListingEntry} from '../../load/project.ts'
import type {LintRule} from '../context.ts'

export const chapterListedTwice: LintRule = {
  ruleId: 'chapter-listed-twice',
  severity: 'error',
  description: 'a chapter file is listed more than once',
  check({project}, report) {
    const first = new Map<string, ListingEntry>()
    for (const entry of project.entries) {
      if (entry.file === null) continue
      const earlier = first.get(entry.file)
      if (!earlier) {
        first.set(entry.file, entry)
        continue
      }
      report({
        reason: `Unexpected second listing of \`${entry.file}\`, expected each chapter to be listed once`,
        place: entry.listedAt,
        hint: 'remove one of the two entries, or point this one at its own chapter file',
        cause: {reason: 'first listed here', place: earlier.listedAt},
      })
    }
  },
}
