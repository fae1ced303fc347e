/**
 * What `specmark dev` serves beside the pages, as a build copies it: an mdBook's assets from `src/`, and
 * its `additional-css` and `additional-js` files where the pages link them (one above the book's folder
 * at its name); nothing else.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {publishedFile} from '../../src/dev/dev-server.ts'
import {loadProject} from '../../src/load/load-project.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

describe('the dev server’s published files', () => {
  it('are the book’s assets and theme files, at the URLs the build gives them', async () => {
    // The book in a repository, which holds the stylesheet it shares (`../shared.css`).
    const folder = await writeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'shared.css': 'b {}',
      'book/book.toml': '[book]\ntitle = "T"\n\n[output.html]\nadditional-css = ["theme/a.css", "../shared.css", "theme/gone.css"]\n',
      'book/src/SUMMARY.md': '- [One](one.md)\n',
      'book/src/one.md': '# One\n',
      'book/src/images/logo.svg': '<svg/>',
      'book/theme/a.css': 'a {}',
    })
    const root = path.join(folder, 'book')
    const project = await loadProject(root)
    expect(publishedFile(project, 'images/logo.svg')).toBe(path.join(root, 'src/images/logo.svg'))
    expect(publishedFile(project, 'theme/a.css')).toBe(path.join(root, 'theme/a.css'))
    expect(publishedFile(project, 'shared.css')).toBe(path.join(folder, 'shared.css'))
    expect(publishedFile(project, 'theme/gone.css')).toBeNull()
    expect(publishedFile(project, 'book.toml')).toBeNull()
  })
})
