/**
 * `chapter-outside-root`: an outline entry or SUMMARY.md link points outside the spec root — a `../`
 * path, an absolute path, or a symlink leading out. Such a file is never read: a specification must not
 * publish files from the machine that builds it.
 */
import type {LintRule} from '../context.ts'

export const chapterOutsideRoot: LintRule = {
  code: 'chapter-outside-root',
  severity: 'error',
  description: 'a listed chapter file outside the spec root',
  check({project}, report) {
    for (const entry of project.entries) {
      if (!entry.outside) continue
      report({
        reason: `Unexpected chapter file \`${entry.file}\` outside the spec root, expected a path inside it`,
        place: entry.listedAt,
        hint: 'move the chapter into the spec root and list it by a relative path',
      })
    }
  },
}
