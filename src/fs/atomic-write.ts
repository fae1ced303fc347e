/**
 * Writing sources without ever losing an author's text: the new content goes to a temporary file in the
 * same folder, is flushed to disk, and replaces the old file by a rename, which is atomic — a reader or
 * a crash sees the old file or the new one, never a truncated one. When the caller says what it read,
 * the file is compared again just before the rename, so an editor's save in between is not clobbered.
 */
import {randomBytes} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'

export interface AtomicWriteOptions {
  /** The content the caller read and based its edit on; the write is refused if the file changed since. */
  expected?: string | null
}

/** Writes `content` to `file` atomically. */
export async function writeFileAtomic(file: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  const directory = path.dirname(file)
  await fs.mkdir(directory, {recursive: true})
  const temporary = path.join(directory, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await fs.open(temporary, 'wx')
  try {
    await handle.writeFile(content, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
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
}
