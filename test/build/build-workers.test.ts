/**
 * A build's workers (`build-workers.ts`): a book of the Reference's size leaves a core to pagefind's
 * process, a large one uses every free core; `SPECMARK_WORKERS` decides alone.
 */
import {afterEach, describe, expect, it} from 'vitest'
import {buildWorkers, LARGE_RENDER_BLOCKS, searchCores} from '../../src/build/build-workers.ts'
import {workerCount} from '../../src/workers/pool.ts'

afterEach(() => {
  delete process.env.SPECMARK_WORKERS
})

describe('a build’s workers', () => {
  it('leave a core to pagefind for a book of the Reference’s size, none for a large one', () => {
    expect(searchCores(5541)).toBe(1)
    expect(searchCores(LARGE_RENDER_BLOCKS)).toBe(0)
    expect(buildWorkers(LARGE_RENDER_BLOCKS)).toBe(workerCount())
    expect(buildWorkers(5541)).toBe(workerCount({besides: 1}))
    expect(buildWorkers(5541)).toBeLessThanOrEqual(buildWorkers(LARGE_RENDER_BLOCKS))
  })

  it('are SPECMARK_WORKERS when it is set', () => {
    process.env.SPECMARK_WORKERS = '2'
    expect(buildWorkers(10)).toBe(2)
    expect(buildWorkers(LARGE_RENDER_BLOCKS)).toBe(2)
  })
})
