/**
 * A reader arriving with a fragment that names nothing on the page, where the content has that id with
 * the sanitizer's prefix (`pageAnchor`, src/core/anchors.ts): a heading `__init__` has the id
 * `user-content-__init__`, and a link written elsewhere as mdBook publishes it
 * (`lldb-visualizers.html#__init__`) would stop at the top of the page. The page scrolls to it, as GitHub
 * does for the ids of its user content. Links the site writes itself already carry the prefix.
 */
import {CLOBBER_PREFIX} from '../../src/core/anchors.ts'

const follow = (): void => {
  let id: string
  try {
    id = decodeURIComponent(location.hash.slice(1))
  } catch {
    return
  }
  if (id === '' || document.getElementById(id) !== null) return
  document.getElementById(`${CLOBBER_PREFIX}${id}`)?.scrollIntoView()
}

addEventListener('hashchange', follow)
follow()
