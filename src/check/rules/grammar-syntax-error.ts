/**
 * `grammar-syntax-error`: a ` ```grammar ` block does not parse in the grammar notation (see the authoring
 * guide). Productions before the error are still defined; the rest of the block is not.
 */
import type {LintRule} from '../context.ts'

export const grammarSyntaxError: LintRule = {
  code: 'grammar-syntax-error',
  severity: 'error',
  description: 'a grammar block that does not parse',
  dialect: true,
  checkChapter({facts}, chapter, report) {
    for (const error of facts.chapters[chapter.id]?.grammarErrors ?? []) {
      report({reason: `Unexpected grammar syntax: ${error.message}`, place: error.place})
    }
  },
}
