/**
 * The one worker pool (tinypool, persistent threads): parse, render and the trace scan all run their
 * per-item work through `runEach`. Threads start on first use and are kept for the process, so a
 * long-running command (dev, the language server) and a build that parses then renders pay their
 * start-up once. This thread takes items from the same queue, so a short batch never waits for a
 * worker to start; batches below a size threshold run here only.
 *
 * One error style: an item that throws in a worker rejects the batch with an `InternalError` naming the
 * task and the worker's stack (input problems are diagnostics, never thrown, so this is always a bug).
 * How many workers: `cores.ts`. There is no other thread: pagefind's client and the output folder's
 * listing run on the build's thread (a thread of their own cost an edit more CPU than it saved in time).
 */
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import {InternalError} from '../diagnostics/diagnostic.ts'
import {inPhase, PhaseError} from '../diagnostics/phase.ts'
import {busyCores, usableCores} from './cores.ts'
import {workerEnvironment} from './thread-environment.ts'
import {setImmediate as eventLoopTurn} from 'node:timers/promises'

/** A function of a module, run in a worker as `(await import(module))[name](input)`. */
export interface Task<I, O> {
  module: URL
  name: string
  /** The same function, for items run on this thread. */
  local: (input: I) => O
}

export interface RunOptions<I> {
  /** An item's cost (bytes of markdown, files): this thread takes the largest first, the workers the smallest. */
  size: (input: I) => number
  /** Below this total size, workers cost more than they save and everything runs on this thread. */
  threshold: number
  /** Worker lanes to use whatever the size (default: `workerCount()`, and only above the threshold). */
  workers?: number
  /** Cores that other work of this command keeps busy meanwhile, besides other processes' (`workerCount`). */
  besides?: number
  /** The input an item is about (a chapter file), so that a failure names it (see `diagnostics/phase.ts`). */
  describe?: (input: I) => string
}

/**
 * Worker threads besides this one: one a free core but this one's, at most 3. `SPECMARK_WORKERS=n` sets
 * the count and sends every batch of two items or more through the pool, whatever its size (for tests
 * and benchmarks); `SPECMARK_WORKERS=0` keeps everything on this thread.
 *
 * A core that other processes keep busy is not free: a worker there runs nothing in parallel, and costs
 * work of its own (a heap, its modules, the JIT warming up again, GC): on the Reference, a parse worker
 * adds about a third to the CPU time of a cold `check` (7.2 s → 9.8 s on 2 cores), so on a saturated
 * machine one thread finishes first (like `make -l`). `besides`: cores that other work of this command
 * keeps busy meanwhile (a build's search index, `build-workers.ts`), counted as other processes' are.
 */
export function workerCount(options: {besides?: number} = {}): number {
  return configuredWorkers() ?? freeWorkers(usableCores(), busyCores() + (options.besides ?? 0))
}

/** Workers for `cores` usable cores when other work keeps `busy` of them running: one a free core but this thread's, at most 3. */
export function freeWorkers(cores: number, busy: number): number {
  return Math.max(0, Math.min(cores - 1 - busy, 3))
}

/** The worker count `SPECMARK_WORKERS` sets, or null (then batches of any size may use workers). */
export function configuredWorkers(): number | null {
  const configured = process.env.SPECMARK_WORKERS
  return configured !== undefined && /^\d+$/.test(configured) ? Number(configured) : null
}

let pool: Tinypool | null = null

/**
 * How much work a worker holds ahead of its answers, as a multiple of the item this thread takes next:
 * while this thread is busy with an item of its own (the largest first, up to a few hundred milliseconds)
 * it cannot send, so each worker is sent, before it starts, items of at least this many times that
 * item's size (the worker's items are the smallest: more per unit of size goes to fixed costs). With a
 * fixed sixteen items ahead, a profile of a cold build of the Reference had the worker waiting for
 * work half of the parse and a third of the render: sixteen small chapters were done long before this
 * thread's largest.
 */
const AHEAD = 2

/**
 * The same for this thread's first item, which also pays for what it is the first to run here (the
 * highlighter's grammars loaded, the renderer's code compiled): in a profile of a cold build of the
 * Reference, the largest chapter's render took this thread 0.45 s and the worker, sent twice its size,
 * waited for the last 0.3 s of it.
 */
const FIRST_AHEAD = 4

/** Tasks a worker may hold: no limit of tinypool's own (`runEach` keeps the measure, `AHEAD`). */
const TASKS_PER_WORKER = 1024

function sharedPool(): Tinypool {
  pool ??= new Tinypool({
    filename: fileURLToPath(new URL('./pool-worker.ts', import.meta.url)),
    minThreads: 0,
    maxThreads: Math.max(1, workerCount()),
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    // Keep idle threads (and their loaded modules) for the next batch; they do not hold the process open.
    idleTimeout: 60_000,
    env: workerEnvironment(),
  })
  return pool
}


/**
 * The modules the current pool's threads were asked to load ahead (`prepare`, once a module): with how
 * many threads (a batch of that module uses at least those: they are paid for), the loads, and whether
 * they are done.
 */
const prepared = new Map<string, {workers: number; loaded: Promise<void>; ready: boolean}>()

/**
 * Starts the threads a coming batch of `task` will use and has each load the task's module, so that
 * their start-up overlaps what this thread does first (loading the project); `onReady` is called once
 * they have (at once if they had). Errors are left for the batch itself to meet.
 */
export function prepare(task: Pick<Task<never, unknown>, 'module'> & Partial<Task<never, unknown>>, workers = workerCount(), onReady: () => void = () => {}): void {
  if (workers === 0) return
  let state = prepared.get(task.module.href)
  if (!state) {
    const threads = sharedPool()
    const loads = Array.from({length: workers}, () => threads.run({module: task.module.href, name: null, input: null}))
    const loading = {
      workers,
      ready: false,
      loaded: Promise.all(loads).then(() => {
        loading.ready = true
      }),
    }
    state = loading
    prepared.set(task.module.href, loading)
  }
  if (state.ready) onReady()
  else state.loaded.then(onReady, () => {})
}

let pooled = 0

/** How many items of `runEach` batches the pool's threads have run in this process (for tests that must see the pool used). */
export function pooledItems(): number {
  return pooled
}

/** How many threads the pool has started and not stopped (for tests of `prepare`). */
export function poolThreads(): number {
  return pool?.threads.length ?? 0
}

/** Stops the pool's threads (the next `runEach` starts new ones). */
export async function closePool(): Promise<void> {
  const closing = pool
  pool = null
  prepared.clear()
  await closing?.destroy()
}

/**
 * Runs `task` once on `input` in one of the pool's threads (never this one): one large piece of work that
 * this thread overlaps with its own. A throw rejects as a batch item's does (`InternalError`).
 */
export async function runInWorker<I, O>(task: Omit<Task<I, O>, 'local'>, input: I): Promise<O> {
  try {
    const result = (await sharedPool().run({module: task.module.href, name: task.name, input})) as O
    pooled++
    return result
  } catch (error) {
    throw new InternalError(`${task.name} failed in a worker: ${(error as Error).stack ?? String(error)}`)
  }
}

/**
 * Whether `workers` workers holding `held` should be sent another item before this thread starts one of
 * size `next`: each holds `ahead` times that much work, and two items at least (its next is there when
 * it finishes one, not a round trip later).
 */
export function workersWantMore(held: {size: number; items: number}, next: number, workers: number, ahead: number): boolean {
  return held.size < workers * ahead * next || held.items < workers * 2
}

/**
 * A large batch on this thread alone, turning the event loop between items: what this thread waits on
 * meanwhile gets in (a build's search index is written by pagefind's process from the answers this
 * thread takes in; in one long synchronous render they waited, and the index was the last thing done:
 * a cold build of the Reference ended 1 s after its pages).
 */
async function runHere<I, O>(inputs: I[], local: (input: I) => O): Promise<O[]> {
  const results: O[] = []
  for (const input of inputs) {
    results.push(local(input))
    await eventLoopTurn()
  }
  return results
}

/** Runs `task` on every input, on this thread and the pool's; results are in input order. */
export async function runEach<I, O>(task: Task<I, O>, inputs: I[], options: RunOptions<I>): Promise<O[]> {
  const total = inputs.reduce((sum, input) => sum + options.size(input), 0)
  const workers = options.workers ?? Math.max(workerCount({besides: options.besides}), prepared.get(task.module.href)?.workers ?? 0)
  const small = total < options.threshold && configuredWorkers() === null && options.workers === undefined
  // A failure names the task and the item's input: one line for the CLI, not a stack.
  const local = (input: I): O => (options.describe ? inPhase(task.name, options.describe(input), () => task.local(input)) : task.local(input))
  if (small || inputs.length < 2) return inputs.map(local)
  if (workers === 0) return runHere(inputs, local)

  const queue = inputs.map((_, index) => index).sort((a, b) => options.size(inputs[b]!) - options.size(inputs[a]!))
  const results: O[] = new Array(inputs.length)
  const threads = sharedPool()
  // This thread takes the largest items first, the workers the smallest: a worker still starting (or
  // whose code is not yet optimized) then holds small items when the queue runs out, not the largest left
  // (on the Reference, a parse worker ready only once this thread had parsed most chapters held the two
  // largest, and this thread waited 0.25-0.45 s for them).
  return new Promise<O[]>((resolve, reject) => {
    let held = {size: 0, items: 0}
    let failed = false
    let ownDone = false
    const fail = (error: unknown): void => {
      failed = true
      reject(error)
    }
    const settleIfDone = (): void => {
      if (ownDone && held.items === 0 && queue.length === 0 && !failed) resolve(results)
    }
    const send = (index: number): void => {
      const size = options.size(inputs[index]!)
      held = {size: held.size + size, items: held.items + 1}
      threads.run({module: task.module.href, name: task.name, input: inputs[index]}).then(
        (result) => {
          results[index] = result as O
          pooled++
          held = {size: held.size - size, items: held.items - 1}
          topUp()
          settleIfDone()
        },
        (error: unknown) => {
          const failure = new InternalError(`${task.name} failed in a worker: ${(error as Error).stack ?? String(error)}`)
          fail(options.describe ? new PhaseError(task.name, options.describe(inputs[index]!), failure) : failure)
        }
      )
    }
    let ahead = FIRST_AHEAD
    // Threads that have not loaded the task's module yet are sent one item each, the rest once they have:
    // tinypool queues what it is sent before, and then hands a thread one queued item per answer this
    // thread takes in (between its own items), so that a worker starting as the batch began ran one item
    // at a time and waited for the next most of the parse (a profile of a cold build: half of it).
    let ready = false
    // The last item is this thread's: it is about to take it.
    const topUp = (): void => {
      const wanted = (): boolean => (ready ? workersWantMore(held, options.size(inputs[queue[0]!]!), workers, ahead) : held.items < workers)
      while (!failed && queue.length > 1 && wanted()) send(queue.pop()!)
    }
    prepare(task, workers, () => {
      ready = true
      topUp()
    })
    const ownLane = async (): Promise<void> => {
      // The workers are sent theirs first: this thread's first item runs to its end before it yields.
      for (topUp(); !failed; topUp()) {
        // Until the workers are ready, this thread takes the smallest items, so that it soon turns its
        // event loop, where tinypool hands them theirs: with the largest first, a worker that was still
        // loading the renderer as the render began waited for this thread's first chapter (0.4 s).
        const index = ready ? queue.shift() : queue.pop()
        if (index === undefined) break
        results[index] = local(inputs[index]!)
        ahead = AHEAD
        // Let the workers' answers in, so that they are sent their next items while this thread works.
        await eventLoopTurn()
      }
      ownDone = true
      settleIfDone()
    }
    ownLane().catch(fail)
  })
}
