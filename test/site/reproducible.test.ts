/**
 * Reproducible builds: the same sources, copied to two different places and built into fresh output
 * folders at different times, give byte-identical sites (Astro's bundles, pagefind's index, every page
 * and the output marker) and byte-identical exports, whose timestamp is `SOURCE_DATE_EPOCH`.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {specmark} from '../helpers/run-cli.ts'
import {FIXTURE_ROOT, listFiles} from './build-fixture.ts'

const EPOCH = '1767225600' // 2026-01-01T00:00:00Z

/** A copy of the fixture at `<new folder>/spec`, built into `dist/` and exported beside it. */
async function buildCopy(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-repro-'))
  await fs.cp(FIXTURE_ROOT, path.join(dir, 'spec'), {recursive: true})
  const root = path.join(dir, 'spec')
  const build = await specmark('build', '--root', root, '--out', path.join(dir, 'dist'))
  if (build.code !== 0) throw new Error(`specmark build failed (${build.code}):\n${build.stderr}`)
  for (const format of ['json', 'csv', 'reqif']) {
    const exported = await specmark('export', '--root', root, '--format', format, '--out', path.join(dir, 'dist-export', `export.${format}`))
    if (exported.code !== 0) throw new Error(`specmark export failed (${exported.code}):\n${exported.stderr}`)
  }
  return dir
}

describe('reproducible builds', () => {
  const saved = process.env.SOURCE_DATE_EPOCH
  let first: string
  let second: string

  beforeAll(async () => {
    // The CLI runs in child processes, which inherit this.
    process.env.SOURCE_DATE_EPOCH = EPOCH
    // One after the other, seconds apart, so that anything taken from the clock differs.
    first = await buildCopy()
    second = await buildCopy()
  }, 180_000)

  afterAll(async () => {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH
    else process.env.SOURCE_DATE_EPOCH = saved
    for (const dir of [first, second]) if (dir) await fs.rm(dir, {recursive: true, force: true})
  })

  for (const folder of ['dist', 'dist-export']) {
    it(`gives byte-identical ${folder === 'dist' ? 'sites' : 'exports'}`, async () => {
      const files = await listFiles(path.join(first, folder))
      expect(await listFiles(path.join(second, folder))).toEqual(files)
      expect(files.length).toBeGreaterThan(folder === 'dist' ? 20 : 2)
      const differing: string[] = []
      for (const file of files) {
        const [a, b] = await Promise.all([fs.readFile(path.join(first, folder, file)), fs.readFile(path.join(second, folder, file))])
        if (!a.equals(b)) differing.push(file)
      }
      expect(differing).toEqual([])
    })
  }

  it('dates the ReqIF export from SOURCE_DATE_EPOCH', async () => {
    expect(await fs.readFile(path.join(first, 'dist-export/export.reqif'), 'utf8')).toContain('2026-01-01T00:00:00Z')
  })
})
