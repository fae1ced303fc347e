/**
 * Buttons on a page's code blocks, as mdBook puts them on each:
 * - "Copy" on every block (mdBook's `copyable`, on unless the page's `data-no-copy` says the book turns it off): the code as shown — an example without its
 *   hidden lines, which "Show hidden lines" holds, with a button of its own — and the toast says so;
 * - "Run" on each Rust example the renderer marked runnable (`data-playground`, its edition:
 *   `src/render/code-blocks.ts`): as mdBook's play button, it sends the whole example, hidden lines
 *   included, inside `fn main` when it has none, to the Rust Playground (stable, or nightly for a
 *   `#![feature]`) and shows what it printed below the block; nothing leaves the reader's browser until
 *   they press it. "Playground" beside it opens the same example there, to edit it;
 * - on an example the renderer marked editable (`data-editable`: the book's `[output.html.playground]
 *   editable`), as mdBook's editor: the reader edits the code in place, "Run" (or Ctrl+Enter) and
 *   "Playground" take it as edited and as written (no `fn main` added, as mdBook sends its editor's
 *   text), and "Undo changes" puts the example back; with `line-numbers`, a gutter numbers its lines.
 * Added by script, since only a script can copy; each block goes into a frame that holds the buttons at
 * its corner while the code scrolls.
 */
import {copyText, toast} from './clipboard.ts'
import {element} from './element.ts'
import {paintWhileEditing} from './live-highlight.ts'

const PLAYGROUND = 'https://play.rust-lang.org/'
/** How long a run may take before the reader is told so (mdBook waits 6 s; compiling often takes longer). */
const RUN_TIMEOUT_MS = 30_000

const copyable = document.documentElement.dataset.noCopy === undefined

for (const pre of document.querySelectorAll<HTMLPreElement>('.content pre')) {
  const code = pre.querySelector<HTMLElement>(':scope > code')
  if (code === null || pre.parentElement?.classList.contains('code-frame')) continue
  const frame = element('div', 'code-frame')
  const tools = element('div', 'code-tools')
  const block = pre.parentElement
  const editable = block?.dataset.editable !== undefined
  if (editable) tools.append(makeEditable(code, pre, block!.dataset.lineNumbers !== undefined))
  if (block?.dataset.playground !== undefined) tools.append(...runButtons(code, block, frame, editable))
  if (copyable) tools.append(copyButton(code))
  if (tools.childElementCount === 0) continue
  pre.replaceWith(frame)
  frame.append(pre, tools)
}

/**
 * Makes an example editable in place, as mdBook's editor does; returns its "Undo changes" button. With
 * `lineNumbers` (`line-numbers`), a gutter beside the code numbers its lines, counted again as it changes.
 */
function makeEditable(code: HTMLElement, pre: HTMLPreElement, lineNumbers: boolean): HTMLButtonElement {
  const original = [...code.childNodes].map((node) => node.cloneNode(true))
  code.setAttribute('contenteditable', 'plaintext-only')
  code.setAttribute('spellcheck', 'false')
  code.setAttribute('aria-label', 'Editable example')
  const gutter = lineNumbers ? element('span', 'code-gutter') : null
  const number = (): void => {
    if (gutter) gutter.textContent = Array.from({length: (code.textContent ?? '').split('\n').length}, (_, line) => line + 1).join('\n')
  }
  if (gutter) {
    gutter.setAttribute('aria-hidden', 'true')
    pre.prepend(gutter)
    number()
    code.addEventListener('input', number)
  }
  const undo = element('button', 'code-undo', 'Undo changes')
  undo.type = 'button'
  undo.setAttribute('aria-label', 'Undo changes to this example')
  undo.addEventListener('click', () => {
    code.replaceChildren(...original.map((node) => node.cloneNode(true)))
    // As an edit: numbered and coloured again.
    code.dispatchEvent(new Event('input'))
  })
  paintWhileEditing(code)
  return undo
}

/**
 * "Run" and "Playground" for a runnable example (`example`: its block, with its edition); an editable one
 * runs, and opens, as the reader left it, and runs on Ctrl+Enter too.
 */
function runButtons(code: HTMLElement, example: HTMLElement, frame: HTMLElement, editable: boolean): [HTMLButtonElement, HTMLAnchorElement] {
  const edition = example.dataset.playground!
  // The whole example: its hidden lines are in the block's "Show hidden lines", when it has some.
  const whole = example.querySelector(':scope > details.hidden-lines code')?.textContent ?? code.textContent ?? ''
  const program = (): Program => {
    const text = editable ? (code.textContent ?? '') : withMain(whole)
    return {code: text, edition, channel: text.includes('#![feature') ? 'nightly' : 'stable'}
  }
  const run = element('button', 'code-run', 'Run')
  run.type = 'button'
  run.setAttribute('aria-label', 'Run this example on the Rust Playground and show its output')
  run.addEventListener('click', () => void runExample(program(), example, frame))
  const open = element('a', 'code-open', 'Playground')
  const link = (): string => {
    const {code, channel} = program()
    return `${PLAYGROUND}?version=${channel}&mode=debug&edition=${encodeURIComponent(edition)}&code=${encodeURIComponent(code)}`
  }
  open.href = link()
  open.target = '_blank'
  open.rel = 'noopener'
  open.setAttribute('aria-label', 'Open this example in the Rust Playground')
  if (editable) {
    // An edited example opens as edited: the link is made again as it is followed.
    open.addEventListener('click', () => (open.href = link()))
    code.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.ctrlKey) {
        event.preventDefault()
        void runExample(program(), example, frame)
      }
    })
  }
  return [run, open]
}

/** "Copy": the code as shown (an example without its hidden lines; an editable one as edited). */
function copyButton(code: HTMLElement): HTMLButtonElement {
  const copy = element('button', 'code-copy', 'Copy')
  copy.type = 'button'
  copy.setAttribute('aria-label', 'Copy this code')
  copy.addEventListener('click', async () => {
    toast((await copyText(code.textContent ?? '')) ? 'Copied the code' : 'Could not copy the code')
  })
  return copy
}

/** An example as the Playground runs it: its code, edition and channel. */
interface Program {
  code: string
  edition: string
  channel: string
}

/**
 * Runs an example on the Playground as mdBook's play button does (its `evaluate.json`, debug build) and
 * shows the output in the block's result, made on the first run: "No output" when there is none, and
 * why when the Playground could not be reached.
 */
async function runExample(program: Program, example: HTMLElement, frame: HTMLElement): Promise<void> {
  let result = example.querySelector<HTMLElement>(':scope > .code-result')
  if (result === null) {
    result = element('pre', 'code-result')
    result.setAttribute('aria-live', 'polite')
    frame.after(result)
  }
  result.textContent = 'Running…'
  result.classList.remove('code-result-none')
  try {
    const response = await fetch(`${PLAYGROUND}evaluate.json`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({version: program.channel, optimize: '0', code: program.code, edition: program.edition}),
      signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
    })
    if (!response.ok) throw new Error(`it answered ${response.status}`)
    const answer = (await response.json()) as {result?: string; error?: string | null}
    // What it printed, compiler messages included (mdBook shows `result` alone).
    const output = answer.result ?? answer.error ?? ''
    result.textContent = output.trim() === '' ? 'No output' : output
    result.classList.toggle('code-result-none', output.trim() === '')
  } catch (error) {
    result.textContent = `Could not run the example on the Rust Playground: ${(error as Error).message}`
  }
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
