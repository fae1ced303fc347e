/**
 * The search dialog's behaviour. Two sources, merged: rule IDs (`/ids.json`, matched here: a pasted
 * citation or permanent URL, a bare content hash, an exact ID first, then IDs under it as a prefix, then
 * IDs starting with the text — see `lookup.ts`), and pagefind's full-text results, sections of chapters
 * from the index's shards merged, each shown as its paragraphs that match (`section-results.ts`). Both
 * honour the part and team filters. The status line says how many rule IDs and sections match; "Show
 * more" adds the next sections. Loaded lazily, the first time the dialog opens.
 *
 * Results are a plain list of links (not a listbox: links inside options are not accessible): ↓ from
 * the input moves focus to the first result, ↑/↓ move between results, Enter follows one.
 */
import {parseLookup, sameHash, type Lookup} from './lookup.ts'
import {searchShards} from './shard-search.ts'
import {isTyping} from './element.ts'
import {EXCERPT_WORDS, escapeHtml, sectionResults, type SectionData, type TextResult} from './section-results.ts'

interface PagefindSearch {
  results: Array<{id: string; data: () => Promise<SectionData>}>
  filters?: Record<string, Record<string, number>>
  totalFilters?: Record<string, Record<string, number>>
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>
  filters: () => Promise<unknown>
  search: (query: string, options: {filters: Record<string, unknown>}) => Promise<PagefindSearch>
}
/** Full-text searches wait this long after the last keystroke. */
const DEBOUNCE_MS = 120

/** `/ids.json` as written by `site/pages/ids.json.ts`. */
interface IdList {
  chapters: Array<[title: string, path: string, part: string, teams: string[]]>
  rules: Array<[id: string, chapter: number, section: string, excerpt: string, hash: string]>
  aliases: Array<[id: string, renamedTo: string | null]>
}

type Result = TextResult

const MAX_ID_RESULTS = 40
/** Sections of full-text results shown at first, and added by each "Show more". */
const TEXT_PAGE = 10

const dialog = document.getElementById('search-dialog') as HTMLDialogElement
const input = document.getElementById('search-input') as HTMLInputElement
const partSelect = document.getElementById('search-part') as HTMLSelectElement | null
const teamSelect = document.getElementById('search-team') as HTMLSelectElement | null
const status = document.getElementById('search-status') as HTMLElement
const list = document.getElementById('search-results') as HTMLUListElement
const more = document.getElementById('search-more') as HTMLButtonElement
const base = document.documentElement.dataset.base ?? '/'

let pagefind: Promise<{engine: Pagefind; shards: number}> | null = null
let ids: Promise<IdList> | null = null
let generation = 0
/** The sections of full-text results not shown yet, and what the list shows, for "Show more". */
let pending: Array<{data: () => Promise<SectionData>}> = []
let shown: Result[] = []
let seen = new Set<string>()
/** What the status line counts: rule IDs and sections that match, and how many of each are shown. */
interface Counts {
  ids: number
  idsShown: number
  sections: number
  sectionsShown: number
}
const NONE: Counts = {ids: 0, idsShown: 0, sections: 0, sectionsShown: 0}
let counts = NONE

function loadSources(): void {
  if (!pagefind) {
    pagefind = loadPagefind()
    // A failed load is tried again at the next keystroke, not kept for the session.
    pagefind.catch(() => {
      pagefind = null
    })
  }
  ids ??= fetch(`${base}ids.json`).then((response) => response.json() as Promise<IdList>)
}

/**
 * The index comes in shards (`src/search/search-shards.ts`): the first is the bundle loaded here, the
 * others are merged into it, and pagefind searches them all and sorts the results by score.
 */
async function loadPagefind(): Promise<{engine: Pagefind; shards: number}> {
  // The list changes with each build; after a redeploy a cached one could name shards that are gone.
  const shards = fetch(`${base}pagefind/shards.json`, {cache: 'no-cache'})
    .then((response) => (response.ok ? (response.json() as Promise<{shards: string[]}>) : {shards: []}))
    .catch(() => ({shards: [] as string[]}))
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind
  const options = {baseUrl: base, excerptLength: EXCERPT_WORDS}
  await module.options(options)
  await module.init()
  const listed = (await shards).shards
  // pagefind keeps a failed merge's error and throws it on every later search: a shard that cannot be
  // loaded is left out (its results are missing) rather than taking the whole search down.
  const loadable = await Promise.all(listed.map((shard) => fetch(`${base}pagefind/${shard}pagefind-entry.json`, {cache: 'no-cache'}).then((response) => response.ok, () => false)))
  const merged = listed.filter((_, index) => loadable[index])
  await Promise.all(merged.map((shard) => module.mergeIndex(`${base}pagefind/${shard}`, options)))
  // Loads every shard's filters: a search counts results per shard only once they are loaded.
  if (merged.length > 0) await module.filters()
  return {engine: module, shards: listed.length + 1}
}

function open(): void {
  if (!dialog.open) dialog.showModal()
  input.focus()
  input.select()
  loadSources()
  if (input.value.trim() !== '') void run()
}

// `/`, and mdBook's `s`, unless typed in a field; Ctrl-K or ⌘-K anywhere.
const SEARCH_KEYS = new Set(['/', 's', 'S'])

document.addEventListener('keydown', (event) => {
  const plain = SEARCH_KEYS.has(event.key) && !event.ctrlKey && !event.metaKey && !isTyping(event.target)
  const shortcut = plain || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))
  if (!shortcut || event.altKey) return
  event.preventDefault()
  open()
})
// The header's search link leads to `/search/` without JavaScript; here it opens the dialog in place.
for (const link of document.querySelectorAll<HTMLElement>('.search-open')) {
  link.setAttribute('role', 'button')
  link.setAttribute('aria-haspopup', 'dialog')
  link.setAttribute('aria-controls', 'search-dialog')
  link.addEventListener('click', (event) => {
    event.preventDefault()
    open()
  })
  link.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault()
      open()
    }
  })
}
// On `/search/` (or any page given `?q=`), search at once.
const asked = new URLSearchParams(window.location.search).get('q')
if (asked !== null || document.querySelector('[data-search-page]')) {
  input.value = asked ?? ''
  open()
}
dialog.querySelector('.search-close')?.addEventListener('click', () => dialog.close())
// A click on the backdrop (outside the dialog's box) closes it.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close()
})

input.addEventListener('input', () => void run())
partSelect?.addEventListener('change', () => void run())
teamSelect?.addEventListener('change', () => void run())

const resultLinks = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>('li > a')]

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault()
    resultLinks()[0]?.focus()
  } else if (event.key === 'Enter') {
    event.preventDefault()
    const target = resultLinks()[0]
    if (target) follow(target)
  }
})

list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
  event.preventDefault()
  const links = resultLinks()
  const at = links.indexOf(document.activeElement as HTMLAnchorElement)
  const next = at + (event.key === 'ArrowDown' ? 1 : -1)
  if (next < 0) input.focus()
  else links[Math.min(next, links.length - 1)]?.focus()
})

list.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a')
  if (link) dialog.close()
})

more.addEventListener('click', () => void showMore())

function follow(link: HTMLAnchorElement): void {
  dialog.close()
  window.location.assign(link.href)
}

async function run(): Promise<void> {
  const current = ++generation
  const query = input.value.trim()
  pending = []
  if (query === '') {
    counts = NONE
    show([], '')
    return
  }
  loadSources()
  const filters: Record<string, string> = {}
  if (partSelect?.value) filters.part = partSelect.value
  if (teamSelect?.value) filters.team = teamSelect.value
  const idList = await ids!
  if (current !== generation) return
  // A citation, a permanent URL or a hash names paragraphs: no full-text search for its characters.
  const lookup = parseLookup(query)
  if (lookup !== null) {
    const found = lookupMatches(lookup, idList, filters)
    counts = {...NONE, ids: found.results.length, idsShown: found.results.length}
    show(found.results, found.note)
    return
  }
  const idResults = idMatches(query, idList, filters)
  counts = {...NONE, ids: idResults.total, idsShown: idResults.results.length}
  if (idResults.results.length > 0) show(idResults.results, '')
  await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS))
  if (current !== generation) return
  const {engine, shards} = await pagefind!
  const found = (await searchShards(engine, query, filters, shards)) as PagefindSearch['results']
  if (current !== generation) return
  seen = new Set(idResults.results.map((result) => result.url))
  pending = found
  counts = {...counts, sections: found.length}
  shown = idResults.results
  await showMore(current)
}

/** Adds the next sections of full-text results to the list, each as its paragraphs that match. */
async function showMore(current = generation): Promise<void> {
  const page = pending.slice(0, TEXT_PAGE)
  pending = pending.slice(TEXT_PAGE)
  const sections = await Promise.all(page.map((result) => result.data()))
  if (current !== generation) return
  // A paragraph the rule IDs listed already is not listed twice.
  const fresh = sections.flatMap((data) => sectionResults(data, input.value)).filter((result) => !seen.has(result.url))
  for (const result of fresh) seen.add(result.url)
  counts.sectionsShown += sections.length
  const focusAt = shown.length
  shown = [...shown, ...fresh]
  show(shown, '')
  // After "Show more", focus the first new result rather than leaving it on the vanished button.
  if (current === generation && document.activeElement === document.body) resultLinks()[focusAt]?.focus()
}

/** Results for a citation, a permanent URL or a hash, with what an auditor needs to know about them. */
function lookupMatches(lookup: NonNullable<Lookup>, list: IdList, filters: Record<string, string>): {results: Result[]; note: string} {
  const result = (rule: IdList['rules'][number]): Result => {
    const [id, chapterIndex, section, excerpt] = rule
    const [title, path] = list.chapters[chapterIndex]!
    return {url: `${base}${path}#r-${id}`, rule: id, title: section, context: title, excerpt: escapeHtml(excerpt)}
  }
  const inFilters = (rule: IdList['rules'][number]): boolean => {
    const chapter = list.chapters[rule[1]]!
    return (!filters.part || chapter[2] === filters.part) && (!filters.team || chapter[3].includes(filters.team))
  }
  if (lookup.kind === 'hash') {
    const matches = list.rules.filter((rule) => sameHash(rule[4], lookup.hash)).filter(inFilters)
    return {results: matches.slice(0, MAX_ID_RESULTS).map(result), note: matches.length === 0 ? `No paragraph has the content hash #${lookup.hash} in this version.` : ''}
  }
  // Follow renames from the registry to the ID's current paragraph.
  let id = lookup.id
  const renamed: string[] = []
  for (let hop = 0; hop < 16; hop++) {
    const alias = list.aliases.find(([from]) => from.toLowerCase() === id.toLowerCase())
    if (!alias || alias[1] === null || list.rules.some((rule) => rule[0] === id)) break
    renamed.push(alias[0])
    id = alias[1]
  }
  const rule = list.rules.find((candidate) => candidate[0] === id) ?? list.rules.find((candidate) => candidate[0].toLowerCase() === id.toLowerCase())
  if (!rule) return {results: [], note: `No rule ID ${lookup.id} in this version.`}
  const via = renamed.length > 0 ? `${renamed[0]} was renamed to ${rule[0]}. ` : ''
  if (lookup.kind === 'id') return {results: [result(rule)], note: via}
  const note = sameHash(rule[4], lookup.hash)
    ? `${via}The cited text is current: #${rule[4]}.`
    : `${via}The text has changed since this citation: cited #${lookup.hash}, now #${rule[4]}.`
  return {results: [result(rule)], note}
}

/**
 * Rule IDs matching a query shaped like an ID, best first: the ID itself, then the IDs under it
 * (`expr.if` → `expr.if.*`), then IDs that merely start with the text (`expr.i` → `expr.index`…). A single
 * word matches only as an exact ID, unless written with its dot (`expr.`): otherwise `type` would bury the
 * full-text results for "type" under every `type.*` rule.
 */
function idMatches(query: string, list: IdList, filters: Record<string, string>): {results: Result[]; total: number} {
  const wanted = query.toLowerCase().replace(/^\[|\]$/g, '').replace(/^r-/, '')
  if (!/^[a-z0-9][a-z0-9_.-]*$/.test(wanted)) return {results: [], total: 0}
  const stem = wanted.replace(/\.$/, '')
  const inFilters = (rule: IdList['rules'][number]): boolean => {
    const chapter = list.chapters[rule[1]]!
    return (!filters.part || chapter[2] === filters.part) && (!filters.team || chapter[3].includes(filters.team))
  }
  const lower = (rule: IdList['rules'][number]): string => rule[0].toLowerCase()
  const exact = list.rules.filter((rule) => lower(rule) === stem)
  const prefix = wanted.includes('.')
  const under = prefix ? list.rules.filter((rule) => lower(rule).startsWith(`${stem}.`)) : []
  const starting = prefix && !wanted.endsWith('.') ? list.rules.filter((rule) => lower(rule).startsWith(stem) && lower(rule) !== stem && !lower(rule).startsWith(`${stem}.`)) : []
  const matches = [...exact, ...under, ...starting].filter(inFilters)
  const results = matches.slice(0, MAX_ID_RESULTS).map(([id, chapterIndex, section, excerpt]) => {
    const [title, path] = list.chapters[chapterIndex]!
    return {url: `${base}${path}#r-${id}`, rule: id, title: section, context: title, excerpt: escapeHtml(excerpt)}
  })
  return {results, total: matches.length}
}

function show(results: Result[], note: string): void {
  const query = input.value.trim()
  const {ids, sections} = counts
  const counted = query === '' ? '' : ids + sections === 0 ? `No results for “${query}”.` : matched(counts)
  status.textContent = ids + sections === 0 && note ? note : [note, counted].filter(Boolean).join(' ')
  more.hidden = pending.length === 0
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li')
      const link = document.createElement('a')
      link.href = result.url
      if (result.rule) link.append(span('result-rule', result.rule))
      link.append(span('result-title', result.title))
      if (result.context && result.context !== result.title) link.append(span('result-context', result.context))
      const excerpt = span('result-excerpt', '')
      excerpt.innerHTML = result.excerpt
      link.append(excerpt)
      item.append(link)
      return item
    })
  )
}

/** What matched, and how much of it is shown: `3 rule IDs and 25 sections (10 shown) match.` */
function matched({ids, idsShown, sections, sectionsShown}: Counts): string {
  const counted = (count: number, shownOf: number, noun: string): string =>
    count === 0 ? '' : `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}${shownOf < count ? ` (${shownOf.toLocaleString('en')} shown)` : ''}`
  const what = [counted(ids, idsShown, 'rule ID'), counted(sections, sectionsShown, 'section')].filter(Boolean).join(' and ')
  return `${what} ${ids + sections === 1 ? 'matches' : 'match'}.`
}

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span')
  element.className = className
  element.textContent = text
  return element
}
