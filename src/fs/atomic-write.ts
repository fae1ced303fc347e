/**
 * The one atomic write of specmark: the new content goes to a temporary file in the same folder
 * (`temporaryPathFor`), is flushed to disk, and replaces the old file by a rename, which is atomic — a
 * reader or a crash sees the old file or the new one, never a truncated one; the folder is flushed after
 * the rename, so the new name survives a power cut. When the caller says what it read, the file is
 * compared again just before the rename, so an editor's save in between is not clobbered.
 *
 * Sources, exports, the transaction journal (`transaction.ts`, whose recovery finds a killed writer's
 * temporary files with `temporaryWriter`), the cache and the dev server's data all write through here;
 * the cache and the preview data, rebuilt when lost, skip the flushes (`durable: false`).
 */
import {randomBytes} from 'node:crypto'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {threadId} from 'node:worker_threads'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'

export interface AtomicWriteOptions {
  /** The content the caller read and based its edit on; the write is refused if the file changed since. */
  expected?: string | null
  /** Flush the file and its folder to disk (default true). */
  durable?: boolean
}

/**
 * The temporary file `file` is written through: hidden, beside it, named after the writing process
 * (`.name.<pid>.<random>.tmp`) so that recovery can tell a dead writer's leftovers from a live one's.
 */
export function temporaryPathFor(file: string): string {
  const base = path.basename(file)
  return path.join(path.dirname(file), `${base.startsWith('.') ? '' : '.'}${base}.${process.pid}.${uniqueInProcess()}.tmp`)
}

/** Random once per thread: a later process given the same pid must not meet a crashed one's leftovers. */
const THIS_THREAD = randomBytes(3).toString('hex') + threadId.toString(16).padStart(8, '0')
let written = 0

/**
 * Hex digits no other temporary file of this process has: the thread, then a count (random bytes for each
 * of the thousands of files a build writes cost a call into OpenSSL each).
 */
function uniqueInProcess(): string {
  written++
  return THIS_THREAD + written.toString(16)
}

/** The process that wrote `name` as a temporary file of the file named `base` (`temporaryPathFor`), or null. */
export function temporaryWriter(name: string, base: string): number | null {
  const hidden = base.startsWith('.') ? base : `.${base}`
  if (!name.startsWith(`${hidden}.`)) return null
  const match = /^(\d+)\.[0-9a-f]+\.tmp$/.exec(name.slice(hidden.length + 1))
  return match ? Number(match[1]) : null
}

/** Writes `content` to `file` atomically. */
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const directory = path.dirname(file)
  const durable = options.durable ?? true
  await fs.mkdir(directory, {recursive: true})
  const temporary = temporaryPathFor(file)
  try {
    const handle = await fs.open(temporary, 'wx')
    try {
      await handle.writeFile(content, 'utf8')
      if (durable) await handle.sync()
    } finally {
      await handle.close()
    }
    if (options.expected !== undefined) {
      const current = await fs.readFile(file, 'utf8').catch(() => null)
      if (current !== options.expected) {
        throw new InputError(`${displayPath(file)}: changed on disk while specmark was editing it; nothing was written, run the command again`)
      }
    }
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, {force: true})
    throw error
  }
  if (durable) await syncDirectory(directory)
}

/** `writeFileAtomic` without flushing, for callers that cannot wait (the cache, the dev server's data). */
export function writeFileAtomicSync(file: string, content: string | Uint8Array): void {
  const temporary = temporaryPathFor(file)
  try {
    fsSync.writeFileSync(temporary, content, {flag: 'wx'})
    fsSync.renameSync(temporary, file)
  } catch (error) {
    fsSync.rmSync(temporary, {force: true})
    throw error
  }
}

/** Makes the renames in a folder durable; not every platform can open a folder, and that is fine. */
export async function syncDirectory(directory: string): Promise<void> {
  const handle = await fs.open(directory, 'r').catch(() => null)
  if (!handle) return
  await handle.sync().catch(() => {})
  await handle.close()
}
