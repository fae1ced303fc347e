/**
 * The render's worker threads started ahead of a cold build's render (`render-warmup.ts`): only when
 * every chapter will render (no render cache) and the spec is large enough for workers.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {prepareRender, PARALLEL_THRESHOLD} from '../../src/render/render-warmup.ts'
import {RENDER_CACHE} from '../../src/render/render-cache.ts'
import {closePool, poolThreads} from '../../src/workers/pool.ts'

afterEach(async () => {
  delete process.env.SPECMARK_WORKERS
  delete process.env.SPECMARK_CACHE_DIR
  await closePool()
})

const chapters = (blocks: number) => [{blocks: Array.from({length: blocks}, () => null as never)}]

describe('starting the render workers ahead', () => {
  it('starts them for a large spec rendered cold, and not for a small one, one whose renders are cached or a build that gives it none', () => {
    process.env.SPECMARK_WORKERS = '1'
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-warmup-'))
    process.env.SPECMARK_CACHE_DIR = path.join(root, 'cache')
    try {
      prepareRender(root, chapters(PARALLEL_THRESHOLD - 1), true, 1)
      expect(poolThreads()).toBe(0)
      fs.mkdirSync(path.join(root, 'cache', RENDER_CACHE), {recursive: true})
      prepareRender(root, chapters(PARALLEL_THRESHOLD), true, 1)
      expect(poolThreads()).toBe(0)
      // Without the cache every chapter renders, whatever the folder holds; on as many workers as the build gives it.
      prepareRender(root, chapters(PARALLEL_THRESHOLD), false, 0)
      expect(poolThreads()).toBe(0)
      prepareRender(root, chapters(PARALLEL_THRESHOLD), false, 1)
      expect(poolThreads()).toBe(1)
    } finally {
      fs.rmSync(root, {recursive: true, force: true})
    }
  })
})
