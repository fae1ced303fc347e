/**
 * `chapter-out-of-step` (our layout): a chapter disagrees with the outline entry that lists it — its front
 * matter names another topic (it sits at another topic's place in the outline's order), other owners, or
 * no topic at all.
 */
import type {LintRule} from '../context.ts'

export const chapterOutOfStep: LintRule = {
  code: 'chapter-out-of-step',
  severity: 'error',
  description: 'a chapter’s front matter disagrees with its outline entry',
  layouts: ['specmark'],
  checkChapter({project, facts}, chapter, report) {
    const entry = project.entries.find((candidate) => candidate.file === chapter.file)
    const frontMatter = facts.chapters[chapter.id]?.frontMatter
    // A chapter beyond the input limits was not read: `input-too-complex` says so, nothing else.
    if (!entry || !frontMatter || facts.chapters[chapter.id]?.limitProblem) return
    const start = {line: 1, column: 1, offset: 0}
    const place = frontMatter.position ?? {file: chapter.file, start, end: start}
    if (frontMatter.position === null) {
      report({
        reason: `Unexpected chapter without front matter, expected \`topic: ${entry.topic}\`, \`owner\` and \`status\``,
        place,
        hint: `start the file with:\n---\ntopic: ${entry.topic}\nowner: [${entry.owners.join(', ')}]\nstatus: draft\n---`,
      })
      return
    }
    if (frontMatter.problems.length > 0) return
    if (frontMatter.topic !== entry.topic) {
      const claimed = project.entries.some((candidate) => candidate.topic === frontMatter.topic)
      const reason = claimed
        ? `Unexpected chapter for topic \`${frontMatter.topic}\` at the place of topic \`${entry.topic}\` in the outline, expected chapters in outline order`
        : `Unexpected topic \`${frontMatter.topic}\`, expected \`${entry.topic}\` (the outline topic listing this file)`
      report({
        reason,
        place,
        hint: claimed ? `swap the \`file\` entries of topics \`${entry.topic}\` and \`${frontMatter.topic}\` in ${project.listingFile}, or fix the front matter` : `set \`topic: ${entry.topic}\``,
        cause: {reason: 'listed here', place: entry.listedAt},
      })
    }
    const owners = frontMatter.owners ?? []
    if (owners.join('\n') !== entry.owners.join('\n')) {
      report({
        reason: `Unexpected owner \`${owners.join(', ')}\`, expected \`${entry.owners.join(', ')}\` as in the outline`,
        place,
        hint: `set \`owner: [${entry.owners.join(', ')}]\`, or change the outline if ownership moved`,
        cause: {reason: 'outline entry', place: entry.listedAt},
      })
    }
  },
}
