/**
 * `unknown-icon`: an `<i>` whose classes name a Font Awesome icon that does not exist (in the style they
 * name). mdBook draws the icons its HTML names (`<i class="fa fa-eye"></i>`) and warns of one it cannot
 * find, leaving the element empty; so does specmark (`src/parse/syntax/font-awesome.ts`).
 *
 * ok: `<i class="fas fa-play"></i>`. not ok: `<i class="fas fa-plya"></i>`, or `<i class="fa fa-github"></i>`
 * (a brand: `fab`).
 */
import {iconData, otherStylesOf, STYLE_CLASS} from '../../parse/syntax/font-awesome.ts'
import type {LintRule} from '../context.ts'

export const unknownIcon: LintRule = {
  code: 'unknown-icon',
  severity: 'warning',
  description: 'an `<i>` naming a Font Awesome icon that does not exist',
  checkChapter({facts}, chapter, report) {
    for (const icon of facts.chapters[chapter.id]?.icons ?? []) {
      if (iconData(icon) !== null) continue
      const elsewhere = otherStylesOf(icon)
      report({
        reason: `Unexpected Font Awesome icon \`fa-${icon.name}\` in the ${icon.style} style, expected one of Font Awesome 6 Free's: the element is left empty`,
        place: icon.place,
        hint: elsewhere.length > 0 ? `it is a ${elsewhere[0]} icon: write \`${STYLE_CLASS[elsewhere[0]!]} fa-${icon.name}\`` : 'see https://fontawesome.com/v6/search?o=r&m=free for the icons and their names',
      })
    }
  },
}
