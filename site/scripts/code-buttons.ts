/**
 * Buttons on a page's code blocks, as mdBook puts them on each:
 * - "Copy" on every block (mdBook's `copyable`, on by default): the code as shown — an example without its
 *   hidden lines, which "Show hidden lines" holds, with a button of its own — and the toast says so;
 * - "Run" on each Rust example the renderer marked runnable (`data-playground`, its edition:
 *   `src/render/code-blocks.ts`): a link opening the whole example, hidden lines included, in the Rust
 *   Playground, inside `fn main` when it has none, as mdBook's play button sends it. A link, not a
 *   request from the page: nothing leaves the reader's browser until they follow it.
 * Added by script, since only a script can copy; each block goes into a frame that holds the buttons at
 * its corner while the code scrolls.
 */
import {copyText, toast} from './clipboard.ts'
import {element} from './element.ts'

const PLAYGROUND = 'https://play.rust-lang.org/'

for (const pre of document.querySelectorAll<HTMLPreElement>('.content pre')) {
  const code = pre.querySelector(':scope > code')
  if (code === null || pre.parentElement?.classList.contains('code-frame')) continue
  const frame = element('div', 'code-frame')
  const tools = element('div', 'code-tools')
  const example = pre.parentElement?.dataset.playground !== undefined ? pre.parentElement : null
  if (example) {
    const run = element('a', 'code-run', 'Run')
    // The whole example: its hidden lines are in the block's "Show hidden lines", when it has some.
    const whole = example.querySelector(':scope > details.hidden-lines code')?.textContent ?? code.textContent ?? ''
    run.href = `${PLAYGROUND}?version=stable&mode=debug&edition=${encodeURIComponent(example.dataset.playground!)}&code=${encodeURIComponent(withMain(whole))}`
    run.target = '_blank'
    run.rel = 'noopener'
    run.setAttribute('aria-label', 'Run this example in the Rust Playground')
    tools.append(run)
  }
  const copy = element('button', 'code-copy', 'Copy')
  copy.type = 'button'
  copy.setAttribute('aria-label', 'Copy this code')
  copy.addEventListener('click', async () => {
    toast((await copyText(code.textContent ?? '')) ? 'Copied the code' : 'Could not copy the code')
  })
  tools.append(copy)
  pre.replaceWith(frame)
  frame.append(pre, tools)
}


/**
 * An example as rustdoc and mdBook run it (mdbook-html `wrap_rust_main`): without `fn main` (or
 * `quick_main!`), inside one, its inner attributes (`#![…]`) and the blank lines among them kept first.
 */
function withMain(code: string): string {
  if (code.includes('fn main') || code.includes('quick_main!')) return code
  const attributes = /^(?:[ \t]*#!\[.*(?:\r?\n)?|\s*(?:\r?\n)?)*/.exec(code)![0]
  const body = code.slice(attributes.length)
  return `#![allow(unused)]\n${attributes}fn main() {\n${body}${body === '' || body.endsWith('\n') ? '' : '\n'}}`
}
