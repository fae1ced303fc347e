/**
 * Notes added to each rule margin when a page is generated: the release the paragraph's text last
 * changed in, and how many tests cite it (an expandable list of their paths). They depend on the ID
 * registry and the test trees, not on the chapter's source, so they are added after the render cache
 * (whose entries stay valid when only a release or a test changed) rather than by `rule-margin.ts`.
 *
 * The margin markup comes from `rule-margin.ts` only (trusted, after sanitation): a wrapper with
 * `data-rule="<ID>"` whose first child is `<div class="rule-margin">` with no nested `div`, so its end is
 * the next `</div>`. To show more per rule: add a field to `RuleNotes` and its markup in `ruleNotesHtml`.
 */

export interface RuleNotes {
  /** Shown as "changed in <release>", or "unreleased" for null; omitted when undefined. */
  release?: string | null
  /** The citing tests' paths; omitted when undefined (the build had no test trees). */
  tests?: string[]
}

const MARGIN = /(data-rule="([^"]*)"[^>]*><div class="rule-margin">[\s\S]*?)(<\/div>)/g

/** Adds each rule's notes at the end of its margin in `html` (a page's rendered blocks). */
export function addRuleNotes(html: string, notesFor: (id: string) => RuleNotes): string {
  return html.replace(MARGIN, (_, margin: string, id: string, end: string) => `${margin}${ruleNotesHtml(notesFor(unescapeAttribute(id)))}${end}`)
}

export function ruleNotesHtml(notes: RuleNotes): string {
  let html = ''
  if (notes.release !== undefined) {
    html +=
      notes.release === null
        ? '<span class="rule-release unreleased" title="Changed since the last release">unreleased</span>'
        : `<span class="rule-release" title="The release this text was last changed in">changed in ${escapeHtml(notes.release)}</span>`
  }
  if (notes.tests !== undefined) {
    const count = `${notes.tests.length} test${notes.tests.length === 1 ? '' : 's'}`
    html +=
      notes.tests.length === 0
        ? `<span class="rule-tests untested" title="No test cites this paragraph">${count}</span>`
        : `<details class="rule-tests"><summary title="Tests that cite this paragraph">${count}</summary><ul>${notes.tests
            .map((test) => `<li><code>${escapeHtml(test)}</code></li>`)
            .join('')}</ul></details>`
  }
  return html
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function unescapeAttribute(value: string): string {
  return value.replace(/&#(\d+);|&amp;|&quot;|&lt;|&gt;/g, (match, code: string | undefined) =>
    code !== undefined ? String.fromCharCode(Number(code)) : ({'&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>'} as Record<string, string>)[match]!
  )
}
