/**
 * The output folder of `build`. A build writes over the previous one instead of emptying the folder
 * first — creating thousands of files and folders anew (one `/id/<ID>/` page per rule) costs seconds on
 * some disks, rewriting them does not — and afterwards removes whatever the new build did not write.
 *
 * Because it deletes files, a build only ever writes into a folder that is missing, empty, or marked as
 * specmark's own output (`.specmark-site`); anything else is refused.
 */
import fs from 'node:fs/promises'
import fsSync from 'node:fs'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {temporaryPathFor, writeFileAtomic, writeFileAtomicSync} from '../fs/atomic-write.ts'

const MARKER = '.specmark-site'

/**
 * Files older than the build's start by more than this are stale. File times come from a coarse kernel
 * clock that may lag the process clock by a few milliseconds; builds are seconds apart.
 */
const CLOCK_SLACK_MS = 1000

/** Creates the folder, or checks that specmark may write into it. */
export async function prepareOutDir(outDir: string, display: string): Promise<void> {
  const link = await fs.lstat(outDir).catch(() => null)
  if (link?.isSymbolicLink() && !(await fs.stat(outDir).catch(() => null))) {
    throw new InputError(`cannot use \`${display}\` as the output folder: it is a symbolic link to \`${await fs.readlink(outDir)}\`, which does not exist`)
  }
  const entries = await fs.readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw new InputError(`cannot use \`${display}\` as the output folder: ${error.code === 'ENOTDIR' ? 'it is a file' : error.message}`)
  })
  if (entries !== null && entries.length > 0 && !entries.includes(MARKER)) {
    throw new InputError(`refusing to build into \`${display}\`: it is not empty and was not written by \`specmark build\` (choose another --out, or empty it)`)
  }
  try {
    if (entries === null) await fs.mkdir(outDir, {recursive: true})
    // Marked before anything is written, so that a build that fails half-way leaves a folder the next
    // build may write into (the marker is rewritten with the build's details at the end).
    if (!entries?.includes(MARKER)) await writeMarker(outDir, {building: true})
  } catch (error) {
    throw new InputError(`cannot use \`${display}\` as the output folder: ${(error as Error).message}`)
  }
}

/**
 * Removes every file under `outDir` last written before `since` (ms since the epoch) that the build did
 * not keep (`kept`: absolute paths of files it left as they were because their bytes were current), and
 * empty folders. Kept files are not even looked at.
 *
 * Folders in `skip` (absolute) are left alone: another process may be writing into them.
 *
 * Synchronous calls: the folder holds thousands of small folders (one per `/id/` page), and awaiting a
 * call per folder and per file through libuv's thread pool costs several times the CPU of plain calls.
 */
export async function removeStaleFiles(outDir: string, since: number, kept: ReadonlySet<string> = new Set(), skip: ReadonlySet<string> = new Set()): Promise<number> {
  let removed = 0
  const walk = (dir: string): boolean => {
    let empty = true
    for (const entry of fsSync.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (skip.has(full)) {
        empty = false
      } else if (entry.isDirectory()) {
        if (walk(full)) fsSync.rmdirSync(full)
        else empty = false
      } else if (entry.name !== MARKER && !kept.has(full) && fsSync.statSync(full).mtimeMs < since - CLOCK_SLACK_MS) {
        fsSync.unlinkSync(full)
        removed++
      } else {
        empty = false
      }
    }
    return empty
  }
  walk(outDir)
  return removed
}

/** Marks the folder as specmark's output, saying what it was built from. */
export async function writeMarker(outDir: string, info: Record<string, unknown>): Promise<void> {
  await fs.writeFile(path.join(outDir, MARKER), `${JSON.stringify(info, null, 2)}\n`)
}

/**
 * Writes `content` to `file` unless the file already holds exactly these bytes (an incremental build
 * re-writes only what changed), atomically: a server reading the folder meanwhile sees the old page or
 * the new one, never half of one. Not flushed to disk: a build cut short is simply run again. Returns
 * whether it wrote.
 */
export async function writeIfChanged(file: string, content: string | Buffer): Promise<boolean> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  const current = await fs.readFile(file).catch(() => null)
  if (current !== null && current.equals(bytes)) return false
  await writeFileAtomic(file, bytes, {durable: false})
  return true
}

/**
 * `writeIfChanged` for content in pieces (the exports: megabytes, mostly bytes read from the cache),
 * compared with the file and written piece by piece, never joined in memory. Atomic as well.
 */
export function writePiecesIfChanged(file: string, pieces: readonly Uint8Array[]): boolean {
  const total = pieces.reduce((sum, piece) => sum + piece.byteLength, 0)
  if (fsSync.statSync(file, {throwIfNoEntry: false})?.size === total) {
    const current = fsSync.readFileSync(file)
    let at = 0
    const same = pieces.every((piece) => current.subarray(at, (at += piece.byteLength)).equals(piece))
    if (same) return false
  }
  fsSync.mkdirSync(path.dirname(file), {recursive: true})
  const temporary = temporaryPathFor(file)
  try {
    const descriptor = fsSync.openSync(temporary, 'wx')
    try {
      for (const piece of pieces) for (let done = 0; done < piece.byteLength; ) done += fsSync.writeSync(descriptor, piece, done)
    } finally {
      fsSync.closeSync(descriptor)
    }
    fsSync.renameSync(temporary, file)
  } catch (error) {
    fsSync.rmSync(temporary, {force: true})
    throw error
  }
  return true
}

/**
 * `writeIfChanged` with synchronous calls, for thousands of small files: a few times cheaper in CPU
 * than as many awaited calls through libuv's thread pool. Atomic as well.
 */
export function writeIfChangedSync(file: string, content: string | Buffer): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  // A file of another size (or none: most files of a first build) is not read. No exception either:
  // for thousands of new files, making one each costs more than the write.
  const size = fsSync.statSync(file, {throwIfNoEntry: false})?.size
  if (size === bytes.length && fsSync.readFileSync(file).equals(bytes)) return false
  if (size === undefined) writeNewFileSync(file, bytes)
  else writeFileAtomicSync(file, bytes)
  return true
}

/**
 * A file that did not exist is written in place: no reader can be shown half of a file it never had, and
 * a build stopped midway leaves one that the next build finds different and writes again. Its folder is
 * made only when the write says it is missing (a first build writes thousands of files into a few
 * hundred folders).
 */
function writeNewFileSync(file: string, bytes: Buffer): void {
  try {
    fsSync.writeFileSync(file, bytes, {flag: 'wx'})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') fsSync.mkdirSync(path.dirname(file), {recursive: true})
    else if (code !== 'EEXIST') throw error
    // A missing folder, now made; or a file another writer made meanwhile, replaced whole.
    writeFileAtomicSync(file, bytes)
  }
}
