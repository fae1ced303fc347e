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
 * The time by the file system's clock, in ms since the epoch: the modification time of a file written
 * in `outDir` now (and removed). Whether a file was written by this build is a comparison of two file
 * times, which come from one kernel clock: the process clock runs ahead of it by up to a tick, and a
 * margin for that (a second, as before) took the files an earlier build wrote in the second before this
 * one started for this build's own, and left them behind.
 */
export function fileClock(outDir: string): number {
  const probe = temporaryPathFor(path.join(outDir, '.clock'))
  fsSync.writeFileSync(probe, '')
  try {
    return fsSync.statSync(probe).mtimeMs
  } finally {
    fsSync.rmSync(probe, {force: true})
  }
}

/**
 * Creates the folder, or checks that specmark may write into it. Resolves to whether it holds files of a
 * previous build (anything but the marker), which the build then lists (`listOutput`): asked here,
 * before this build writes into it (its search phase starts at once).
 */
export async function prepareOutDir(outDir: string, display: string): Promise<boolean> {
  // Synchronous calls (microseconds each): awaiting the file system would hold the search index's start
  // (`startSearch`) until this thread next turns its event loop, which a build's synchronous steps put off.
  const link = statOrNull(outDir, fsSync.lstatSync)
  if (link?.isSymbolicLink() && !statOrNull(outDir, fsSync.statSync)) {
    throw new InputError(`cannot use \`${display}\` as the output folder: it is a symbolic link to \`${fsSync.readlinkSync(outDir)}\`, which does not exist`)
  }
  let entries: string[] | null
  try {
    entries = fsSync.readdirSync(outDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new InputError(`cannot use \`${display}\` as the output folder: ${(error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'it is a file' : (error as Error).message}`)
    }
    entries = null
  }
  if (entries !== null && entries.length > 0 && !entries.includes(MARKER)) {
    throw new InputError(`refusing to build into \`${display}\`: it is not empty and was not written by \`specmark build\` (choose another --out, or empty it)`)
  }
  try {
    if (entries === null) fsSync.mkdirSync(outDir, {recursive: true})
    // Marked before anything is written, so that a build that fails half-way leaves a folder the next
    // build may write into (the marker is rewritten with the build's details at the end).
    if (!entries?.includes(MARKER)) fsSync.writeFileSync(path.join(outDir, MARKER), markerText({building: true}))
  } catch (error) {
    throw new InputError(`cannot use \`${display}\` as the output folder: ${(error as Error).message}`)
  }
  return entries !== null && entries.some((name) => name !== MARKER)
}

function statOrNull(file: string, stat: (file: string) => fsSync.Stats): fsSync.Stats | null {
  try {
    return stat(file)
  } catch {
    return null
  }
}

/** What the output folder holds: its files and folders (absolute paths), for `removeStaleFiles`. */
export interface OutputListing {
  files: ReadonlySet<string>
  /** Every folder, each after the folders it holds (so that one emptied of its folders can go too). */
  folders: readonly string[]
}

/**
 * Lists `outDir`: every file, and every folder after the folders it holds (so that one emptied of its
 * folders can go too). Synchronous calls: awaiting a call per folder through libuv's thread pool moved
 * on only when this thread was idle. A build lists the folder once its own files are written, while
 * pagefind writes the index, so the listing costs it no time; a folder without a previous build's
 * files (`prepareOutDir`) is not looked into.
 */
export function listOutput(outDir: string): OutputListing {
  const files = new Set<string>()
  const folders: string[] = []
  const walk = (dir: string): void => {
    for (const entry of fsSync.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
        folders.push(full)
      } else {
        files.add(full)
      }
    }
  }
  walk(outDir)
  return {files, folders}
}

/**
 * Removes every file of `listing` (under `outDir`, as the build started) last written before `since` (ms
 * since the epoch, by the file system's clock: `fileClock`) that the build did not keep (`kept`: absolute
 * paths of files it left as they were because their bytes were current), then the folders that left empty.
 * Kept files are not even looked at; a file the build wrote again is newer than `since`; a file it made is
 * not in the listing.
 *
 * Folders in `skip` (absolute) are left alone: another process may be writing into them.
 *
 * Synchronous calls: awaiting a call per file through libuv's thread pool costs several times the CPU
 * of plain calls, and only the files the listing names are looked at.
 */
export function removeStaleFiles(outDir: string, listing: OutputListing, since: number, kept: ReadonlySet<string> = new Set(), skip: ReadonlySet<string> = new Set()): number {
  const skipped = [...skip]
  const inside = (file: string): boolean => file.startsWith(outDir + path.sep) && !skipped.some((folder) => file === folder || file.startsWith(folder + path.sep))
  let removed = 0
  const emptied = new Set<string>()
  for (const file of listing.files) {
    if (!inside(file) || kept.has(file) || path.basename(file) === MARKER) continue
    const stat = fsSync.statSync(file, {throwIfNoEntry: false})
    if (stat === undefined || stat.mtimeMs >= since) continue
    fsSync.unlinkSync(file)
    removed++
    emptied.add(path.dirname(file))
  }
  // A folder goes when it is empty: one that lost a file or held nothing, and then each folder above it
  // that lost it (deepest first). One the build wrote into refuses (not empty) and stays.
  const folders = new Set(listing.folders)
  const held = new Set([...listing.files, ...listing.folders].map((entry) => path.dirname(entry)))
  for (const folder of listing.folders) {
    if (!inside(folder) || !(emptied.has(folder) || !held.has(folder))) continue
    try {
      fsSync.rmdirSync(folder)
      const parent = path.dirname(folder)
      if (folders.has(parent)) emptied.add(parent)
    } catch {
      // Not empty (the build wrote into it), or gone already.
    }
  }
  return removed
}

/** Marks the folder as specmark's output, saying what it was built from. */
export async function writeMarker(outDir: string, info: Record<string, unknown>): Promise<void> {
  await fs.writeFile(path.join(outDir, MARKER), markerText(info))
}

function markerText(info: Record<string, unknown>): string {
  return `${JSON.stringify(info, null, 2)}\n`
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
  if (size === undefined) writeMissingFileSync(file, bytes)
  else writeFileAtomicSync(file, bytes)
  return true
}

/**
 * `writeIfChangedSync` for a file the output folder did not hold when the build started (`listOutput`):
 * its folder is made, then it is written in place, without first asking whether it exists. A first build
 * writes thousands of `/id/` pages, each in a folder of its own; this is three system calls fewer a page.
 * Returns whether it wrote (a file another writer made meanwhile is compared as usual).
 */
export function writeNewFileSync(file: string, content: string | Buffer): boolean {
  fsSync.mkdirSync(path.dirname(file), {recursive: true})
  try {
    fsSync.writeFileSync(file, content, {flag: 'wx'})
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    return writeIfChangedSync(file, content)
  }
}

/**
 * A file that did not exist is written in place: no reader can be shown half of a file it never had, and
 * a build stopped midway leaves one that the next build finds different and writes again. Its folder is
 * made only when the write says it is missing (a first build writes thousands of files into a few
 * hundred folders).
 */
function writeMissingFileSync(file: string, bytes: Buffer): void {
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
