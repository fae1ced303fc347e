/**
 * Builds are isolated from each other (issue 20): each renders its pages in its own process through the
 * site renderer, whose one bundling (if the renderer must be built at all) runs in a working folder of
 * its own under a lock, never in the checkout's `.astro/`; so two `specmark build` runs of different
 * roots at once both succeed (they collided in `.astro/.prerender/` when each ran `astro build`). Also:
 * a bad `--base` is refused before anything is built.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {specmark} from '../helpers/run-cli.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const CHECKOUT = path.resolve(import.meta.dirname, '../..')

async function tinySpec(name: string): Promise<string> {
  return writeTree({
    'outline.yaml': outlineYaml([{id: name, prefix: name, file: `${name}.md`}]),
    [`${name}.md`]: chapter(name, `# ${name}\n\nr[${name}.intro]\nThe ${name} chapter.\n`),
  })
}

describe('build isolation', () => {
  it('runs two builds of different roots at once, both successfully', async () => {
    const [one, two] = await Promise.all([tinySpec('one'), tinySpec('two')])
    const outs = await Promise.all([0, 1].map(async () => path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-iso-')), 'dist')))
    const dotAstroBefore = await fs.readdir(path.join(CHECKOUT, '.astro')).catch(() => null)
    const results = await Promise.all([specmark('build', '--root', one, '--out', outs[0]!), specmark('build', '--root', two, '--out', outs[1]!)])
    for (const result of results) expect(result.code, result.stderr).toBe(0)
    expect(await fs.readFile(path.join(outs[0]!, 'one/index.html'), 'utf8')).toContain('The one chapter.')
    expect(await fs.readFile(path.join(outs[1]!, 'two/index.html'), 'utf8')).toContain('The two chapter.')
    // Nothing of Astro's was left in the checkout.
    expect(await fs.readdir(path.join(CHECKOUT, '.astro')).catch(() => null)).toEqual(dotAstroBefore)
  }, 600_000)

  it('refuses a --base that is not a URL path before building', async () => {
    const root = await tinySpec('one')
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-iso-')), 'dist')
    const result = await specmark('build', '--root', root, '--out', out, '--base', '/x"></script><script>alert(77)</script>')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^specmark: error: `--base .*`: expected a URL path/)
    expect(await fs.stat(out).catch(() => null)).toBeNull()
  })
})
