/**
 * The table of contents on small screens: the header's button shows and hides it, Esc or following a
 * link hides it. On every screen, the current chapter's entry is scrolled into view.
 */
const toggle = document.querySelector<HTMLButtonElement>('.nav-toggle')
const sidebar = document.getElementById('sidebar')

function setOpen(open: boolean): void {
  document.body.classList.toggle('nav-open', open)
  toggle?.setAttribute('aria-expanded', String(open))
}

toggle?.addEventListener('click', () => setOpen(!document.body.classList.contains('nav-open')))
sidebar?.addEventListener('click', (event) => {
  if ((event.target as HTMLElement).closest('a')) setOpen(false)
})
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.body.classList.contains('nav-open')) setOpen(false)
})

// Scroll the sidebar alone (scrollIntoView would scroll the page too, away from a linked anchor).
const current = sidebar?.querySelector<HTMLElement>('[aria-current="page"]')
if (sidebar && current && current.offsetTop > sidebar.clientHeight * 0.6) {
  sidebar.scrollTop = current.offsetTop - sidebar.clientHeight / 2
}
