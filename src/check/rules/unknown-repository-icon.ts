/**
 * `unknown-repository-icon`: an mdBook's `output.html.git-repository-icon` that names no Font Awesome 6
 * Free icon in its style (`fab-github`, `fas-code-fork`; `fa-` is the regular style). mdBook 0.5 refuses
 * such a book; mdBook 0.4's own default, `fa-github`, is one. The top bar links the repository with the
 * icon of that name in the style that has it, else in words.
 *
 * ok: `git-repository-icon = "fab-gitlab"`. not ok: `git-repository-icon = "fa-github"` (a brand: `fab`).
 */
import {iconData, otherStylesOf, STYLE_CLASS} from '../../parse/syntax/font-awesome.ts'
import type {LintRule} from '../context.ts'

export const unknownRepositoryIcon: LintRule = {
  code: 'unknown-repository-icon',
  severity: 'warning',
  description: 'a `git-repository-icon` naming a Font Awesome icon that does not exist',
  layouts: ['mdbook'],
  check({project}, report) {
    const repository = project.repository
    if (!repository?.iconPlace || iconData(repository.icon) !== null) return
    const elsewhere = otherStylesOf(repository.icon)
    report({
      reason: `Unexpected \`git-repository-icon\` \`${repository.icon.name}\` in the ${repository.icon.style} style, expected one of Font Awesome 6 Free's`,
      place: repository.iconPlace,
      hint:
        elsewhere.length > 0
          ? `it is a ${elsewhere[0]} icon, drawn as one (mdBook refuses the book): write \`${STYLE_CLASS[elsewhere[0]!]}-${repository.icon.name}\``
          : 'the repository is linked in words (mdBook refuses the book); see https://fontawesome.com/v6/search?o=r&m=free for the icons and their names',
    })
  },
}
