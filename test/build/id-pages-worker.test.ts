/**
 * The `/id/` pages a cold build has a worker write (`idPagesInWorker` in build-site.ts) are the files its
 * own thread writes, and the worker really wrote them.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {idPagesData, writeIdPagesJob, type IdPagesJob} from '../../src/build/id-pages.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {closePool, pooledItems, runInWorker} from '../../src/workers/pool.ts'
import {listFiles} from '../site/build-fixture.ts'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site/spec')

afterEach(async () => {
  delete process.env.SPECMARK_WORKERS
  await closePool()
})

describe('the /id/ pages written in a worker', () => {
  it('are the files written on the build’s thread', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-id-worker-'))
    try {
      process.env.SPECMARK_WORKERS = '1'
      const model = await assembleModel(FIXTURE, {cache: false})
      const {rendered} = await renderSpec(model, {cache: false})
      const job = (out: string): IdPagesJob => ({data: idPagesData(rendered), outDir: path.join(dir, out), root: dir, enabled: false, previousBuild: false})
      const here = writeIdPagesJob(job('here'))
      const before = pooledItems()
      const worker = await runInWorker<IdPagesJob, string[]>({module: new URL('../../src/build/id-pages.ts', import.meta.url), name: 'writeIdPagesJob'}, job('worker'))
      expect(pooledItems()).toBe(before + 1)
      expect(here.length).toBe(rendered.rules.length)
      expect(worker.map((file) => path.relative(path.join(dir, 'worker'), file))).toEqual(here.map((file) => path.relative(path.join(dir, 'here'), file)))
      const files = await listFiles(path.join(dir, 'here'))
      expect(await listFiles(path.join(dir, 'worker'))).toEqual(files)
      for (const file of files) expect(await fs.readFile(path.join(dir, 'worker', file), 'utf8')).toBe(await fs.readFile(path.join(dir, 'here', file), 'utf8'))
    } finally {
      await fs.rm(dir, {recursive: true, force: true})
    }
  }, 120_000)
})
