/**
 * `include-refused` and `include-not-expanded`: an mdBook `{{#include …}}` that cannot be read (missing,
 * or outside the include root (`includeRoot`: the spec root, or the git working tree holding an mdBook; a warning in an mdBook, which builds on and shows the directive as written): `../`, absolute paths and symlinks leading out are refused so that a spec
 * cannot publish files from the machine that builds it), or one written in the middle of prose, which
 * specmark does not expand (whole-paragraph directives and those in code blocks are).
 */
import type {LintRule} from '../context.ts'

export const includeRefused: LintRule = {
  code: 'include-refused',
  severity: 'error',
  description: 'an include directive that cannot or may not be read',
  checkChapter({facts, project}, chapter, report) {
    for (const problem of facts.chapters[chapter.id]?.includeProblems ?? []) {
      if (!problem.refused) continue
      // mdBook itself logs such a directive and builds on, showing it as written: a warning there.
      const severity = project.layout === 'mdbook' ? 'warning' : 'error'
      report({reason: `Unexpected include: ${problem.message}`, place: problem.place, severity, hint: problem.hint ?? 'include files from inside the include root (the spec root; for an mdBook, the git working tree holding it, else the folder with book.toml), by a path relative to the including file; `includeRoot` (docs/configuration.md) sets a folder above'})
    }
  },
}

export const includeNotExpanded: LintRule = {
  code: 'include-not-expanded',
  severity: 'warning',
  description: 'an include directive outside a code block',
  checkChapter({facts}, chapter, report) {
    for (const problem of facts.chapters[chapter.id]?.includeProblems ?? []) {
      if (problem.refused) continue
      report({reason: `Unexpected include outside a code block: ${problem.message}`, place: problem.place, hint: 'put the directive inside a fenced code block, or paste the text'})
    }
  },
}
