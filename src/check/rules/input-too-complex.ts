/**
 * `input-too-complex`: a chapter exceeds an input limit (see `src/parse/limits.ts`) and was read as
 * empty: nesting so deep that parsing it would stall every build.
 */
import type {LintRule} from '../context.ts'

export const inputTooComplex: LintRule = {
  code: 'input-too-complex',
  severity: 'error',
  fixed: true,
  description: 'a chapter beyond specmark’s input limits',
  checkChapter({facts}, chapter, report) {
    const problem = facts.chapters[chapter.id]?.limitProblem
    if (!problem) return
    report({
      reason: `Unexpected input beyond specmark's limits: ${problem.message}; the chapter was not read`,
      place: problem.place,
      hint: 'flatten the nesting; no specification needs it this deep',
    })
  },
}
