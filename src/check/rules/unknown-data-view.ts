/**
 * `unknown-data-view`: a ```` ```data,<view> ```` block names a view that does not exist, or a tool,
 * construct or type-map category the interop data does not have (see `src/interop/views.ts`).
 */
import {parseDataView} from '../../interop/views.ts'
import type {LintRule} from '../context.ts'

export const unknownDataView: LintRule = {
  code: 'unknown-data-view',
  severity: 'error',
  description: 'a data block naming an unknown view',
  checkChapter({interop}, chapter, report) {
    for (const block of chapter.blocks) {
      if (block.type !== 'data') continue
      const name = block.code?.attributes[0] ?? ''
      const view = parseDataView(name, interop ?? null)
      if ('error' in view) report({reason: `Unexpected data view \`${name}\`: ${view.error}`, place: block.position})
    }
  },
}
