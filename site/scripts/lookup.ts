/**
 * What a search query names, when it names a paragraph rather than words: a rule ID, a citation (an ID
 * with a content hash, as "cite" copies it or as a document quotes it: `expr.if.result #06eb9b08`,
 * `[expr.if.result] #06eb9b08`, or the whole citation with its `/id/<ID>/` URL), or a bare content hash
 * (`#06eb9b08`, `06eb9b08`). Pure, so that it is tested without a browser.
 */

export type Lookup = {kind: 'citation'; id: string; hash: string} | {kind: 'id'; id: string} | {kind: 'hash'; hash: string} | null

const ID = String.raw`[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_-]|[A-Za-z0-9]`

export function parseLookup(query: string): Lookup {
  const text = query.trim()
  const url = new RegExp(String.raw`/id/(${ID})/?(?:[\s,]|$)`).exec(text)
  const hashed = /(?:^|[\s,])#([0-9a-f]{4,64})\b/i.exec(text)
  const cited = new RegExp(String.raw`(?:^|[\s(])\[?(${ID})\]?\s*,?\s*#([0-9a-f]{4,64})\b`, 'i').exec(text)
  if (cited) return {kind: 'citation', id: cited[1]!, hash: cited[2]!.toLowerCase()}
  if (url && hashed) return {kind: 'citation', id: url[1]!, hash: hashed[1]!.toLowerCase()}
  if (url) return {kind: 'id', id: url[1]!}
  const bare = /^#?([0-9a-f]{6,64})$/i.exec(text)
  // Without `#`, a word made of hex letters alone (`decade`) is a word, not a hash.
  if (bare && (text.startsWith('#') || /\d/.test(bare[1]!))) return {kind: 'hash', hash: bare[1]!.toLowerCase()}
  if (/^#[0-9a-f]{4,}$/i.test(text)) return {kind: 'hash', hash: text.slice(1).toLowerCase()}
  return null
}

/** Whether a rule's short hash agrees with a cited hash (either may be the longer). */
export function sameHash(short: string, cited: string): boolean {
  return short.startsWith(cited) || cited.startsWith(short)
}

/**
 * Rule IDs close to `wanted`, best first: the same ID in another case, then IDs at the smallest edit
 * distance (at most a third of the ID's length), then IDs sharing its longest dotted prefix.
 */
export function closestIds(wanted: string, ids: string[], limit = 5): string[] {
  const lower = wanted.toLowerCase()
  const exact = ids.filter((id) => id.toLowerCase() === lower)
  if (exact.length > 0) return exact.slice(0, limit)
  const budget = Math.max(2, Math.floor(lower.length / 3))
  const near = ids
    .map((id) => ({id, distance: editDistance(lower, id.toLowerCase(), budget)}))
    .filter((entry) => entry.distance <= budget)
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .map((entry) => entry.id)
  if (near.length >= limit) return near.slice(0, limit)
  const segments = lower.split('.')
  for (let length = segments.length - 1; length > 0; length--) {
    const prefix = `${segments.slice(0, length).join('.')}.`
    const under = ids.filter((id) => id.toLowerCase().startsWith(prefix) && !near.includes(id))
    if (under.length > 0) return [...near, ...under].slice(0, limit)
  }
  return near.slice(0, limit)
}

/** Levenshtein distance, giving up (returning `budget + 1`) once it must exceed `budget`. */
function editDistance(a: string, b: string, budget: number): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      best = Math.min(best, current[j]!)
    }
    if (best > budget) return budget + 1
    previous = current
  }
  return previous[b.length]!
}
