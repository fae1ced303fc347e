/**
 * The one worker pool: parsing and rendering in its threads give exactly what this thread gives, and the
 * threads really ran the work (the pool counts what they completed); a model assembled without trees
 * (`check`) is the same model, and still gives a chapter's tree when asked; the workers are started ahead
 * of a batch only for a folder with enough markdown to use them; a worker answers each task when it is
 * done.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {prepareParsing} from '../../src/pipeline/parse-pool.ts'
import {PARALLEL_THRESHOLD, parseThreshold, SINGLE_WORKER_THRESHOLD} from '../../src/pipeline/prepare-parsing.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {Worker} from 'node:worker_threads'
import {runningHere} from '../../src/workers/cores.ts'
import {closePool, freeWorkers, pooledItems, poolThreads, runEach, runInWorker, workersWantMore} from '../../src/workers/pool.ts'

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

  it('models the same without trees, in the workers too, and parses a tree again when one is asked for', async () => {
    process.env.SPECMARK_WORKERS = '1'
    const withTrees = await assembleModel(FIXTURE, {cache: false})
    const before = pooledItems()
    const withoutTrees = await assembleModel(FIXTURE, {cache: false, trees: false})
    expect(pooledItems()).toBeGreaterThan(before)
    expect(withoutTrees.spec).toEqual(withTrees.spec)
    for (const chapter of withTrees.spec.chapters) expect(withoutTrees.trees.get(chapter.id)).toEqual(withTrees.trees.get(chapter.id))
  }, 120_000)

  it('starts the workers ahead of parsing only for a folder with enough markdown for them', async () => {
    process.env.SPECMARK_WORKERS = '1'
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-prepare-'))
    try {
      fs.mkdirSync(path.join(folder, 'src/nested'), {recursive: true})
      fs.writeFileSync(path.join(folder, 'src/small.md'), '# Small\n\nA paragraph.\n')
      prepareParsing(folder)
      expect(poolThreads()).toBe(0)
      // Markdown under a dot-folder is not the spec's: it does not count.
      fs.mkdirSync(path.join(folder, '.cache'))
      fs.writeFileSync(path.join(folder, '.cache/big.md'), 'word '.repeat(100_000))
      prepareParsing(folder)
      expect(poolThreads()).toBe(0)
      fs.writeFileSync(path.join(folder, 'src/nested/big.md'), 'word '.repeat(100_000))
      prepareParsing(folder)
      expect(poolThreads()).toBe(1)
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })

  it('sends a parse that no later stage shares the pool with to a single worker only when it is large', () => {
    expect(SINGLE_WORKER_THRESHOLD).toBeGreaterThan(PARALLEL_THRESHOLD)
    // check (alone) on two cores: one worker would have to repay its start-up from the parse alone.
    expect(parseThreshold(true, 1, false)).toBe(SINGLE_WORKER_THRESHOLD)
    // A build renders with the same workers afterwards; with two or more workers each one's share is larger.
    expect(parseThreshold(false, 1, false)).toBe(PARALLEL_THRESHOLD)
    expect(parseThreshold(true, 2, false)).toBe(PARALLEL_THRESHOLD)
    // SPECMARK_WORKERS sends every batch through the pool.
    expect(parseThreshold(true, 1, true)).toBe(PARALLEL_THRESHOLD)
  })

  it('uses a worker a free core but this thread\'s, none on a core other work keeps busy, at most three', () => {
    expect(freeWorkers(2, 0)).toBe(1)
    expect(freeWorkers(2, 1)).toBe(0)
    expect(freeWorkers(2, 9)).toBe(0)
    expect(freeWorkers(1, 0)).toBe(0)
    expect(freeWorkers(8, 2)).toBe(3)
    expect(freeWorkers(4, 1)).toBe(2)
  })

  it('answers each task a worker holds as soon as it is done, not once all are', async () => {
    process.env.SPECMARK_WORKERS = '1'
    const task = {module: new URL('../helpers/busy-task.ts', import.meta.url), name: 'busyFor'}
    await runInWorker<number, number>(task, 1)
    // Four tasks reach the thread while it is busy with another, so that it holds all four at once, as a
    // worker sent its share ahead does; this thread waits, and notes when each answer arrives.
    const busy = runInWorker<number, number>(task, 200)
    const answers = await Promise.all([0, 1, 2, 3].map(() => runInWorker<number, number>(task, 200).then((ended) => ({ended, arrived: Date.now()}))))
    await busy
    expect(poolThreads()).toBe(1)
    answers.sort((a, b) => a.ended - b.ended)
    // Each answer came before the next task was done (tinypool starts every task it holds at once; without
    // a turn of the event loop before each, all four answered after the last).
    for (const [index, answer] of answers.slice(0, -1).entries()) expect(answer.arrived).toBeLessThan(answers[index + 1]!.ended)
  }, 60_000)

  it('turns the event loop between the items of a large batch it runs alone, so that what this thread waits on gets in', async () => {
    const order: string[] = []
    // An answer this thread is waiting for (pagefind's, in a build), due at its next turn of the loop.
    setImmediate(() => order.push('answer'))
    const task = {module: new URL('../helpers/busy-task.ts', import.meta.url), name: 'unused', local: (item: number) => order.push(`item ${item}`)}
    await runEach(task, [1, 2, 3], {size: () => 1, threshold: 0, workers: 0})
    expect(order).toEqual(['item 1', 'answer', 'item 2', 'item 3'])
  })

  it('keeps each worker holding twice the item this thread takes next, and two items at least', () => {
    // This thread is about to take an item of size 100: one worker holding 150 wants more, 200 does not.
    expect(workersWantMore({size: 150, items: 5}, 100, 1, 2)).toBe(true)
    expect(workersWantMore({size: 200, items: 5}, 100, 1, 2)).toBe(false)
    // Two workers hold twice as much between them.
    expect(workersWantMore({size: 300, items: 5}, 100, 2, 2)).toBe(true)
    // However small this thread's next item, each worker holds two.
    expect(workersWantMore({size: 1000, items: 1}, 1, 1, 2)).toBe(true)
    expect(workersWantMore({size: 1000, items: 3}, 1, 2, 2)).toBe(true)
    expect(workersWantMore({size: 1000, items: 4}, 1, 2, 2)).toBe(false)
  })

  it.runIf(process.platform === 'linux' || process.env.CI === 'true')('counts its own running threads, so that they are not taken for other work keeping cores busy', async () => {
    const alone = runningHere()
    expect(alone).toBeGreaterThanOrEqual(1)
    // A thread of this process spinning until told to stop: running or ready to run, state R.
    const stop = new Int32Array(new SharedArrayBuffer(4))
    const spinner = new Worker('const {workerData: stop, parentPort} = require("node:worker_threads"); parentPort.postMessage("spinning"); while (Atomics.load(stop, 0) === 0) {}', {eval: true, workerData: stop})
    try {
      await new Promise((resolve) => spinner.once('message', resolve))
      expect(runningHere()).toBeGreaterThanOrEqual(2)
    } finally {
      Atomics.store(stop, 0, 1)
      await spinner.terminate()
    }
  })
})
