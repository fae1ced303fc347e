/**
 * The one worker pool: parsing and rendering in its threads give exactly what this thread gives, and the
 * threads really ran the work (the pool counts what they completed).
 */
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {closePool, pooledItems} from '../../src/workers/pool.ts'

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site/spec')

async function parseAndRender(workers: string) {
  process.env.SPECMARK_WORKERS = workers
  const model = await assembleModel(FIXTURE, {cache: false})
  const {rendered} = await renderSpec(model, {cache: false})
  return {spec: model.spec, rendered, pooled: pooledItems()}
}

afterEach(async () => {
  delete process.env.SPECMARK_WORKERS
  await closePool()
})

describe('the worker pool', () => {
  it('parses and renders in worker threads exactly as on this thread', async () => {
    const here = await parseAndRender('0')
    expect(here.pooled).toBe(0)
    const pooled = await parseAndRender('1')
    // Every chapter is parsed and rendered by one thread or the other; the worker took some of each.
    expect(pooled.pooled).toBeGreaterThan(0)
    expect(pooled.spec).toEqual(here.spec)
    expect(pooled.rendered).toEqual(here.rendered)
  }, 120_000)
})
