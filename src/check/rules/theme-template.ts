/**
 * `theme-template`: an mdBook theme's `head.hbs` or `header.hbs` that Handlebars cannot render as mdBook
 * would: a syntax error, a helper mdBook does not have, a partial, or a Font Awesome icon that does not
 * exist (`src/parse/theme-template.ts`). mdBook refuses to build such a book; so does specmark, saying where.
 *
 * ok: `<link rel="stylesheet" href="{{ path_to_root }}fonts.css">`. not ok: `{{#if search_enabled}}` never closed.
 */
import path from 'node:path'
import {pointSpan} from '../../core/positions.ts'
import {themeTemplateProblem} from '../../parse/theme-template.ts'
import type {LintRule} from '../context.ts'

export const themeTemplate: LintRule = {
  code: 'theme-template',
  severity: 'error',
  description: "an mdBook theme's `head.hbs` or `header.hbs` that mdBook could not render",
  layouts: ['mdbook'],
  check({project}, report) {
    for (const template of [project.theme?.head, project.theme?.header]) {
      if (!template) continue
      const problem = themeTemplateProblem(template.source)
      if (problem === null) continue
      report({
        reason: `${problem.reason}: mdBook cannot render \`${path.posix.basename(template.file)}\``,
        place: pointSpan(template.place.file, {line: problem.line, column: problem.column, offset: 0}),
        hint: 'the template is Handlebars, given the data and helpers mdBook gives it: https://rust-lang.github.io/mdBook/format/theme/index-hbs.html',
      })
    }
  },
}
