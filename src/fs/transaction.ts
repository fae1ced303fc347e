/**
 * Rewriting several source files as one change: either every file gets its new content or none does,
 * even when the process is killed (kill -9, power loss) half-way. A transaction
 *
 * 1. checks that every target may be written (a read-only or immutable file, or folder, is refused with
 *    a message before anything is touched);
 * 2. writes a journal (`.specmark-journal.json` at the spec root) in state `staging`, naming every target
 *    and the file its new content is staged in, beside the target (same folder, so the final rename is
 *    atomic);
 * 3. writes and flushes every staged file, and compares each target with what the command read (an
 *    editor's save in between is not clobbered);
 * 4. switches the journal to `committed` by an atomic rename — the commit point;
 * 5. renames every staged file over its target, then removes the journal.
 *
 * The next command that writes sources calls `recoverJournal` first: a `staging` journal is undone (staged
 * files removed: no target had been touched), a `committed` one is completed (the remaining renames done).
 * `check`, `dev` and the language server report a pending journal (`pendingJournal`). A failure before the
 * commit point removes every staged file and leaves every target as it was.
 */
import {randomBytes} from 'node:crypto'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import {syncDirectory, temporaryPathFor, temporaryWriter, writeFileAtomic} from './atomic-write.ts'

/** The journal's name, at the spec root. */
export const JOURNAL_FILE = '.specmark-journal.json'
/** Every staged file's name ends with this (and starts with a dot), so a journal can only name such files. */
const STAGED_SUFFIX = '.specmark-new'

export interface PlannedWrite {
  /** Absolute path of the file to write (created if missing). */
  file: string
  content: string
  /** What the command read and based its edit on (null: the file must not exist); undefined: not compared. */
  expected?: string | null
}

interface JournalEntry {
  /** Target, relative to the root, `/`-separated. */
  target: string
  /** Staged file, relative to the root, `/`-separated. */
  staged: string
}

interface Journal {
  version: 1
  state: 'staging' | 'committed'
  /** The command that wrote it, for messages: `ids rename a b`. */
  command: string
  /** The writing process; 0 once it gave up on the journal (the next command takes it over). */
  pid: number
  entries: JournalEntry[]
  /** Folders the transaction created (removed again when it is undone), relative to the root. */
  createdDirs: string[]
}

export interface Recovery {
  action: 'completed' | 'undone'
  command: string
  files: number
}

/**
 * Test hooks of the fault suite (test/reliability/, test/fuzz/kill.fault.test.ts): `SPECMARK_FAULT=<step>`
 * throws at that step; `SPECMARK_TX_STEP_MS=n` waits n ms after each step, so that a kill -9 timed from
 * the journal's appearance lands inside the transaction rather than after it.
 */
async function fault(step: string): Promise<void> {
  if (process.env.SPECMARK_FAULT === step) throw new Error(`injected fault at ${step}`)
  const pause = Number(process.env.SPECMARK_TX_STEP_MS ?? 0)
  if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause))
}

/** A short description of a file-system error, for one-line messages. */
function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EPERM' || code === 'EACCES') return 'it is read-only or immutable'
  if (code === 'EROFS') return 'it is on a read-only file system'
  if (code === 'ENOSPC') return 'the disk is full'
  return (error as Error).message
}

const relative = (root: string, file: string): string => path.relative(root, file).split(path.sep).join('/')

/** Resolves a journal path, refusing anything that leaves the root (a journal is input like any file). */
function inside(root: string, file: string, staged: boolean): string {
  const absolute = path.resolve(root, file)
  const rel = path.relative(root, absolute)
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || (staged && !(path.basename(absolute).startsWith('.') && absolute.endsWith(STAGED_SUFFIX)))) {
    throw new InputError(`${displayPath(path.join(root, JOURNAL_FILE))}: names \`${file}\`, which is not a file specmark stages; remove the journal by hand`)
  }
  return absolute
}

function parseJournal(root: string, text: string): Journal {
  const file = displayPath(path.join(root, JOURNAL_FILE))
  let journal: Journal
  try {
    journal = JSON.parse(text) as Journal
  } catch {
    throw new InputError(`${file}: the journal of an interrupted rewrite is not valid JSON; check the sources with git and remove it by hand`)
  }
  if (journal?.version !== 1 || (journal.state !== 'staging' && journal.state !== 'committed') || !Array.isArray(journal.entries)) {
    throw new InputError(`${file}: not a journal this specmark can read; check the sources with git and remove it by hand`)
  }
  journal.createdDirs ??= []
  return journal
}

/** Whether the process that wrote a journal is still running (then its journal is not ours to touch). */
function alive(pid: number): boolean {
  if (pid <= 0 || pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pending journal at `root`, or null; never throws (for `check`, `dev` and the language server). */
export function pendingJournal(root: string): {command: string; state: Journal['state']; file: string} | null {
  const file = path.join(root, JOURNAL_FILE)
  let text: string
  try {
    text = fsSync.readFileSync(file, 'utf8')
  } catch {
    return null
  }
  try {
    const journal = parseJournal(root, text)
    return {command: journal.command, state: journal.state, file}
  } catch {
    return {command: 'an unknown command', state: 'staging', file}
  }
}

/**
 * Completes or undoes the transaction an interrupted command left at `root`, if any; returns what it did,
 * or null when there was nothing to do. Throws `InputError` when another specmark command is writing.
 */
export async function recoverJournal(root: string): Promise<Recovery | null> {
  const file = path.join(root, JOURNAL_FILE)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      await removeTemporaryJournals(root)
      return null
    }
    throw new InputError(`${displayPath(file)}: cannot read the journal of an interrupted rewrite: ${describe(error)}`)
  }
  const journal = parseJournal(root, text)
  if (alive(journal.pid)) {
    throw new InputError(`another specmark command (\`${journal.command}\`, process ${journal.pid}) is rewriting the sources; wait for it to finish`)
  }
  const entries = journal.entries.map((entry) => ({target: inside(root, entry.target, false), staged: inside(root, entry.staged, true)}))
  try {
    if (journal.state === 'committed') {
      for (const entry of entries) {
        // A staged file that is gone was renamed before the interruption.
        await fs.rename(entry.staged, entry.target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error
        })
      }
      for (const directory of new Set(entries.map((entry) => path.dirname(entry.target)))) await syncDirectory(directory)
    } else {
      for (const entry of entries) await fs.rm(entry.staged, {force: true})
      for (const directory of [...journal.createdDirs].reverse()) await fs.rmdir(inside(root, directory, false)).catch(() => {})
    }
  } catch (error) {
    throw new InputError(
      `an interrupted \`${journal.command}\` left ${displayPath(file)}, and it could not be ${journal.state === 'committed' ? 'completed' : 'undone'}: ` +
        `${displayPath((error as NodeJS.ErrnoException).path ?? file)}: ${describe(error)}; fix that and run the command again`
    )
  }
  await fs.rm(file, {force: true})
  await removeTemporaryJournals(root)
  return {action: journal.state === 'committed' ? 'completed' : 'undone', command: journal.command, files: entries.length}
}

/**
 * Removes journals a killed command was still writing (`.specmark-journal.json.<pid>.<random>.tmp`): never
 * linked to the journal's name, so nothing was staged under them. Skips those of running processes.
 */
async function removeTemporaryJournals(root: string): Promise<void> {
  const names = await fs.readdir(root).catch(() => [] as string[])
  for (const name of names) {
    const writer = temporaryWriter(name, JOURNAL_FILE)
    if (writer !== null && !alive(writer)) await fs.rm(path.join(root, name), {force: true})
  }
}

/** The one-line message saying what `recoverJournal` did. */
export function describeRecovery(recovery: Recovery): string {
  return recovery.action === 'completed'
    ? `specmark: completed the interrupted \`${recovery.command}\` (${recovery.files} files written)`
    : `specmark: undid the interrupted \`${recovery.command}\` (it had not changed any file)`
}

/** Refuses, with a message naming the file, a target specmark may not or cannot replace. */
async function assertWritable(file: string): Promise<void> {
  const problem = (reason: string): InputError => new InputError(`${displayPath(file)}: cannot be rewritten: ${reason}; nothing was written`)
  const stat = await fs.lstat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw problem(describe(error))
  })
  if (stat && !stat.isFile()) throw problem(stat.isSymbolicLink() ? 'it is a symbolic link (specmark would replace the link, not the file)' : 'it is not a regular file')
  // `access(W_OK)` reports an immutable file (`chattr +i`) even to root; a read-only mode stops everyone else.
  if (stat) await fs.access(file, fsSync.constants.W_OK).catch((error) => Promise.reject(problem(describe(error))))
  if (stat && (stat.mode & 0o222) === 0) throw problem('it is read-only (make it writable first)')
  const directory = path.dirname(file)
  const dirStat = await fs.stat(directory).catch(() => null)
  if (dirStat) await fs.access(directory, fsSync.constants.W_OK).catch((error) => Promise.reject(new InputError(`${displayPath(directory)}: cannot write files in this folder: ${describe(error)}; nothing was written`)))
}

/**
 * Writes every planned file as one transaction (see the module comment). Files whose content would not
 * change are left alone.
 * @param root the spec root (where the journal lives; every file must be under it)
 * @param command what to call the change in messages, e.g. `ids rename a b`
 */
export async function commitWrites(root: string, writes: PlannedWrite[], command: string): Promise<void> {
  if (writes.length === 0) return
  const journalFile = path.join(root, JOURNAL_FILE)
  const id = `${process.pid}.${randomBytes(4).toString('hex')}`
  for (const write of writes) inside(root, write.file, false)
  for (const write of writes) await assertWritable(write.file)

  const entries = writes.map((write) => ({write, staged: path.join(path.dirname(write.file), `.${path.basename(write.file)}.${id}${STAGED_SUFFIX}`)}))
  const createdDirs: string[] = []
  const journal: Journal = {
    version: 1,
    state: 'staging',
    command,
    pid: process.pid,
    entries: entries.map((entry) => ({target: relative(root, entry.write.file), staged: relative(root, entry.staged)})),
    createdDirs,
  }
  // The journal is created exclusively and whole: written to a temporary file, then linked to its name
  // (which fails if it exists), so that a second writer or a leftover journal stops this one here, and a
  // kill never leaves a half-written journal (only a temporary file, which recovery removes).
  const temporary = temporaryPathFor(journalFile)
  try {
    const handle = await fs.open(temporary, 'wx')
    try {
      await handle.writeFile(JSON.stringify(journal, null, 2), 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.link(temporary, journalFile)
  } catch (error) {
    await fs.rm(temporary, {force: true})
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new InputError(`${displayPath(journalFile)} exists: another specmark command is rewriting the sources, or one was interrupted; run the command again`)
    }
    throw new InputError(`${displayPath(journalFile)}: cannot write the journal: ${describe(error)}; nothing was written`)
  }
  await fs.rm(temporary, {force: true})
  let committed = false
  try {
    await fault('journal')
    for (const {write, staged} of entries) {
      const directory = path.dirname(write.file)
      if (!(await fs.stat(directory).catch(() => null))) {
        // Record before creating, so that an interruption right after still removes it.
        for (let missing = directory; !fsSync.existsSync(missing); missing = path.dirname(missing)) createdDirs.unshift(relative(root, missing))
        await writeFileAtomic(journalFile, JSON.stringify(journal, null, 2))
        await fs.mkdir(directory, {recursive: true})
      }
      const handle = await fs.open(staged, 'wx')
      try {
        await handle.writeFile(write.content, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      await fault('stage')
    }
    for (const {write} of entries) {
      if (write.expected === undefined) continue
      const current = await fs.readFile(write.file, 'utf8').catch(() => null)
      if (current !== write.expected) {
        throw new InputError(`${displayPath(write.file)}: changed on disk while specmark was editing it; nothing was written, run the command again`)
      }
    }
    await fault('commit')
    journal.state = 'committed'
    await writeFileAtomic(journalFile, JSON.stringify(journal, null, 2))
    committed = true
  } catch (error) {
    if (committed) throw error
    // Before the commit point: remove what was staged; every target is as it was.
    for (const {staged} of entries) await fs.rm(staged, {force: true}).catch(() => {})
    for (const directory of [...createdDirs].reverse()) await fs.rmdir(path.join(root, directory)).catch(() => {})
    await fs.rm(journalFile, {force: true}).catch(() => {})
    if (error instanceof InputError) throw error
    const failed = (error as NodeJS.ErrnoException).path
    throw new InputError(`${failed ? `${displayPath(failed)}: ` : ''}cannot write: ${describe(error)}; nothing was written`)
  }
  try {
    for (const {write, staged} of entries) {
      await fs.rename(staged, write.file)
      await fault('rename')
    }
    for (const directory of new Set(entries.map((entry) => path.dirname(entry.write.file)))) await syncDirectory(directory)
  } catch (error) {
    // Disown the journal (pid 0), so that the next command completes it even while this process lives on
    // (the language server).
    journal.pid = 0
    await writeFileAtomic(journalFile, JSON.stringify(journal, null, 2)).catch(() => {})
    const failed = (error as NodeJS.ErrnoException).path
    throw new InputError(
      `${failed ? `${displayPath(failed)}: ` : ''}the change is committed but could not be finished: ${describe(error)}; ` +
        `the journal ${displayPath(journalFile)} keeps it, and the next command that writes sources completes it`
    )
  }
  await fs.rm(journalFile, {force: true})
}
