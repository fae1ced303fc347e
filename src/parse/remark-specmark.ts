/**
 * The remark plugin for specmark's dialect. Like remark-gfm, it only registers syntax extensions
 * (micromark) and their tree builders (mdast-util-from-markdown); each lives in `syntax/`.
 */
import type {Processor} from 'unified'
import {everyReferenceDefinedSyntax} from './syntax/every-reference-defined.ts'
import {ruleLabelFromMarkdown, ruleLabelSyntax} from './syntax/rule-label.ts'

export default function remarkSpecmark(this: Processor): void {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(ruleLabelSyntax(), everyReferenceDefinedSyntax())
  ;(data.fromMarkdownExtensions ??= []).push(ruleLabelFromMarkdown())
}
