/**
 * `unreachable-markdown-file`: a markdown file under the root that neither the outline nor SUMMARY.md
 * lists. specmark still publishes it (outside the navigation) so that its rule IDs resolve. An error in
 * our layout, where every chapter belongs to an outline topic; a warning for an mdBook, where unlisted
 * files are common leftovers.
 */
import type {LintRule} from '../context.ts'

export const unreachableMarkdownFile: LintRule = {
  code: 'unreachable-markdown-file',
  severity: 'error',
  description: 'a markdown file that no outline entry or SUMMARY.md link reaches',
  checkChapter({project}, chapter, report) {
    if (project.entries.some((entry) => entry.file === chapter.file)) return
    const start = {line: 1, column: 1, offset: 0}
    report({
      reason: `Unexpected markdown file \`${chapter.file}\` that ${project.listingFile} does not list, expected every chapter to be reachable`,
      place: {file: chapter.file, start, end: start},
      hint: project.layout === 'specmark' ? `add it to a topic in ${project.listingFile}, or delete it` : `link it from ${project.listingFile}, or delete it`,
      severity: project.layout === 'mdbook' ? 'warning' : 'error',
    })
  },
}
