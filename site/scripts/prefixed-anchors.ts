/**
 * A reader arriving with a fragment that names nothing on the page, where the content has that id with
 * the sanitizer's prefix (`pageAnchor`, src/core/anchors.ts): a heading `__init__` has the id
 * `user-content-__init__`, and a link written elsewhere as mdBook publishes it
 * (`lldb-visualizers.html#__init__`) would stop at the top of the page. The page scrolls to it, as GitHub
 * does for the ids of its user content. Links the site writes itself already carry the prefix. So for an
 * old-style anchor, `<a name="joining-wg-triage">` (the sanitizer prefixes every `name`), which the
 * browser finds by its name as mdBook publishes it.
 */
import {CLOBBER_PREFIX} from '../../src/core/anchors.ts'

const follow = (): void => {
  let id: string
  try {
    id = decodeURIComponent(location.hash.slice(1))
  } catch {
    return
  }
  if (id === '' || document.getElementById(id) !== null || document.getElementsByName(id).length > 0) return
  const prefixed = `${CLOBBER_PREFIX}${id}`
  ;(document.getElementById(prefixed) ?? document.getElementsByName(prefixed)[0])?.scrollIntoView()
}

addEventListener('hashchange', follow)
follow()
