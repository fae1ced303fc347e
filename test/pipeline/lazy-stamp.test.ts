/**
 * `check` assembles the model without the source stamp (`LoadOptions.stamp: false`): git is not run
 * unless a stage reads the stamp, and when one does, it gets the same commit and date as a model that
 * read it up front.
 */
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import * as stamps from '../../src/load/source-stamp.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'

vi.mock('../../src/load/source-stamp.ts', async (importOriginal) => {
  const original = await importOriginal<typeof stamps>()
  return {...original, sourceStamp: vi.fn(original.sourceStamp), readSourceStamp: vi.fn(original.readSourceStamp)}
})

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/site/spec')

afterEach(() => {
  vi.mocked(stamps.sourceStamp).mockClear()
  vi.mocked(stamps.readSourceStamp).mockClear()
})

describe('the source stamp of a model', () => {
  it('is read only when asked for with stamp: false, and is the same as when read up front', async () => {
    const eager = await assembleModel(FIXTURE, {cache: false})
    expect(stamps.readSourceStamp).toHaveBeenCalledTimes(1)
    const lazy = await assembleModel(FIXTURE, {cache: false, trees: false, stamp: false})
    expect(stamps.readSourceStamp).toHaveBeenCalledTimes(1)
    expect(stamps.sourceStamp).not.toHaveBeenCalled()
    expect(lazy.stamp.date).toBe(eager.stamp.date)
    expect({...lazy.stamp}).toEqual(eager.stamp)
    // Read once, however often it is asked for.
    expect(stamps.sourceStamp).toHaveBeenCalledTimes(1)
  })
})
