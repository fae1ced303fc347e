/**
 * `unused-theme-file`: a file of an mdBook's theme folder that replaces a part of mdBook's own page — its
 * template (`index.hbs`), styles (`css/chrome.css`, …), scripts (`book.js`, …) or fonts (`fonts/fonts.css`).
 * They are written for mdBook's page and its element IDs; specmark draws its own page and does not use them.
 * What a book adds to every page (`head.hbs`, `header.hbs`, `additional-css`, `additional-js`) and its
 * icons (`favicon.svg`, `favicon.png`) are used.
 *
 * ok: a theme folder holding `head.hbs`. not ok: one holding `index.hbs`.
 */
import type {LintRule} from '../context.ts'

export const unusedThemeFile: LintRule = {
  code: 'unused-theme-file',
  severity: 'warning',
  description: "a file of an mdBook's theme that replaces mdBook's own page, styles or scripts, which specmark does not use",
  layouts: ['mdbook'],
  check({project}, report) {
    for (const {file, place} of project.theme?.unused ?? []) {
      report({
        reason: `\`${file}\` replaces a part of mdBook's own page, which specmark does not draw: the pages are built without it`,
        place,
        hint: "what every page needs goes in the theme's `head.hbs` or `header.hbs`, or in `additional-css` and `additional-js`",
      })
    }
  },
}
