/**
 * `missing-chapter-file`: an outline topic or SUMMARY.md link names a chapter file that does not exist
 * (or lies outside the root). In our layout this is also how an outline topic with no chapter shows.
 * mdBook draft chapters (`[Title]()`) have no file by design and are not reported. In an mdBook that lets
 * mdBook create missing files (`[build] create-missing`, its default) it is a warning: mdBook would write
 * `# Title` into the file and build, and specmark builds that page without writing the file.
 */
import type {LintRule} from '../context.ts'

export const missingChapterFile: LintRule = {
  code: 'missing-chapter-file',
  severity: 'error',
  description: 'a listed chapter file does not exist',
  check({project}, report) {
    for (const entry of project.entries) {
      if (entry.file === null || entry.exists || entry.outside) continue
      const what = entry.topic ? `outline topic \`${entry.topic}\` (${entry.title})` : `\`${entry.title}\``
      if (entry.placeholder !== undefined) {
        report({
          severity: 'warning',
          reason: `Unexpected missing chapter file \`${entry.file}\` for ${what}, expected a markdown file inside the root; its page has only the title, as mdBook creates the file`,
          place: entry.listedAt,
          hint: `write \`${entry.file}\`, or set \`create-missing = false\` under \`[build]\` in book.toml to make a missing file an error`,
        })
        continue
      }
      report({
        reason: `Unexpected missing chapter file \`${entry.file}\` for ${what}, expected a markdown file inside the root`,
        place: entry.listedAt,
        hint: entry.topic
          ? `create \`${entry.file}\` with front matter \`topic: ${entry.topic}\`, or correct the path in ${project.listingFile}`
          : `create \`${entry.file}\` or correct the link in ${project.listingFile}`,
      })
    }
  },
}
