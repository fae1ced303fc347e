/**
 * Starting the parse workers early, apart from the parser itself: this module loads no markdown code, so
 * a command can start the workers before it loads its own modules (about half a second of the main
 * thread for `check`), and each worker's start-up (a thread, then the parser's modules) overlaps that and
 * the loading of the project instead of following it.
 */
import fs from 'node:fs'
import path from 'node:path'
import {prepare, workerCount} from '../workers/pool.ts'

/** Below this much markdown (bytes), a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 256 * 1024

/** The module the parse tasks run in (`parse-job.ts`), by URL, for the workers to import. */
export const PARSE_MODULE = new URL('./parse-job.ts', import.meta.url)

/** How many directory entries `prepareParsing` looks at, at most, for markdown (a bound on a huge root). */
const PROBE_ENTRIES = 5000

/**
 * Starts the workers `parseAll` will use, so that their start-up overlaps what this thread does first:
 * only when the files under `root` plainly hold enough markdown for the batch to go to the workers. A
 * bounded look (names starting with a dot and `node_modules` skipped), so a root inside a large tree
 * costs next to nothing; a wrong guess only costs a thread that waits. Starting them twice is harmless
 * (the pool prepares a module once).
 */
export function prepareParsing(root: string): void {
  if (workerCount() === 0) return
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
      if (bytes >= PARALLEL_THRESHOLD) return prepare({module: PARSE_MODULE})
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
