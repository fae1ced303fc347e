/**
 * A full-text result as the search list shows it. Pagefind's records are sections of chapters
 * (`src/search/search-records.ts`), each block of one marked by an element with an id — a labelled
 * paragraph by its anchor, the section's unlabelled text by a `div` (`SECTION_TEXT_ID`) — and pagefind
 * gives, with a result, where each such element starts among the section's words and where the query's
 * words matched. Each match belongs to the block it falls in; each block holding one is a result: a
 * labelled paragraph lands on its anchor, unlabelled text on the section. The best first: those holding
 * more of the query's words (each match taken for the query word it shares the longest start with:
 * pagefind matches a word by its stem, and as the start of a longer one), then by the sum of pagefind's
 * scores of its matches (an exact match scores more than a longer word's start), then in the order of
 * the section; each with an excerpt of its own words around its first match, the matches marked, as
 * pagefind marks its own excerpts.
 */
import {ruleIdOfAnchor} from '../../src/core/anchors.ts'

/** What `result.data()` gives of a pagefind result, as read here. */
export interface SectionData {
  url: string
  /** The section's text; pagefind's word positions count its words, split at whitespace. */
  content: string
  /** Where the query's words matched (word positions). */
  locations: number[]
  /** The same, each with pagefind's score of the word matched there (a rarer word, an exact match: more). */
  weighted_locations?: Array<{location: number; balanced_score: number}>
  /** The elements with an id, and the word position each starts at. */
  anchors: Array<{element: string; id: string; location: number}>
  meta: Record<string, string | undefined>
}

export interface TextResult {
  url: string
  rule?: string
  title: string
  context: string
  /** Trusted HTML: the excerpt's words escaped, the matched ones in `<mark>`. */
  excerpt: string
}

/** The words an excerpt shows, pagefind's `excerptLength` as the dialog sets it. */
export const EXCERPT_WORDS = 24

/** The results of one section for `query`: one per block with a match. */
export function sectionResults(data: SectionData, query: string): TextResult[] {
  const words = data.content.split(/\s+/)
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location)
  // Each block runs from its anchor's word to the next anchor's: one pass over both, in word order.
  const blocks = new Map<number, number[]>()
  const scores = new Map((data.weighted_locations ?? []).map(({location, balanced_score}) => [location, balanced_score]))
  let current = -1
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    while (current + 1 < anchors.length && anchors[current + 1]!.location <= location) current++
    const matches = blocks.get(current)
    if (matches) matches.push(location)
    else blocks.set(current, [location])
  }
  // Pagefind's URL, under the site's base (its `baseUrl` option).
  const page = data.url.split('#')[0]!
  const ruleOf = (block: number): string | null => (anchors[block]?.element === 'p' ? ruleIdOfAnchor(anchors[block].id) : null)
  // A labelled paragraph is its own result; the section's unlabelled text, wherever in it, one result
  // (scoring all its matches, its excerpt the first block's).
  const queryWords = [...new Set(query.split(/\s+/).map(normalized).filter((word) => word !== ''))]
  const targets = new Map<string, {block: number; matches: number[]; score: number; words: Set<string>}>()
  for (const [block, matches] of blocks) {
    const rule = ruleOf(block)
    const url = rule !== null ? `${page}#${anchors[block]!.id}` : data.url
    const score = matches.reduce((sum, location) => sum + (scores.get(location) ?? 1), 0)
    const target = targets.get(url) ?? {block, matches, score: 0, words: new Set<string>()}
    target.score += score
    for (const location of matches) target.words.add(queryWordOf(normalized(words[location] ?? ''), queryWords))
    targets.set(url, target)
  }
  const title = data.meta.title ?? data.url
  const context = data.meta.chapter ?? ''
  return [...targets]
    .sort(([, a], [, b]) => b.words.size - a.words.size || b.score - a.score || a.block - b.block)
    .map(([url, {block, matches}]) => {
      const start = anchors[block]?.location ?? 0
      const end = anchors[block + 1]?.location ?? words.length
      const excerpt = excerptOf(words, matches, start, end)
      const rule = ruleOf(block)
      return rule !== null ? {url, rule, title, context, excerpt} : {url, title, context, excerpt}
    })
}

/** A word as compared with the query's: lower case, letters and digits only. */
function normalized(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** The query word `word` matched: the one it shares the longest start with ('' for a query of none). */
function queryWordOf(word: string, queryWords: string[]): string {
  let best = ''
  let bestLength = -1
  for (const candidate of queryWords) {
    let length = 0
    while (length < word.length && length < candidate.length && word[length] === candidate[length]) length++
    if (length > bestLength) [best, bestLength] = [candidate, length]
  }
  return best
}

/** The words of `[start, end)` around the first match, at most `EXCERPT_WORDS`, escaped, the matches marked. */
function excerptOf(words: string[], matches: number[], start: number, end: number): string {
  const from = Math.max(start, Math.min(matches[0]! - Math.floor(EXCERPT_WORDS / 2), end - EXCERPT_WORDS))
  const marked = new Set(matches)
  const shown: string[] = []
  for (let at = from; at < Math.min(end, from + EXCERPT_WORDS); at++) {
    const word = escapeHtml(words[at] ?? '')
    shown.push(marked.has(at) ? `<mark>${word}</mark>` : word)
  }
  return shown.join(' ')
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}
