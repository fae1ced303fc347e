/**
 * The registry of lint rules, in the order they run. To add a rule: write `rules/<rule-id>.ts` exporting
 * a `LintRule` (see `context.ts`), list it here, add fixtures under `test/check/`, and document it in the
 * authoring guide's table of diagnostics.
 */
import type {LintRule} from '../context.ts'
import {chapterListedTwice} from './chapter-listed-twice.ts'
import {chapterOutOfStep} from './chapter-out-of-step.ts'
import {chapterOutsideRoot} from './chapter-outside-root.ts'
import {duplicateProduction} from './duplicate-production.ts'
import {duplicateRuleId} from './duplicate-rule-id.ts'
import {duplicateTerm} from './duplicate-term.ts'
import {externalIdCollision} from './external-id-collision.ts'
import {grammarSyntaxError} from './grammar-syntax-error.ts'
import {includeNotExpanded, includeRefused} from './include-problem.ts'
import {inputTooComplex} from './input-too-complex.ts'
import {interruptedRewrite} from './interrupted-rewrite.ts'
import {interopDataInvalid, interopStale, interopUnknownReference, interopUnsourced} from './interop-data.ts'
import {invalidFrontMatter} from './invalid-front-matter.ts'
import {labelAttachedToNothing} from './label-attached-to-nothing.ts'
import {malformedRuleId} from './malformed-rule-id.ts'
import {invalidMath} from './invalid-math.ts'
import {missingAdditionalFile} from './missing-additional-file.ts'
import {missingChapterFile} from './missing-chapter-file.ts'
import {missingRuleId} from './missing-rule-id.ts'
import {registrySchemaOutdated} from './registry-schema-outdated.ts'
import {releasedIdVanished} from './released-id-vanished.ts'
import {ruleIdPrefix} from './rule-id-prefix.ts'
import {sinceMarker} from './since-marker.ts'
import {undefinedTerm} from './undefined-term.ts'
import {unknownAdmonitionKind} from './unknown-admonition-kind.ts'
import {unknownDataView} from './unknown-data-view.ts'
import {unknownIcon} from './unknown-icon.ts'
import {unknownRepositoryIcon} from './unknown-repository-icon.ts'
import {themeTemplate} from './theme-template.ts'
import {unusedThemeFile} from './unused-theme-file.ts'
import {unknownPreprocessor} from './unknown-preprocessor.ts'
import {unmatchedSearchChapter} from './unmatched-search-chapter.ts'
import {unreachableMarkdownFile} from './unreachable-markdown-file.ts'
import {unreachableProduction} from './unreachable-production.ts'
import {unresolvedGrammarName} from './unresolved-grammar-name.ts'
import {unresolvedInternalLink} from './unresolved-internal-link.ts'
import {unresolvedRuleLink} from './unresolved-rule-link.ts'
import {unusedTerm} from './unused-term.ts'
import {unsupportedFileName} from './unsupported-file-name.ts'
import {withdrawnIdRedefined} from './withdrawn-id-redefined.ts'

export const lintRules: LintRule[] = [
  // Input limits and the table of contents.
  interruptedRewrite,
  inputTooComplex,
  unsupportedFileName,
  includeRefused,
  includeNotExpanded,
  chapterOutsideRoot,
  missingChapterFile,
  chapterListedTwice,
  unreachableMarkdownFile,
  unknownPreprocessor,
  unmatchedSearchChapter,
  missingAdditionalFile,
  themeTemplate,
  unusedThemeFile,
  invalidMath,
  unknownIcon,
  unknownRepositoryIcon,
  invalidFrontMatter,
  chapterOutOfStep,
  // Rule labels.
  malformedRuleId,
  duplicateRuleId,
  labelAttachedToNothing,
  ruleIdPrefix,
  missingRuleId,
  externalIdCollision,
  sinceMarker,
  // The ID registry: released IDs always resolve and are never reused.
  releasedIdVanished,
  withdrawnIdRedefined,
  registrySchemaOutdated,
  // Links.
  unresolvedRuleLink,
  unresolvedInternalLink,
  // Grammar.
  grammarSyntaxError,
  duplicateProduction,
  unresolvedGrammarName,
  unreachableProduction,
  // Admonitions and terms.
  unknownAdmonitionKind,
  duplicateTerm,
  undefinedTerm,
  unusedTerm,
  // The interop guidance data.
  interopDataInvalid,
  interopUnknownReference,
  interopUnsourced,
  interopStale,
  unknownDataView,
]
