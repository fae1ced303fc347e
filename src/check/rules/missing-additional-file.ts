/**
 * `missing-additional-file`: `book.toml`'s `additional-css` or `additional-js` names a file that does not
 * exist, or its `output.html.theme` a folder. mdBook refuses to build such a book; specmark builds its
 * pages without the file (the Rust Reference's sources are often copied without their `theme/` folder)
 * and says so. A file outside the folder the book may publish from (its include root), or in a `.git`
 * folder, is not published either, and is reported the same way.
 *
 * ok: `additional-css = ["theme/book.css"]` with that file. not ok: the same without it.
 */
import type {LintRule} from '../context.ts'

export const missingAdditionalFile: LintRule = {
  code: 'missing-additional-file',
  severity: 'warning',
  description: 'an `additional-css` or `additional-js` file, or the `theme` folder, of book.toml that does not exist',
  layouts: ['mdbook'],
  check({project}, report) {
    const theme = project.theme
    if (theme?.outside === true && theme.place) {
      report({reason: `the theme folder \`${theme.folder}\` (\`output.html.theme\`) is outside the folder the book may publish from (its git working tree, else its own folder): the pages are built without it`, place: theme.place, hint: 'keep the folder in the book\'s repository, or name its folder with `includeRoot` under `[specmark]`'})
    } else if (theme && !theme.exists && theme.place) {
      report({reason: `the theme folder \`${theme.folder}\` (\`output.html.theme\`) does not exist: the pages are built without it`, place: theme.place, hint: 'add the folder (mdBook refuses to build without it), or take the key out'})
    }
    for (const {kind, file, exists, refused, place} of project.additionalFiles ?? []) {
      if (exists) continue
      const key = `additional-${kind === 'style' ? 'css' : 'js'}`
      if (refused !== undefined) {
        const where = refused === 'git' ? 'is in a `.git` folder' : 'is outside the folder the book may publish from (its git working tree, else its own folder)'
        report({reason: `\`${file}\` (\`${key}\`) ${where}: the pages are built without it`, place, hint: 'keep the file in the book\'s repository, or name its folder with `includeRoot` under `[specmark]`'})
        continue
      }
      report({
        reason: `\`${file}\` (\`${key}\`) does not exist: the pages are built without it`,
        place,
        hint: 'add the file (mdBook refuses to build without it), or take it out of the list',
      })
    }
  },
}
