/**
 * "On this page" beside the text marks the section being read (`aria-current="location"`): the last
 * section whose heading has scrolled above the upper third of the window. Without script, nothing is
 * marked and every link still works.
 */
const toc = document.querySelector<HTMLElement>('.section-toc')
const links = toc ? [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')] : []
const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))

function mark(): void {
  const line = window.innerHeight / 3
  let current = -1
  targets.forEach((target, index) => {
    if (target && target.getBoundingClientRect().top <= line) current = index
  })
  links.forEach((link, index) => {
    if (index === current) link.setAttribute('aria-current', 'location')
    else link.removeAttribute('aria-current')
  })
}

if (links.length > 0) {
  let scheduled = false
  window.addEventListener(
    'scroll',
    () => {
      if (scheduled) return
      scheduled = true
      requestAnimationFrame(() => {
        scheduled = false
        mark()
      })
    },
    {passive: true}
  )
  window.addEventListener('hashchange', mark)
  mark()
}
