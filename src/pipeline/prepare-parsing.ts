/**
 * Starting the parse workers early, apart from the parser itself: this module loads no markdown code, so
 * a command can start the workers before it loads its own modules (about half a second of the main
 * thread for `check`), and each worker's start-up (a thread, then the parser's modules) overlaps that and
 * the loading of the project instead of following it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {configuredWorkers, prepare, workerCount} from '../workers/pool.ts'

/** Below this much markdown (bytes), a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 256 * 1024

/**
 * The same when the batch is the pool's only use in this process (`check`: no render after it to share
 * the workers' start-up) and there would be one worker only (two usable cores). That worker costs about
 * 0.7 s of CPU to start and warms its JIT up again, and it takes the core V8's own threads (GC, the
 * optimizing compiler) otherwise use beside this one: on the Reference (1.1 MB), interleaved runs of
 * `check` with one worker took 1.5 to 2 s more CPU than without, for the same wall time (within the
 * noise of a shared machine). With four times as much markdown, each thread's share is large beside the
 * start-up. `SPECMARK_WORKERS` still sends every batch to the workers.
 */
export const SINGLE_WORKER_THRESHOLD = 4 * 1024 * 1024

/**
 * The markdown (bytes) a parse batch needs for the workers: `alone` when no stage after it uses the
 * pool (see `SINGLE_WORKER_THRESHOLD`).
 */
export function parseThreshold(alone: boolean, workers = workerCount(), configured = configuredWorkers() !== null): number {
  return alone && workers === 1 && !configured ? SINGLE_WORKER_THRESHOLD : PARALLEL_THRESHOLD
}

/** The module the parse tasks run in (`parse-job.ts`), by URL, for the workers to import. */
export const PARSE_MODULE = new URL('./parse-job.ts', import.meta.url)

/** How many directory entries `prepareParsing` looks at, at most, for markdown (a bound on a huge root). */
const PROBE_ENTRIES = 5000

/**
 * Starts the workers `parseAll` will use, so that their start-up overlaps what this thread does first:
 * only when the files under `root` plainly hold enough markdown for the batch to go to the workers
 * (`parseThreshold`; `alone` as for `parseAll`). A
 * bounded look (names starting with a dot and `node_modules` skipped), so a root inside a large tree
 * costs next to nothing; a wrong guess only costs a thread that waits. Starting them twice is harmless
 * (the pool prepares a module once).
 */
export function prepareParsing(root: string, options: {alone?: boolean} = {}): void {
  if (workerCount() === 0) return
  const threshold = parseThreshold(options.alone ?? false)
  let bytes = 0
  let seen = 0
  const folders = [root]
  for (let folder = folders.shift(); folder !== undefined && seen < PROBE_ENTRIES; folder = folders.shift()) {
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(folder, {withFileTypes: true})
    } catch {
      continue
    }
    for (const entry of entries) {
      seen++
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) folders.push(file)
      else if (entry.isFile() && entry.name.endsWith('.md')) bytes += fileSize(file)
      if (bytes >= threshold) return prepare({module: PARSE_MODULE})
    }
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size
  } catch {
    return 0
  }
}
