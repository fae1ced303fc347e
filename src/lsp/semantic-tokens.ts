/**
 * Language server, semantic tokens: rule labels (`r[…]`, the ID as a `label` declaration) and links
 * (rule links as `label`, grammar links as `type`, term links as `variable`, chapter and section links as
 * `namespace`; unresolved ones marked `deprecated` so themes can show them apart). Only single-line spans
 * are tokens (the protocol's default); a link wrapped over lines keeps the editor's own colouring.
 */
import {SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend} from 'vscode-languageserver'
import type {ReferenceKind, SourceSpan} from '../model/types.ts'
import {toPosition} from './positions.ts'
import {labelIdSpan} from './symbol-at.ts'
import type {Snapshot} from './workspace.ts'

const TYPES = ['label', 'type', 'variable', 'namespace'] as const
const MODIFIERS = ['declaration', 'deprecated'] as const

export const semanticTokensLegend: SemanticTokensLegend = {tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS]}

const TYPE_OF: Partial<Record<ReferenceKind, (typeof TYPES)[number]>> = {rule: 'label', grammar: 'type', term: 'variable', chapter: 'namespace', anchor: 'namespace'}

export function semanticTokens(snapshot: Snapshot, file: string): SemanticTokens {
  const chapter = snapshot.chapters.get(file)
  const tokens: Array<{span: SourceSpan; type: number; modifiers: number}> = []
  if (chapter) {
    const {facts} = snapshot.model
    for (const block of chapter.blocks) {
      if (block.ruleId !== null && block.labelPosition !== null) {
        tokens.push({span: labelIdSpan(block.labelPosition, block.ruleId), type: TYPES.indexOf('label'), modifiers: 1 << MODIFIERS.indexOf('declaration')})
      }
    }
    for (const reference of [...chapter.blocks.flatMap((block) => block.refs), ...(facts.chapters[chapter.id]?.definitionRefs ?? [])]) {
      const type = TYPE_OF[reference.kind]
      if (type === undefined) continue
      tokens.push({span: reference.position, type: TYPES.indexOf(type), modifiers: reference.resolved ? 0 : 1 << MODIFIERS.indexOf('deprecated')})
    }
  }
  tokens.sort((a, b) => a.span.start.offset - b.span.start.offset)
  const builder = new SemanticTokensBuilder()
  let lastEnd = -1
  for (const token of tokens) {
    const {span} = token
    // Tokens may not overlap or span lines.
    if (span.start.line !== span.end.line || span.start.offset < lastEnd) continue
    const start = toPosition(span.start)
    builder.push(start.line, start.character, span.end.column - span.start.column, token.type, token.modifiers)
    lastEnd = span.end.offset
  }
  return builder.build()
}
