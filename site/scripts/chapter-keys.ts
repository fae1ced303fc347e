/**
 * mdBook's chapter keys: ← and → open the previous and the next chapter (the page's `rel="prev"` and
 * `rel="next"` links), as mdBook's `book.js` does, swapped on a right-to-left page, so that the readers
 * of a book that moved from mdBook keep their keys. Not while typing, with a modifier, in an open dialog
 * (search's results), nor where the key scrolls the focused element sideways (a wide code block or table).
 */
import {isTyping} from './element.ts'

document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  const target = event.target instanceof HTMLElement ? event.target : null
  if (target && (isTyping(target) || target.closest('dialog[open]') || scrollsSideways(target))) return
  const forward = (event.key === 'ArrowRight') !== (document.documentElement.dir === 'rtl')
  const link = document.querySelector<HTMLAnchorElement>(forward ? 'a[rel="next"]' : 'a[rel="prev"]')
  if (!link) return
  event.preventDefault()
  window.location.href = link.href
})

/** Whether `element`, or a box around it, scrolls sideways: there the arrow keys scroll it. */
function scrollsSideways(element: HTMLElement): boolean {
  for (let at: HTMLElement | null = element; at && at !== document.body && at !== document.documentElement; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowX
    if ((overflow === 'auto' || overflow === 'scroll') && at.scrollWidth > at.clientWidth) return true
  }
  return false
}
