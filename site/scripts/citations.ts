/**
 * The citation page (`/citations/`): parses what was pasted and checks it with the same pure modules as
 * `specmark citations check` (`src/citations/`), on `/citations/data.json`. Results are built as DOM
 * nodes with `textContent` only: pasted text never becomes markup.
 */
import {checkCitations, type CitationResult} from '../../src/citations/check-citations.ts'
import type {CitationData} from '../../src/citations/citation-data.ts'
import {parseCitations} from '../../src/citations/parse-citations.ts'
import {element} from './element.ts'

const page = document.querySelector<HTMLElement>('.citations-page')
const form = page?.querySelector<HTMLFormElement>('.citations-form')
let data: Promise<CitationData> | null = null

function load(): Promise<CitationData> {
  data ??= fetch(page!.dataset.data!).then((response) => response.json() as Promise<CitationData>)
  return data
}


function row(result: CitationResult): HTMLTableRowElement {
  const tr = element('tr')
  tr.className = result.holds ? 'citation-holds' : 'citation-fails'
  tr.dataset.status = result.status
  const {citation} = result
  tr.append(element('td', '', `${citation.version} [${citation.id}]${citation.hash ? ` #${citation.hash}` : ''}`), element('td', '', result.holds ? 'yes' : 'no'), element('td', '', result.status))
  const details = element('td')
  details.append(element('span', '', result.message))
  if (result.diffParts) {
    const diff = element('blockquote', 'word-diff')
    for (const part of result.diffParts) diff.append(part.added ? element('ins', '', part.value) : part.removed ? element('del', '', part.value) : document.createTextNode(part.value))
    details.append(diff)
  }
  tr.append(details)
  return tr
}

form?.addEventListener('submit', (event) => {
  event.preventDefault()
  const input = form.querySelector<HTMLTextAreaElement>('#citations-input')!.value
  const targetVersion = form.querySelector<HTMLSelectElement>('#citations-target')!.value
  void load().then((citationData) => {
    const releases = new Map(citationData.releases.map((release) => [release.version, release]))
    const target = targetVersion === '' ? citationData.current : releases.get(targetVersion)!
    const {citations, problems} = parseCitations(input)
    const result = checkCitations(citations, releases, target)
    const table = page!.querySelector<HTMLTableElement>('.citations-results')!
    const body = table.tBodies[0]!
    body.replaceChildren(...result.results.map(row))
    for (const problem of problems) {
      const tr = element('tr')
      tr.className = 'citation-fails'
      tr.dataset.status = 'unreadable'
      tr.append(element('td', '', `line ${problem.line}`), element('td', '', 'no'), element('td', '', 'unreadable'), element('td', '', problem.message))
      body.append(tr)
    }
    table.hidden = body.children.length === 0
    const failing = result.failing + problems.length
    page!.querySelector('.citations-summary')!.textContent = `${result.results.length + problems.length} citations checked against ${result.target}: ${result.results.length - result.failing} hold, ${failing} no longer hold.`
  })
})
