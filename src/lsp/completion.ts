/**
 * Language server, completion: rule IDs and grammar names inside `[` … `]` (`[expr.`, `[text][expr.`,
 * a link definition `[label]: expr.`), grammar names inside a grammar block, and term slugs after
 * `](term:`. Which of them applies is read from the text before the cursor on its line (`contextAt`);
 * candidates come from the model. To complete something new: add a context kind and its candidates.
 */
import {CompletionItemKind, type CompletionItem, type CompletionList, type Range} from 'vscode-languageserver'
import type {Chapter} from '../model/types.ts'
import type {Snapshot} from './workspace.ts'

/** What the cursor is completing, and the text typed so far (which the chosen item replaces). */
export interface CompletionContext {
  kind: 'link' | 'term' | 'grammar'
  prefix: string
}

/** Characters of a rule ID or a grammar name (`grammar-Name` included). */
const NAME = /[A-Za-z0-9_.-]*$/

/**
 * The completion context of a line, given the text before the cursor (pure).
 * @param before the line's text up to the cursor
 * @param inGrammar whether the cursor is inside a grammar block
 */
export function contextAt(before: string, inGrammar: boolean): CompletionContext | null {
  if (inGrammar) {
    const word = /[A-Za-z0-9_]*$/.exec(before)![0]
    // Not inside a backtick terminal: an odd number of backticks before the cursor opens one.
    if ((before.match(/`/g)?.length ?? 0) % 2 === 1) return null
    return {kind: 'grammar', prefix: word}
  }
  const term = /\]\(term:([a-z0-9-]*)$/i.exec(before)
  if (term) return {kind: 'term', prefix: term[1]!}
  const definition = /^\s{0,3}\[[^\]]+\]:\s*([A-Za-z0-9_.-]*)$/.exec(before)
  if (definition) return {kind: 'link', prefix: definition[1]!}
  const prefix = NAME.exec(before)![0]
  const bracket = before.length - prefix.length - 1
  if (bracket < 0 || before[bracket] !== '[') return null
  // `r[` opens a rule label, which defines a new ID rather than citing one; `![` an image.
  const previous = before[bracket - 1]
  if ((previous === 'r' && !/[A-Za-z0-9_]/.test(before[bracket - 2] ?? '')) || previous === '!') return null
  return {kind: 'link', prefix}
}

export interface Options {
  /** Whether the client takes a shared `editRange` for all items (LSP 3.17), which keeps long lists small. */
  itemDefaults: boolean
}

/** The completion list at `position` of `file`, whose line reads `before` up to the cursor. */
export function complete(snapshot: Snapshot, file: string, before: string, position: {line: number; character: number}, options: Options): CompletionList | null {
  const chapter = snapshot.chapters.get(file)
  if (!chapter) return null
  const context = contextAt(before, inGrammarBlock(chapter, position.line + 1))
  if (!context) return null
  const editRange: Range = {start: {line: position.line, character: position.character - context.prefix.length}, end: position}
  const items = candidates(snapshot, context)
  if (options.itemDefaults) return {isIncomplete: false, itemDefaults: {editRange}, items}
  return {isIncomplete: false, items: items.map((item) => ({...item, textEdit: {range: editRange, newText: item.label}}))}
}

/** The data carried by an item, for `completionItem/resolve`. */
export type ItemData = {kind: 'rule'; id: string} | {kind: 'grammar'; name: string} | {kind: 'term'; slug: string}

function candidates(snapshot: Snapshot, context: CompletionContext): CompletionItem[] {
  const {spec} = snapshot.model
  const titles = new Map(spec.chapters.map((chapter) => [chapter.id, chapter.title]))
  const items: CompletionItem[] = []
  const lower = context.prefix.toLowerCase()
  if (context.kind === 'link') {
    for (const [id, location] of Object.entries(spec.rules)) {
      if (id.startsWith(lower)) items.push({label: id, kind: CompletionItemKind.Reference, detail: titles.get(location.chapter), data: {kind: 'rule', id} satisfies ItemData})
    }
  }
  if (context.kind === 'link' || context.kind === 'grammar') {
    // In a link, `grammar-Name` names a production where a rule ID could collide.
    const qualified = context.kind === 'link' && lower.startsWith('grammar-')
    const bare = qualified ? lower.slice('grammar-'.length) : lower
    const seen = new Set<string>()
    for (const production of spec.grammar) {
      if (!production.name.toLowerCase().startsWith(bare) || seen.has(production.name)) continue
      seen.add(production.name)
      const label = qualified ? `grammar-${production.name}` : production.name
      items.push({label, kind: CompletionItemKind.Class, detail: `grammar (${production.category}), ${titles.get(production.chapter) ?? production.chapter}`, data: {kind: 'grammar', name: production.name} satisfies ItemData})
    }
  }
  if (context.kind === 'term') {
    for (const term of spec.terms) {
      if (term.slug.startsWith(lower)) items.push({label: term.slug, kind: CompletionItemKind.Value, detail: `term “${term.text}”, ${titles.get(term.chapter) ?? term.chapter}`, data: {kind: 'term', slug: term.slug} satisfies ItemData})
    }
  }
  return items
}

/** Whether a 1-based line lies between the fences of a grammar block. */
function inGrammarBlock(chapter: Chapter, line: number): boolean {
  return chapter.blocks.some((block) => block.type === 'grammar' && block.position.start.line < line && line < block.position.end.line)
}
