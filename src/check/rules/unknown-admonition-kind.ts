/**
 * `unknown-admonition-kind`: a blockquote starts with `[!KIND]` that the dialect does not know. Known:
 * NOTE, EXAMPLE, WARNING, TARGET-SPECIFIC and EDITION-<year> (see `src/parse/admonition.ts`).
 */
import {ADMONITION_KINDS, isKnownAdmonitionKind} from '../../parse/admonition.ts'
import type {LintRule} from '../context.ts'

export const unknownAdmonitionKind: LintRule = {
  code: 'unknown-admonition-kind',
  severity: 'error',
  description: 'an admonition of a kind the dialect does not know',
  dialect: true,
  checkChapter(_context, chapter, report) {
    for (const block of chapter.blocks) {
      if (!block.admonition || isKnownAdmonitionKind(block.admonition.kind)) continue
      report({
        reason: `Unexpected admonition kind \`${block.admonition.kind}\`, expected one of ${[...ADMONITION_KINDS, 'EDITION-<year>'].map((kind) => `\`${kind}\``).join(', ')}`,
        place: block.admonition.markerPosition,
      })
    }
  },
}
