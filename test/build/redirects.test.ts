/**
 * mdBook's `[output.html.redirect]`: redirect pages keep the fragment the reader came with and follow the
 * page's own entries with a fragment; a page that still exists carries its fragment entries for
 * `site/scripts/fragment-redirects.ts`.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyAssets, writeRedirects} from '../../src/build/book-output.ts'
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

  it('leaves what an earlier build wrote as it is now, and says the build has it', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-redirects-'))
    const book = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-assets-'))
    await fs.writeFile(path.join(book, 'logo.svg'), '<svg/>')
    await writeRedirects(outDir, redirects, Date.now() + 1000, new Set())
    await copyAssets(book, outDir, ['logo.svg'], Date.now() + 1000, new Set())
    // As an earlier build left them: older than this build, newer than the source they were copied from.
    const old = new Date(Date.now() - 3_600_000)
    const older = new Date(Date.now() - 7_200_000)
    await fs.utimes(path.join(book, 'logo.svg'), older, older)
    for (const file of ['old.html', 'logo.svg']) await fs.utimes(path.join(outDir, file), old, old)
    // The next build (its start now): nothing rewritten, everything reported as the site's.
    expect((await writeRedirects(outDir, redirects, Date.now(), new Set())).sort()).toEqual(['old.html', 'sub/to-fragment.html'])
    expect(await copyAssets(book, outDir, ['logo.svg'], Date.now(), new Set())).toEqual([path.join(outDir, 'logo.svg')])
    for (const file of ['old.html', 'logo.svg']) expect((await fs.stat(path.join(outDir, file))).mtimeMs, file).toBe(old.getTime())
    // A changed asset is copied again.
    await fs.writeFile(path.join(book, 'logo.svg'), '<svg viewBox="0 0 1 1"/>')
    await copyAssets(book, outDir, ['logo.svg'], Date.now(), new Set())
    expect(await fs.readFile(path.join(outDir, 'logo.svg'), 'utf8')).toBe('<svg viewBox="0 0 1 1"/>')
  })

  it('cannot be broken out of by a target with markup', async () => {
    const outDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-redirects-'))
    await writeRedirects(outDir, {'/x.html': 'a.html</script><script>alert(1)</script>'}, Date.now() + 1000, new Set())
    const page = await fs.readFile(path.join(outDir, 'x.html'), 'utf8')
    expect(page).not.toContain('</script><script>alert')
  })
})
