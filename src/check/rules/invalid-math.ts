/**
 * `invalid-math`: in an mdBook with `mathjax-support` or mdbook-katex, TeX that does not typeset. The page
 * shows it as written, in red; this says where and why, as the renderer's KaTeX reads it (MathJax, which
 * mdBook loads, reads a few commands KaTeX does not: those are reported too; mdbook-katex's macros are
 * KaTeX's).
 *
 * ok: `\\( \frac{1}{2} \\)`, `$\frac{1}{2}$` with mdbook-katex. not ok: `\\( \frac{1}{ \\)`.
 */
import {katex, katexOptions} from '../../parse/syntax/math.ts'
import type {LintRule} from '../context.ts'
import type {KatexSettings} from '../../parse/katex.ts'

export const invalidMath: LintRule = {
  code: 'invalid-math',
  severity: 'warning',
  description: 'TeX that does not typeset, in an mdBook with mathjax-support or mdbook-katex',
  layouts: ['mdbook'],
  checkChapter({project, facts}, chapter, report) {
    if (project.math !== true && project.katex === undefined) return
    for (const {tex, display, place} of facts.chapters[chapter.id]?.math ?? []) {
      const problem = texProblem(tex, display, project.katex?.options)
      if (problem === null) continue
      report({reason: `\`${tex.trim()}\` does not typeset: ${problem}`, place, hint: 'the page shows it as written; see https://katex.org/docs/supported for the TeX it reads'})
    }
  },
}

/** Why KaTeX cannot typeset `tex`, or null. */
function texProblem(tex: string, display: boolean, book: KatexSettings['options'] | undefined): string | null {
  try {
    katex().renderToString(tex, katexOptions(display, true, book))
    return null
  } catch (error) {
    if (!(error instanceof katex().ParseError)) throw error
    // The message without KaTeX's excerpt of the TeX (the diagnostic quotes it and gives its place).
    return error.rawMessage
  }
}
