/**
 * The rule margin's controls (markup from `src/render/rule-margin.ts`): clicking a rule ID goes to its
 * paragraph and copies the paragraph's permanent URL (`/id/<ID>/`); "cite" copies a citation naming
 * the document and its version, the ID, the short content hash and the permanent URL.
 */
import {copyText, toast} from './clipboard.ts'

const root = document.documentElement

function permanentUrl(id: string): string {
  return new URL(`${root.dataset.base ?? '/'}id/${id}/`, window.location.href).href
}

/** The citation format: `The Rust Reference (unversioned), [expr.if.cond] #1b8828b1, <URL>`. */
export function citation(id: string, hash: string): string {
  return `${root.dataset.docTitle ?? ''} (${root.dataset.version ?? ''}), [${id}] #${hash}, ${permanentUrl(id)}`
}

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement
  const rule = target.closest<HTMLElement>('.rule')
  if (!rule) return
  const id = rule.dataset.rule ?? ''
  if (target.closest('.rule-id')) {
    // The link itself goes to the paragraph (so `:target` marks it); the copy comes on top.
    void copyText(permanentUrl(id)).then((copied) => toast(copied ? `Copied the permanent link to ${id}` : permanentUrl(id)))
  } else if (target.closest('.rule-cite')) {
    const text = citation(id, rule.dataset.hash ?? '')
    void copyText(text).then((copied) => toast(copied ? `Copied: ${text}` : text))
  }
})
