/**
 * `unsupported-file-name`: a chapter's file name holds a character its page URL cannot carry faithfully:
 * a control character (a newline would split messages and file lists), `%` (`%2e%2e.md` would be decoded
 * as `..` by the site's router and browsers), `\`, `#` or `?`. The build never reaches such a file: it
 * stops at `check`, which names it (escaped) instead of crashing in the page generator.
 */
import {escapeControls} from '../../load/load-project.ts'
import type {LintRule} from '../context.ts'

// eslint-disable-next-line no-control-regex
const UNSUPPORTED = /[\u0000-\u001f\u007f%\\#?]/

export const unsupportedFileName: LintRule = {
  code: 'unsupported-file-name',
  severity: 'error',
  fixed: true,
  description: 'a chapter file name a page URL cannot carry',
  checkChapter(_context, chapter, report) {
    const bad = UNSUPPORTED.exec(chapter.file)
    if (!bad) return
    const start = {line: 1, column: 1, offset: 0}
    report({
      reason: `Unexpected character \`${escapeControls(bad[0])}\` in the chapter file name \`${escapeControls(chapter.file)}\`, expected letters, digits, \`-\`, \`_\`, \`.\` and \`/\``,
      place: {file: chapter.file, start, end: start},
      hint: 'rename the file (and its entry in the outline or SUMMARY.md)',
    })
  },
}
