/**
 * The rule margin's controls (markup from `src/render/rule-margin.ts`): clicking a rule ID goes to its
 * paragraph and copies the paragraph's permanent URL (`/id/<ID>/`); "cite" copies a citation naming
 * the document and the version of its text, the ID, the short content hash and a URL to that text.
 */
import {copyText, toast} from './clipboard.ts'

const root = document.documentElement

function permanentUrl(id: string): string {
  return new URL(`${root.dataset.base ?? '/'}id/${id}/`, window.location.href).href
}

/** Per clause of this page whose text is as released: the release and its versioned path (SourceStamp.astro). */
function citeAs(id: string): {version: string; path: string} | null {
  const element = document.getElementById('cite-as')
  if (!element?.textContent) return null
  return (JSON.parse(element.textContent) as Record<string, {version: string; path: string}>)[id] ?? null
}

/**
 * The citation format: `Title (1.0), [expr.if.cond] #1b8828b1, <URL of the text as released>` for a
 * clause as released (the URL is `/v/<release>/…`, the text the citation names); for a clause changed
 * since, `Title (unreleased (since 1.0)), [ID] #hash, <permanent URL>`. `specmark citations check` reads
 * this string back.
 */
export function citation(id: string, hash: string): string {
  const released = citeAs(id)
  const version = released?.version ?? root.dataset.version ?? ''
  const url = released ? new URL(`${root.dataset.base ?? '/'}${released.path}`, window.location.href).href : permanentUrl(id)
  return `${root.dataset.docTitle ?? ''} (${version}), [${id}] #${hash}, ${url}`
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
