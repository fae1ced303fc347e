/**
 * `/citations/data.json`: every release's clauses (ID, hash, text, place, informative hash) and withdrawn
 * IDs, and the current text's, for the citation page (`site/scripts/citations.ts`), which runs the same
 * check as `specmark citations check` in the browser.
 */
import {siteData} from '../../lib/site-data.ts'

export function GET(): Response {
  return new Response(JSON.stringify(siteData().citations), {headers: {'Content-Type': 'application/json'}})
}
