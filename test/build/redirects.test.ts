/**
 * mdBook's `[output.html.redirect]`: redirect pages keep the fragment the reader came with and follow the
 * page's own entries with a fragment; a page that still exists carries its fragment entries for
 * `site/scripts/fragment-redirects.ts`.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeRedirects} from '../../src/build/book-output.ts'
import {fragmentRedirects} from '../../src/load/mdbook.ts'

const redirects = {
  '/old.html': 'new/page.html',
  '/old.html#gone': 'other.html#here',
  '/kept.html#moved': 'elsewhere.html#now',
  '/sub/to-fragment.html': '../target.html#section',
}

describe('mdBook redirects', () => {
  it('writes pages that forward the fragment, or follow their own fragment entries', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-redirects-'))
    expect((await writeRedirects(outDir, redirects, Date.now() + 1000, new Set())).sort()).toEqual(['old.html', 'sub/to-fragment.html'])
    const old = await fs.readFile(path.join(outDir, 'old.html'), 'utf8')
    expect(old).toContain('<meta http-equiv="refresh" content="0; URL=new/page.html">')
    expect(old).toContain('const fragments = {"#gone":"other.html#here"};')
    expect(old).toContain('target.includes(\'#\') ? target : target + location.hash')
    const toFragment = await fs.readFile(path.join(outDir, 'sub/to-fragment.html'), 'utf8')
    expect(toFragment).toContain('URL=../target.html#section')
    expect(toFragment).toContain('const fragments = {};')
  })

  it('gives a page that still exists its entries with a fragment', () => {
    expect(fragmentRedirects(redirects, 'kept.html')).toEqual({'#moved': 'elsewhere.html#now'})
    expect(fragmentRedirects(redirects, 'new/page.html')).toEqual({})
  })

  it('never replace a page the build made or kept, however old the file (an incremental build keeps pages)', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-redirects-'))
    const kept = path.join(outDir, 'old.html')
    await fs.writeFile(kept, 'a chapter page from the last build')
    const old = new Date(Date.now() - 3_600_000)
    await fs.utimes(kept, old, old)
    expect(await writeRedirects(outDir, redirects, Date.now(), new Set([kept]))).toEqual(['sub/to-fragment.html'])
    expect(await fs.readFile(kept, 'utf8')).toBe('a chapter page from the last build')
  })

  it('cannot be broken out of by a target with markup', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-redirects-'))
    await writeRedirects(outDir, {'/x.html': 'a.html</script><script>alert(1)</script>'}, Date.now() + 1000, new Set())
    const page = await fs.readFile(path.join(outDir, 'x.html'), 'utf8')
    expect(page).not.toContain('</script><script>alert')
  })
})
