/**
 * A copy button on every code block of a page's content, as mdBook puts one on each (its `copyable`,
 * on by default): it copies the code as shown — an example without its hidden lines, which "Show hidden
 * lines" holds, with its own button — and the toast says so. Added by script, since only a script can
 * copy; the block goes into a frame that holds the button at its corner while the code scrolls.
 */
import {copyText, toast} from './clipboard.ts'

for (const pre of document.querySelectorAll<HTMLPreElement>('.content pre')) {
  const code = pre.querySelector(':scope > code')
  if (code === null || pre.parentElement?.classList.contains('code-frame')) continue
  const frame = document.createElement('div')
  frame.className = 'code-frame'
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'code-copy'
  button.textContent = 'Copy'
  button.setAttribute('aria-label', 'Copy this code')
  button.addEventListener('click', async () => {
    toast((await copyText(code.textContent ?? '')) ? 'Copied the code' : 'Could not copy the code')
  })
  pre.replaceWith(frame)
  frame.append(pre, button)
}
