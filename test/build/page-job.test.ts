/**
 * The site's pages rendered in a worker thread (`page-job.ts`) while the build writes the rest: the same
 * bytes as rendered on the build's own thread, and the worker really rendered them.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {buildSite} from '../../src/build/build-site.ts'
import {writePages} from '../../src/build/page-job.ts'
import type {SiteRenderer} from '../../src/build/site-renderer.ts'
import type {RenderedSpec} from '../../src/render/types.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {closePool, pooledItems} from '../../src/workers/pool.ts'
import {listFiles} from '../site/build-fixture.ts'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site/spec')

const saved = process.env.SPECMARK_CACHE

afterEach(async () => {
  delete process.env.SPECMARK_WORKERS
  delete process.env.SPECMARK_CACHE_DIR
  if (saved === undefined) delete process.env.SPECMARK_CACHE
  else process.env.SPECMARK_CACHE = saved
  await closePool()
})

describe('pages rendered in a worker', () => {
  it('are the bytes the build writes rendering them itself', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-page-job-'))
    try {
      // A cache of its own: the second build takes every chapter from the first's render cache, so the
      // one item its worker runs is the page job.
      process.env.SPECMARK_CACHE_DIR = path.join(dir, 'cache')
      process.env.SPECMARK_CACHE = '1'
      const build = async (workers: string, out: string): Promise<number> => {
        process.env.SPECMARK_WORKERS = workers
        const model = await assembleModel(FIXTURE, {cache: true})
        const before = pooledItems()
        const summary = await buildSite(model, {outDir: path.join(dir, out), cache: true})
        expect(summary.pagesWritten).toBeGreaterThan(5)
        return pooledItems() - before
      }
      expect(await build('0', 'here')).toBe(0)
      expect(await build('1', 'worker')).toBe(1)
      const files = await listFiles(path.join(dir, 'here'))
      expect(await listFiles(path.join(dir, 'worker'))).toEqual(files)
      const differing: string[] = []
      for (const file of files) {
        const [a, b] = await Promise.all([fs.readFile(path.join(dir, 'here', file)), fs.readFile(path.join(dir, 'worker', file))])
        if (!a.equals(b)) differing.push(file)
      }
      expect(differing).toEqual([])
    } finally {
      await fs.rm(dir, {recursive: true, force: true})
    }
  }, 180_000)

  it('turns the event loop between pages rendered on the build’s thread, so that what it waits on gets in', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-page-turns-'))
    try {
      const order: string[] = []
      // Astro's render settles in microtasks only, as this one does.
      const site: SiteRenderer = {
        key: 'test',
        clientDir: dir,
        render: async (pathname) => {
          order.push(pathname)
          return {status: 200, contentType: 'text/html', body: Buffer.from(pathname), reads: null}
        },
      }
      const pages = ['a/', 'b/', 'c/'].map((url) => ({url, file: `${url}index.html`, route: 'chapter', chapter: url}))
      // An answer this thread is waiting for (pagefind's, in a build), due at its next turn of the loop.
      setImmediate(() => order.push('answer'))
      await writePages(site, {base: '/'} as RenderedSpec, pages, dir)
      expect(order).toEqual(['/a/', 'answer', '/b/', '/c/'])
    } finally {
      await fs.rm(dir, {recursive: true, force: true})
    }
  })
})
