/**
 * The table of contents. Pages carry only the way to their own chapter (`Sidebar.astro`); here the whole
 * tree is drawn from `/nav.json`, fetched once and kept for the session (keyed by the tree's own key, so
 * a rebuilt site is never shown a stale tree), with the current page marked.
 *
 * An mdBook that folds its sidebar (`[output.html.fold]`, the level on the sidebar's `data-fold-level`)
 * has its chapters folded as mdBook folds them: those at that depth or deeper start closed, but for the
 * way to the current chapter, and each chapter with sub-chapters gets a button that opens or closes them.
 *
 * On small screens the header's "Contents" link (which without JavaScript leads to the home page's
 * outline) becomes a button that shows and hides the sidebar; Esc or following a link hides it.
 */
import type {NavData} from '../lib/site-data.ts'
import {element} from './element.ts'

const sidebar = document.getElementById('sidebar')
const toggle = document.querySelector<HTMLAnchorElement>('.nav-toggle')

function setOpen(open: boolean): void {
  document.body.classList.toggle('nav-open', open)
  toggle?.setAttribute('aria-expanded', String(open))
}

if (toggle && sidebar) {
  toggle.setAttribute('role', 'button')
  toggle.setAttribute('aria-controls', 'sidebar')
  toggle.setAttribute('aria-expanded', 'false')
  toggle.addEventListener('click', (event) => {
    event.preventDefault()
    setOpen(!document.body.classList.contains('nav-open'))
  })
  toggle.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault()
      setOpen(!document.body.classList.contains('nav-open'))
    }
  })
  sidebar.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) setOpen(false)
  })
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && document.body.classList.contains('nav-open')) setOpen(false)
  })
}

async function loadNav(url: string, key: string): Promise<NavData | null> {
  const storageKey = `specmark-nav:${url}`
  try {
    const kept = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as NavData | null
    if (kept?.key === key) return kept
  } catch {
    // Storage may be unavailable (private browsing); fetch instead.
  }
  const response = await fetch(url)
  if (!response.ok) return null
  const data = (await response.json()) as NavData
  try {
    sessionStorage.setItem(storageKey, JSON.stringify(data))
  } catch {
    // A full or refused storage only costs a fetch on the next page.
  }
  return data
}


function drawTree(data: NavData, foldLevel: number | null): HTMLElement {
  const base = document.documentElement.dataset.base ?? '/'
  const here = window.location.pathname
  const tree = element('div', 'sidebar-tree')
  for (const [title, informative, chapters] of data.parts) {
    const section = element('section', 'sidebar-part')
    const heading = element('h2', 'sidebar-part-title', title)
    if (informative) heading.append(' ', element('span', 'tag', 'informative'))
    const list = element('ol', '')
    for (const entry of chapters) {
      // mdBook's separators (`---`) and draft chapters (`[Title]()`, no page yet: text, not a link).
      if (entry === null) {
        list.append(element('li', 'separator'))
        continue
      }
      const [chapterTitle, path, depth] = entry
      const item = element('li', `depth-${Math.min(depth, 3)}`)
      item.dataset.depth = String(depth)
      if (path === null) {
        item.classList.add('draft')
        item.append(element('span', '', chapterTitle))
      } else {
        const link = element('a', '', chapterTitle)
        link.href = `${base}${path}`
        if (link.pathname === here) link.setAttribute('aria-current', 'page')
        item.append(link)
      }
      list.append(item)
    }
    if (foldLevel !== null) fold(list, foldLevel)
    section.append(heading, list)
    tree.append(section)
  }
  return tree
}

/** An item's nesting depth (a separator is at the top). */
function depthOf(item: HTMLElement): number {
  return Number(item.dataset.depth ?? 0)
}

/**
 * Folds a part's list as mdBook folds its sidebar (mdbook-html `toc.rs` and `toc.js`): a chapter with
 * sub-chapters is open when its depth is below `level`, or when it is the current chapter or one above it.
 */
function fold(list: HTMLOListElement, level: number): void {
  const items = [...list.children] as HTMLLIElement[]
  const open = new Set<HTMLLIElement>()
  const current = items.findIndex((item) => item.querySelector('[aria-current="page"]') !== null)
  if (current >= 0) {
    open.add(items[current]!)
    for (let index = current - 1, depth = depthOf(items[current]!); index >= 0 && depth > 0; index--) {
      if (depthOf(items[index]!) < depth) {
        open.add(items[index]!)
        depth = depthOf(items[index]!)
      }
    }
  }
  items.forEach((item, index) => {
    const next = items[index + 1]
    if (next === undefined || next.classList.contains('separator') || depthOf(next) <= depthOf(item)) return
    const toggle = element('button', 'fold-toggle')
    toggle.type = 'button'
    toggle.setAttribute('aria-expanded', String(depthOf(item) < level || open.has(item)))
    toggle.setAttribute('aria-label', `Sub-chapters of ${item.textContent ?? ''}`)
    toggle.addEventListener('click', () => {
      toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'))
      showFolded(items)
    })
    item.append(toggle)
  })
  showFolded(items)
}

/** Hides every item under a closed one. */
function showFolded(items: HTMLLIElement[]): void {
  const above: Array<{depth: number; open: boolean}> = []
  for (const item of items) {
    const depth = depthOf(item)
    while (above.length > 0 && above.at(-1)!.depth >= depth) above.pop()
    item.hidden = above.some((parent) => !parent.open)
    const toggle = item.querySelector(':scope > .fold-toggle')
    if (toggle) above.push({depth, open: toggle.getAttribute('aria-expanded') === 'true'})
  }
}

async function enhance(): Promise<void> {
  const url = sidebar?.dataset.nav
  const key = sidebar?.dataset.navKey
  const placeholder = sidebar?.querySelector('.sidebar-tree')
  if (!sidebar || !url || !key || !placeholder) return
  const data = await loadNav(url, key)
  if (!data) return
  const foldLevel = sidebar.dataset.foldLevel === undefined ? null : Number(sidebar.dataset.foldLevel)
  placeholder.replaceWith(drawTree(data, foldLevel))
  // Scroll the sidebar alone (scrollIntoView would scroll the page too, away from a linked anchor).
  const current = sidebar.querySelector<HTMLElement>('.sidebar-tree [aria-current="page"]')
  if (current && current.offsetTop > sidebar.clientHeight * 0.6) sidebar.scrollTop = current.offsetTop - sidebar.clientHeight / 2
}

void enhance()
