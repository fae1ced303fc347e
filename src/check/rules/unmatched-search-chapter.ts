/**
 * `unmatched-search-chapter`: a key of an mdBook's `[output.html.search.chapter]` names no chapter file
 * and no folder holding one, so the setting does nothing, most likely a misspelt path. mdBook refuses to
 * build such a book (mdbook-html `search.rs`, `validate_chapter_config`); so does specmark, pointing at
 * the key. Only while the search is on, as mdBook reads the table only then.
 *
 * ok: `"grammar.md" = { enable = false }` for `src/grammar.md`. not ok: `"gramar.md" = { enable = false }`.
 */
import nodePath from 'node:path'
import {isUnder} from '../../core/paths.ts'
import type {LintRule} from '../context.ts'

export const unmatchedSearchChapter: LintRule = {
  code: 'unmatched-search-chapter',
  severity: 'error',
  description: 'an mdBook search setting for a chapter path that matches no chapter',
  layouts: ['mdbook'],
  check({project}, report) {
    const search = project.search
    if (search === undefined || !search.enabled) return
    // mdBook's chapters with content: every listed entry with a file (drafts have none).
    const files = project.entries.flatMap((entry) => (entry.file !== null && !entry.unlisted ? [entry.file] : []))
    for (const {path, place} of search.chapters) {
      if (files.some((file) => isUnder(path, file, nodePath.posix))) continue
      report({
        reason: `\`[output.html.search.chapter]\` key \`${path}\` matches no chapter: expected a chapter's file or a folder holding one, relative to the book's \`src\``,
        place,
        hint: 'correct the path, or remove the key (mdBook refuses to build a book with it too)',
      })
    }
  },
}
