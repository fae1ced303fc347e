/**
 * The not-found page, for a permanent URL `/id/<ID>/` that has no page: an ID that exists in another
 * case (`/id/EXPR.IF/`) forwards to its paragraph; otherwise the closest rule IDs are offered, with a
 * search for the ID. IDs come from `/ids.json` (`site/pages/ids.json.ts`).
 */
import {closestIds} from './lookup.ts'

interface IdList {
  rules: Array<[id: string, chapter: number, section: string, excerpt: string, hash: string]>
  aliases: Array<[id: string, renamedTo: string | null]>
}

const base = document.documentElement.dataset.base ?? '/'
const page = document.querySelector('[data-not-found]')
const asked = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}id/([^/]+)/?$`).exec(window.location.pathname)

async function suggest(wanted: string): Promise<void> {
  const response = await fetch(`${base}ids.json`)
  if (!response.ok || !page) return
  const list = (await response.json()) as IdList
  const ids = [...list.rules.map((rule) => rule[0]), ...list.aliases.map((alias) => alias[0])]
  const exact = ids.filter((id) => id.toLowerCase() === wanted.toLowerCase())
  if (exact.length === 1) {
    window.location.replace(`${base}id/${exact[0]}/${window.location.hash}`)
    return
  }
  const section = page.querySelector<HTMLElement>('.did-you-mean')!
  const items = closestIds(wanted, ids).map((id) => {
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = `${base}id/${id}/`
    link.textContent = `[${id}]`
    item.append(link)
    return item
  })
  const search = document.createElement('li')
  const link = document.createElement('a')
  link.href = `${base}search/?q=${encodeURIComponent(wanted)}`
  link.textContent = `Search for “${wanted}”`
  search.append(link)
  section.querySelector('ul')!.replaceChildren(...items, search)
  section.querySelector('h2')!.textContent = items.length > 0 ? `No rule ID [${wanted}]. Did you mean:` : `No rule ID [${wanted}] in this version.`
  section.hidden = false
}

if (asked) void suggest(decodeURIComponent(asked[1]!))
