/**
 * Language server, hover: on a rule label or link, the rule's ID, chapter, hash and paragraph text —
 * what an auditor cites; on a grammar name, its production; on a term, its definition. Markdown, built
 * from the model only. To hover a new kind of name, add a case to `describeSymbol`.
 */
import type {Hover} from 'vscode-languageserver'
import type {Chapter} from '../model/types.ts'
import {modelLookup, resolveId} from '../registry/id-resolution.ts'
import {toRange} from './positions.ts'
import type {Hit, SpecSymbol} from './symbol-at.ts'
import type {Snapshot} from './workspace.ts'

/** Longest paragraph text shown, in characters; the rest is elided. */
const MAX_TEXT = 1200

export function hoverAt(snapshot: Snapshot, hit: Hit): Hover | null {
  const value = hit.symbol ? describeSymbol(snapshot, hit.symbol) : null
  return value === null ? null : {contents: {kind: 'markdown', value}, range: toRange(hit.span)}
}

/** Markdown describing a name: also the documentation of a completion item. */
export function describeSymbol(snapshot: Snapshot, symbol: SpecSymbol): string | null {
  const {spec, index} = snapshot.model
  const chapterById = (id: string): Chapter | undefined => spec.chapters.find((chapter) => chapter.id === id)
  switch (symbol.kind) {
    case 'rule': {
      // An ID renamed or retired since a release resolves as the site's `/id/` page resolves it.
      const resolved = resolveId(symbol.id, modelLookup(spec, snapshot.model.registry))
      if (resolved.kind === 'retired') return `**\`${symbol.id}\`**: retired in release ${resolved.release}: ${literal(resolved.reason)}`
      if (resolved.kind === 'unknown') return `**\`${symbol.id}\`**: no rule has this ID`
      const location = spec.rules[resolved.id]
      if (!location) return null
      const chapter = chapterById(location.chapter)
      const block = chapter?.blocks[location.block]
      const clause = chapter?.clauses[location.clause]
      if (!chapter || !block || !clause) return null
      // The clause's main text and hash: what the ID stands for and what a citation pins.
      const what = clause.kind === 'section' ? 'section' : `${block.kind} ${block.type}${clause.blocks.length > 1 ? ` + ${clause.blocks.length - 1} more block${clause.blocks.length > 2 ? 's' : ''}` : ''}`
      return [
        ...(resolved.id !== symbol.id ? [`**\`${symbol.id}\`** was renamed: it is now \`${resolved.id}\``] : []),
        `**\`${resolved.id}\`** — ${chapter.title} (\`${chapter.file}\`), ${what}`,
        `sha256 \`${clause.hash}\``,
        '---',
        literal(clause.text),
        ...(clause.informativeText ? ['*Informative:* ' + literal(clause.informativeText)] : []),
      ].join('\n\n')
    }
    case 'grammar': {
      const production = index.productions.get(symbol.name)
      if (!production) return `**${symbol.name}**: no grammar production has this name`
      const chapter = chapterById(production.chapter)
      return [`**${production.name}** — grammar (${production.category}), ${chapter?.title ?? production.chapter}`, fence(`${production.isRoot ? '@root ' : ''}${production.name} -> ${production.source}`)].join('\n\n')
    }
    case 'term': {
      const term = index.terms.get(symbol.slug)
      if (!term) return `**${symbol.slug}**: no term has this slug`
      const chapter = chapterById(term.chapter)
      const block = chapter?.blocks[term.block]
      return [`**${term.text}** — term \`${term.slug}\`, ${chapter?.title ?? term.chapter}`, ...(block ? ['---', literal(block.text)] : [])].join('\n\n')
    }
  }
}

/** Block text, shortened, with markdown's special characters escaped so that it shows as written. */
function literal(text: string): string {
  const short = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text
  return short.replace(/([\\`*_[\]<>#|])/g, '\\$1')
}

function fence(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}text\n${code}\n${ticks}`
}
