/**
 * With the cache off (`--no-cache`, `SPECMARK_CACHE=0`), loading and rendering compute no cache keys:
 * every key hashes specmark's own code and dependency versions (`codeVersion`), a cost a cold `check
 * --no-cache` should not pay. With the cache on, keys are computed (so the spy below can see them).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import * as cache from '../../src/cache/cache.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

vi.mock('../../src/cache/cache.ts', async (importOriginal) => {
  const original = await importOriginal<typeof cache>()
  return {...original, cacheKey: vi.fn(original.cacheKey)}
})

afterEach(() => {
  vi.mocked(cache.cacheKey).mockClear()
  vi.unstubAllEnvs()
})

describe('cache keys', () => {
  it('are not computed when the cache is off', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nThe intro.\n')
    const model = await assembleModel(root, {cache: false})
    const {rendered} = await renderSpec(model, {cache: false})
    expect(rendered.chapters[0]!.blocks.map((block) => block.html).join('')).toContain('The intro.')
    expect(cache.cacheKey).not.toHaveBeenCalled()
  })

  it('are computed when the cache is on', async () => {
    vi.stubEnv('SPECMARK_CACHE', '1')
    vi.stubEnv('SPECMARK_CACHE_DIR', fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-cache-')))
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nThe intro.\n')
    const model = await assembleModel(root, {cache: true})
    await renderSpec(model, {cache: true})
    // One draft key and one render key for the one chapter.
    expect(cache.cacheKey).toHaveBeenCalledTimes(2)
  })
})
