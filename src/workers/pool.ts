/**
 * The one worker pool (tinypool, persistent threads): parse, render and the trace scan all run their
 * per-item work through `runEach`. Threads start on first use and are kept for the process, so a
 * long-running command (dev, the language server) and a build that parses then renders pay their
 * start-up once. This thread takes items from the same queue, so a short batch never waits for a
 * worker to start; batches below a size threshold run here only.
 *
 * One error style: an item that throws in a worker rejects the batch with an `InternalError` naming the
 * task and the worker's stack (input problems are diagnostics, never thrown, so this is always a bug).
 */
import fs from 'node:fs'
import module from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Tinypool from 'tinypool'
import {Worker} from 'node:worker_threads'
import {InternalError} from '../diagnostics/diagnostic.ts'
import {inPhase, PhaseError} from '../diagnostics/phase.ts'
import {usableCores} from './cores.ts'

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
 * machine one thread finishes first (like `make -l`).
 */
export function workerCount(): number {
  return configuredWorkers() ?? freeWorkers(usableCores(), busyCores())
}

/** Workers for `cores` usable cores when other work keeps `busy` of them running: one a free core but this thread's, at most 3. */
export function freeWorkers(cores: number, busy: number): number {
  return Math.max(0, Math.min(cores - 1 - busy, 3))
}

let sampled = {at: -Infinity, busy: 0}

/** How long a reading of the busy cores holds (a long-running server reads again). */
const RESAMPLE_MS = 60_000

/**
 * Cores other work is using: threads ready to run that are not this process's, from Linux's
 * `/proc/loadavg` (an instant count, not the load average, which lags by minutes) less this process's
 * own running threads (`/proc/self/task`): V8 compiles and collects garbage on threads of its own, and
 * at start-up one of them is often running; counted as other work, it left a cold build of the
 * Reference without a worker on a quiet machine (6.6 s instead of 4.7). 0 where it cannot be read, or
 * where this process may use only some of the machine's cores (the count is the whole machine's). Read
 * at most once a minute: read again within a command, the count took this process's own work for other
 * work — pagefind's process — and a build on a quiet machine then rendered on one thread, or put its
 * pages on this thread while the worker that had loaded the site renderer for them idled.
 */
function busyCores(): number {
  const now = performance.now()
  if (now - sampled.at < RESAMPLE_MS) return sampled.busy
  sampled = {at: now, busy: os.cpus().length === os.availableParallelism() ? runnableElsewhere() : 0}
  return sampled.busy
}

/**
 * The fewest of a few readings, a millisecond apart: a count of one instant took the kernel's own
 * threads flushing the disk (`kblockd`, three of them after a build had written its output) for other
 * work, and a cold build then ran without a worker (13 s instead of 6).
 */
function runnableElsewhere(): number {
  let fewest = Infinity
  for (let reading = 0; reading < BUSY_READINGS && fewest > 0; reading++) {
    if (reading > 0) Atomics.wait(PAUSE, 0, 0, 1)
    fewest = Math.min(fewest, runnableNow())
  }
  return fewest
}

const BUSY_READINGS = 3
const PAUSE = new Int32Array(new SharedArrayBuffer(4))

function runnableNow(): number {
  try {
    const runnable = Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[3]?.split('/')[0])
    return Number.isInteger(runnable) ? Math.max(0, runnable - runningHere()) : 0
  } catch {
    return 0
  }
}

/** This process's threads that are running or ready to run (state R in `/proc/self/task/<id>/stat`); at least this one. */
export function runningHere(): number {
  let running = 0
  for (const task of fs.readdirSync('/proc/self/task')) {
    try {
      // The state follows the command name, which is in parentheses and may itself hold spaces or parentheses.
      const stat = fs.readFileSync(`/proc/self/task/${task}/stat`, 'utf8')
      if (stat[stat.lastIndexOf(')') + 2] === 'R') running++
    } catch {
      // The thread ended while the folder was read.
    }
  }
  return Math.max(1, running)
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
 * The threads' environment: this one's, plus the compile cache the launcher enabled for this thread
 * (`bin/specmark.cjs`). `module.enableCompileCache()` covers the calling thread only; a worker sees the
 * cache when `NODE_COMPILE_CACHE` is set as it starts, and without it, strips the types of every
 * TypeScript module again (in the checkout, about a second of CPU a thread, most of it loading the stripper).
 */
function workerEnvironment(): Record<string, string> | undefined {
  // The directory Node reports is the cache's subfolder for this Node version, under the one it was given.
  const cache = module.getCompileCacheDir?.()
  if (!cache || process.env.NODE_COMPILE_CACHE) return undefined
  const environment: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) environment[name] = value
  return {...environment, NODE_COMPILE_CACHE: path.dirname(cache)}
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

/** Stops the pool's threads and the side thread (the next `runEach` or `runInThread` starts new ones). */
export async function closePool(): Promise<void> {
  const closing = pool
  const thread = side?.thread
  pool = null
  side = null
  prepared.clear()
  await Promise.all([closing?.destroy(), thread?.terminate()])
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
 * The build's side thread (`runInThread`): started by the first task sent to it and kept for the next,
 * which then pays no thread start-up (about a tenth of a second of CPU: Node's own modules compiled
 * again, a heap); held open only while it has tasks.
 */
interface SideThread {
  thread: Worker
  pending: Map<number, {name: string; resolve: (value: unknown) => void; reject: (error: Error) => void}>
  next: number
}

let side: SideThread | null = null

function sideThread(): SideThread {
  if (side) return side
  const environment = workerEnvironment()
  const thread = new Worker(new URL('./thread-worker.ts', import.meta.url), environment ? {env: environment} : {})
  const started: SideThread = {thread, pending: new Map(), next: 0}
  const failAll = (reason: (name: string) => string): void => {
    if (side === started) side = null
    for (const {name, reject} of started.pending.values()) reject(new InternalError(reason(name)))
    started.pending.clear()
  }
  thread.on('message', ({id, value, failure}: {id: number; value?: unknown; failure?: string}) => {
    const task = started.pending.get(id)
    if (!task) return
    started.pending.delete(id)
    if (started.pending.size === 0) thread.unref()
    if (failure === undefined) task.resolve(value)
    else task.reject(new InternalError(`${task.name} failed in a worker: ${failure}`))
  })
  thread.on('error', (error: Error) => failAll((name) => `${name} failed in a worker: ${error.stack ?? String(error)}`))
  thread.on('exit', (code) => failAll((name) => `${name} failed in a worker: its thread ended (exit code ${code}) without an answer`))
  side = started
  return started
}

/**
 * Runs `task` once on `input` in the side thread, at once: for a task that mostly waits (on a child
 * process's replies) or that must not wait for this thread. A pool's thread takes a task only once this
 * thread has seen it start, which waits while this thread runs synchronous work (seconds in a build);
 * the side thread takes it as it arrives. Tasks there run side by side, each as far as its next await.
 * A throw rejects as in `runInWorker` (`InternalError`).
 */
export function runInThread<I, O>(task: Omit<Task<I, O>, 'local'>, input: I): Promise<O> {
  const target = sideThread()
  const id = target.next++
  return new Promise<O>((resolve, reject) => {
    target.pending.set(id, {name: task.name, resolve: resolve as (value: unknown) => void, reject})
    target.thread.ref()
    target.thread.postMessage({id, module: task.module.href, name: task.name, input})
  })
}

/**
 * Whether `workers` workers holding `held` should be sent another item before this thread starts one of
 * size `next`: each holds `ahead` times that much work, and two items at least (its next is there when
 * it finishes one, not a round trip later).
 */
export function workersWantMore(held: {size: number; items: number}, next: number, workers: number, ahead: number): boolean {
  return held.size < workers * ahead * next || held.items < workers * 2
}

/** Runs `task` on every input, on this thread and the pool's; results are in input order. */
export async function runEach<I, O>(task: Task<I, O>, inputs: I[], options: RunOptions<I>): Promise<O[]> {
  const total = inputs.reduce((sum, input) => sum + options.size(input), 0)
  const workers = options.workers ?? Math.max(workerCount(), prepared.get(task.module.href)?.workers ?? 0)
  const small = total < options.threshold && configuredWorkers() === null && options.workers === undefined
  // A failure names the task and the item's input: one line for the CLI, not a stack.
  const local = (input: I): O => (options.describe ? inPhase(task.name, options.describe(input), () => task.local(input)) : task.local(input))
  if (small || workers === 0 || inputs.length < 2) return inputs.map(local)

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
        await new Promise((resolve) => setImmediate(resolve))
      }
      ownDone = true
      settleIfDone()
    }
    ownLane().catch(fail)
  })
}
