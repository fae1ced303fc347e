/**
 * Railroad diagrams (src/render/railroad.ts), shown or hidden as the Reference does it
 * (`theme/reference.js`, `toggle_railroad`): one choice for every grammar block of the page, remembered in
 * localStorage, and following a link to a production's diagram, or clicking a production's name, shows
 * them. Without script each block's `<details>` still opens on its own.
 */
const KEY = 'grammar-railroad'
const blocks = [...document.querySelectorAll<HTMLDetailsElement>('details.grammar-railroad')]

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true'
  } catch {
    return false
  }
}

function show(open: boolean, remember: boolean): void {
  for (const block of blocks) if (block.open !== open) block.open = open
  if (!remember) return
  try {
    localStorage.setItem(KEY, String(open))
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

if (blocks.length > 0) {
  let syncing = false
  show(stored(), false)
  for (const block of blocks) {
    block.addEventListener('toggle', () => {
      if (syncing) return
      syncing = true
      show(block.open, true)
      syncing = false
    })
  }
  // A link to a diagram (`#railroad-Name`) must land on a visible one.
  const reveal = (): void => {
    if (/^#railroad-/.test(location.hash)) {
      show(true, false)
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView()
    }
  }
  addEventListener('hashchange', reveal)
  reveal()
  for (const name of document.querySelectorAll('.grammar-name[id]')) name.addEventListener('click', () => show(true, true))
}
