/**
 * `chapter-listed-twice`: the outline or SUMMARY.md lists the same chapter file more than once. The
 * chapter is published at its first place; the later entry is reported.
 */
import {laterDuplicates} from '../duplicates.ts'
import type {LintRule} from '../context.ts'

export const chapterListedTwice: LintRule = {
  code: 'chapter-listed-twice',
  severity: 'error',
  description: 'a chapter file is listed more than once',
  check({project}, report) {
    for (const {item, first} of laterDuplicates(project.entries, (entry) => entry.file)) {
      report({
        reason: `Unexpected second listing of \`${item.file}\`, expected each chapter to be listed once`,
        place: item.listedAt,
        hint: 'remove one of the two entries, or point this one at its own chapter file',
        cause: {reason: 'first listed here', place: first.listedAt},
      })
    }
  },
}
