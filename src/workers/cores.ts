/**
 * The cores this process may use (`usableCores`) and those other work keeps busy (`busyCores`), from
 * which the worker pool sizes itself (`workerCount` in `pool.ts`).
 */
import fs from 'node:fs'
import os from 'node:os'

let usable: number | null = null

/**
 * How many cores this process may use: the cores it may run on, capped by a cgroup v2 CPU quota
 * (`cpu.max`, as containers and CI runners set it), so that a 2-core CI container on a big host does not
 * start one compiler or worker per host core and make them all wait. Read once a process.
 */
export function usableCores(): number {
  if (usable !== null) return usable
  const cores = os.availableParallelism()
  let quota: string[] = []
  try {
    quota = fs.readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim().split(/\s+/)
  } catch {
    // No cgroup v2 quota here.
  }
  const [max, period] = [Number(quota[0]), Number(quota[1])]
  usable = quota[0] === 'max' || !(max > 0) || !(period > 0) ? cores : Math.max(1, Math.min(cores, Math.ceil(max / period)))
  return usable
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
export function busyCores(): number {
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
  let tasks: string[] = []
  try {
    tasks = fs.readdirSync('/proc/self/task')
  } catch {
    // Not Linux: this thread only.
  }
  for (const task of tasks) {
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
