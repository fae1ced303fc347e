/**
 * The theme toggle: light or dark, remembered in localStorage. The initial theme (stored, else the
 * system's preference) is set by an inline script in the page head before first paint.
 */
const root = document.documentElement

for (const button of document.querySelectorAll('.theme-toggle')) {
  button.addEventListener('click', () => {
    const next = root.dataset.theme === 'dark' ? 'light' : 'dark'
    root.dataset.theme = next
    try {
      localStorage.setItem('specmark-theme', next)
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  })
}
