/**
 * Generated pages never collide with chapters: every top-level name the site publishes is on
 * `GENERATED_NAMES` (held to `site/pages/` and `site/public/` here, and to a built site in
 * test/site/site-pages.test.ts), and a chapter whose URL would take one moves under `chapter/`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {EXPORTS_PATH} from '../../src/build/build-site.ts'
import {chapterPath, GENERATED_NAMES} from '../../src/render/urls.ts'

const SITE = path.resolve(import.meta.dirname, '../../site')

/** The first URL segment an Astro page file publishes (`glossary/[...index].astro` → `glossary`). */
function publishedName(entry: string): string {
  return entry.replace(/\.astro$/, '').replace(/\.ts$/, '')
}

describe('generated page names', () => {
  it('lists every top-level page, static file and output folder of the site', () => {
    const pages = fs.readdirSync(path.join(SITE, 'pages')).filter((entry) => !entry.startsWith('['))
    const statics = fs.readdirSync(path.join(SITE, 'public'))
    for (const name of [...pages.map(publishedName), ...statics, EXPORTS_PATH, 'pagefind', '_astro']) expect(GENERATED_NAMES, name).toContain(name)
  })

  it('moves every chapter named like a generated page under chapter/, and nothing else', () => {
    for (const name of GENERATED_NAMES) {
      const moved = chapterPath(name)
      expect(moved).toBe(`chapter/${name}/`)
      expect(chapterPath(`${name}/sub`)).toBe(`chapter/${name}/sub/`)
      // Case does not matter: a case-insensitive disk would merge `Glossary/` with `glossary/`.
      expect(chapterPath(name.toUpperCase())).toBe(`chapter/${name.toUpperCase()}/`)
    }
    expect(chapterPath('expressions/if-expr')).toBe('expressions/if-expr/')
    expect(chapterPath('glossary-terms')).toBe('glossary-terms/')
  })

  it('keeps the html scheme clear of generated files and folders', () => {
    // `glossary.html` sits beside the generated `glossary/` folder; a file inside it could not.
    expect(chapterPath('glossary', 'html')).toBe('glossary.html')
    expect(chapterPath('glossary/index', 'html')).toBe('chapter/glossary/index.html')
    expect(chapterPath('404', 'html')).toBe('chapter/404.html')
    expect(chapterPath('index', 'html')).toBe('chapter/index.html')
    expect(chapterPath('chapter/x', 'html')).toBe('chapter/chapter/x.html')
  })

  it('gives distinct chapters distinct pages', () => {
    const ids = [...GENERATED_NAMES].flatMap((name) => [name, `${name}/x`, `chapter/${name}`, name.toUpperCase()])
    for (const scheme of ['directories', 'html'] as const) {
      const paths = ids.map((id) => chapterPath(id, scheme).toLowerCase())
      expect(new Set(paths).size, scheme).toBe(new Set(ids.map((id) => id.toLowerCase())).size)
      // And none is a generated page's own path.
      for (const page of paths) expect(GENERATED_NAMES.has(page.replace(/\/$/, '')), page).toBe(false)
    }
  })
})
