/**
 * The search dialog's behaviour. Two sources, merged: rule IDs (`/ids.json`, matched here: an exact ID
 * first, then IDs under it as a prefix, then IDs starting with the text), and pagefind's full-text
 * results, each a paragraph or a section of a chapter. Both honour the part and team filters. Loaded
 * lazily, the first time the dialog opens.
 */

interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}
interface PagefindSearch {
  results: Array<{id: string; data: () => Promise<PagefindResultData>}>
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  debouncedSearch: (query: string, options: {filters: Record<string, string>}, wait?: number) => Promise<PagefindSearch | null>
}

/** `/ids.json` as written by `site/pages/ids.json.ts`. */
interface IdList {
  chapters: Array<[title: string, path: string, part: string, teams: string[]]>
  rules: Array<[id: string, chapter: number, section: string, excerpt: string]>
}

interface Result {
  url: string
  rule?: string
  title: string
  context: string
  /** Trusted HTML (escaped text with `<mark>`s). */
  excerpt: string
}

const MAX_ID_RESULTS = 40
const MAX_TEXT_RESULTS = 20

const dialog = document.getElementById('search-dialog') as HTMLDialogElement
const input = document.getElementById('search-input') as HTMLInputElement
const partSelect = document.getElementById('search-part') as HTMLSelectElement | null
const teamSelect = document.getElementById('search-team') as HTMLSelectElement | null
const status = document.getElementById('search-status') as HTMLElement
const list = document.getElementById('search-results') as HTMLUListElement
const base = document.documentElement.dataset.base ?? '/'

let pagefind: Promise<Pagefind> | null = null
let ids: Promise<IdList> | null = null
let active = -1
let generation = 0

function loadSources(): void {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({baseUrl: base, excerptLength: 24})
    await module.init()
    return module
  })
  ids ??= fetch(`${base}ids.json`).then((response) => response.json() as Promise<IdList>)
}

function open(): void {
  if (!dialog.open) dialog.showModal()
  input.focus()
  input.select()
  loadSources()
  if (input.value.trim() !== '') void run()
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === '/' && !isTyping(event.target)) || (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey))
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

input.addEventListener('keydown', (event) => {
  const items = [...list.querySelectorAll<HTMLLIElement>('li[role="option"]')]
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault()
    if (items.length === 0) return
    const step = event.key === 'ArrowDown' ? 1 : -1
    select(items, (active + step + items.length) % items.length)
  } else if (event.key === 'Enter') {
    event.preventDefault()
    const target = items[active >= 0 ? active : 0]?.querySelector('a')
    if (target) follow(target)
  }
})

list.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest('a')
  if (link) dialog.close()
})

function select(items: HTMLLIElement[], index: number): void {
  items[active]?.setAttribute('aria-selected', 'false')
  active = index
  const item = items[index]
  if (!item) return
  item.setAttribute('aria-selected', 'true')
  input.setAttribute('aria-activedescendant', item.id)
  item.scrollIntoView({block: 'nearest'})
}

function follow(link: HTMLAnchorElement): void {
  dialog.close()
  window.location.assign(link.href)
}

async function run(): Promise<void> {
  const current = ++generation
  const query = input.value.trim()
  if (query === '') {
    show([], '')
    return
  }
  loadSources()
  const filters: Record<string, string> = {}
  if (partSelect?.value) filters.part = partSelect.value
  if (teamSelect?.value) filters.team = teamSelect.value
  const idResults = idMatches(query, await ids!, filters)
  if (current !== generation) return
  if (idResults.results.length > 0) show(idResults.results, idResults.note)
  const search = await (await pagefind!).debouncedSearch(query, {filters}, 120)
  if (search === null || current !== generation) return
  const texts = await Promise.all(search.results.slice(0, MAX_TEXT_RESULTS).map((result) => result.data()))
  if (current !== generation) return
  const seen = new Set(idResults.results.map((result) => result.url))
  const textResults = texts
    .filter((data) => !seen.has(data.url))
    .map((data) => ({url: data.url, rule: data.meta.rule, title: data.meta.title ?? data.url, context: data.meta.chapter ?? '', excerpt: safeExcerpt(data.excerpt)}))
  const all = [...idResults.results, ...textResults]
  show(all, all.length === 0 ? `No results for “${query}”` : idResults.note)
}

/**
 * Rule IDs matching a query shaped like an ID, best first: the ID itself, then the IDs under it
 * (`expr.if` → `expr.if.*`), then IDs that merely start with the text (`expr.i` → `expr.index`…). A single
 * word matches only as an exact ID, unless written with its dot (`expr.`): otherwise `type` would bury the
 * full-text results for "type" under every `type.*` rule.
 */
function idMatches(query: string, list: IdList, filters: Record<string, string>): {results: Result[]; note: string} {
  const wanted = query.toLowerCase().replace(/^\[|\]$/g, '').replace(/^r-/, '')
  if (!/^[a-z0-9][a-z0-9_.-]*$/.test(wanted)) return {results: [], note: ''}
  const stem = wanted.replace(/\.$/, '')
  const inFilters = (rule: IdList['rules'][number]): boolean => {
    const chapter = list.chapters[rule[1]]!
    return (!filters.part || chapter[2] === filters.part) && (!filters.team || chapter[3].includes(filters.team))
  }
  const exact = list.rules.filter((rule) => rule[0] === stem)
  const prefix = wanted.includes('.')
  const under = prefix ? list.rules.filter((rule) => rule[0].startsWith(`${stem}.`)) : []
  const starting = prefix && !wanted.endsWith('.') ? list.rules.filter((rule) => rule[0].startsWith(stem) && rule[0] !== stem && !rule[0].startsWith(`${stem}.`)) : []
  const matches = [...exact, ...under, ...starting].filter(inFilters)
  const results = matches.slice(0, MAX_ID_RESULTS).map(([id, chapterIndex, section, excerpt]) => {
    const [title, path] = list.chapters[chapterIndex]!
    return {url: `${base}${path}#r-${id}`, rule: id, title: section, context: title, excerpt: escapeHtml(excerpt)}
  })
  const more = matches.length - results.length
  return {results, note: more > 0 ? `${matches.length} rule IDs match; showing the first ${results.length}` : ''}
}

function show(results: Result[], note: string): void {
  active = -1
  input.removeAttribute('aria-activedescendant')
  status.textContent = note
  list.replaceChildren(
    ...results.map((result, index) => {
      const item = document.createElement('li')
      item.id = `search-result-${index}`
      item.setAttribute('role', 'option')
      item.setAttribute('aria-selected', 'false')
      const link = document.createElement('a')
      link.href = result.url
      link.tabIndex = -1
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

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span')
  element.className = className
  element.textContent = text
  return element
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/** pagefind's excerpt with everything but its `<mark>` highlights re-escaped, whatever the record held. */
function safeExcerpt(excerpt: string): string {
  // DOMParser documents are inert: nothing in them loads or runs.
  const text = new DOMParser().parseFromString(excerpt.replace(/<(\/?)mark>/g, '\u0001$1\u0002'), 'text/html').body.textContent ?? ''
  return escapeHtml(text).replace(/\u0001(\/?)\u0002/g, '<$1mark>')
}
