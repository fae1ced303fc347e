/**
 * `invalid-front-matter` (our layout): a chapter's YAML front matter does not parse, or has unknown or
 * missing fields (`topic`, `owner`, `status` are required; `informative` is optional).
 */
import type {LintRule} from '../context.ts'

export const invalidFrontMatter: LintRule = {
  code: 'invalid-front-matter',
  severity: 'error',
  description: 'a chapter’s front matter is not valid',
  layouts: ['specmark'],
  checkChapter({facts}, chapter, report) {
    for (const problem of facts.chapters[chapter.id]?.frontMatter.problems ?? []) {
      report({
        reason: `Unexpected front matter: ${problem.message}`,
        place: problem.place,
        hint: 'front matter has `topic` (outline topic id), `owner` (list of teams), `status` (draft, review or stable) and optionally `informative: true`',
      })
    }
  },
}
