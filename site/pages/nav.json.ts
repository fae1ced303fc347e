/**
 * `/nav.json`: the whole table of contents, once for the whole site — every listed part and its chapters
 * in reading order — which `site/scripts/nav.ts` draws into each page's sidebar and keeps for the session.
 * Pages themselves carry only the way to their own chapter (`Sidebar.astro`).
 */
import {navData} from '../lib/site-data.ts'

export function GET(): Response {
  return new Response(JSON.stringify(navData()), {headers: {'Content-Type': 'application/json'}})
}
