/**
 * Built corpora, shared: each real book of `../shared/corpora/` (and each fixture a test only reads,
 * `builtOnce`) is built with the real command at most once for a given set of inputs, however many test
 * files (and vitest workers) ask for it. The build is
 * kept under `node_modules/.cache/specmark-corpus-builds/<book>-<key>/`, where the key hashes everything
 * the output depends on: the book's files, specmark's own sources (`src/`, `site/`, `bin/`, the Astro
 * config), the lockfile and the Node version. Change any of them and the next request builds again; the
 * older build of that book is removed. A lock folder makes concurrent requests wait for one build.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {specmark} from './run-cli.ts'
import {CORPORA} from './shared.ts'

const REPO = path.resolve(import.meta.dirname, '../..')
export {CORPORA}
const CACHE = path.join(REPO, 'node_modules/.cache/specmark-corpus-builds')
/** What specmark's output depends on besides the book. */
const TOOL_INPUTS = ['src', 'site', 'bin', 'astro.config.mjs', 'package-lock.json']
/** A build older than this holding the lock is taken to have died. */
const STALE_LOCK_MS = 30 * 60 * 1000

export interface CorpusBuild {
  outDir: string
  /** The build's diagnostics (what `check` found). */
  stdout: string
  stderr: string
  /** Whether this request built it (false: an earlier request, in this run or before, had). */
  built: boolean
}

/** The built site of corpus `book` (a folder name under `../shared/corpora/`). */
export function builtCorpus(book: string): Promise<CorpusBuild> {
  return builtOnce(book, path.join(CORPORA, book))
}

/**
 * The built site of the spec or book at `root`, under `name` (unique to that root), shared in the same
 * way: for test files that only read a build of the same fixture. A test that changes the output folder
 * must build its own.
 */
export async function builtOnce(name: string, root: string): Promise<CorpusBuild> {
  const book = name
  const key = (await inputsHash([root, ...TOOL_INPUTS.map((input) => path.join(REPO, input))])).slice(0, 16)
  const dir = path.join(CACHE, `${book}-${key}`)
  const outDir = path.join(dir, 'dist')
  const done = path.join(dir, 'stderr.txt')
  const diagnostics = path.join(dir, 'stdout.txt')
  await fs.mkdir(CACHE, {recursive: true})
  for (;;) {
    const finished = await readIfExists(done)
    if (finished !== null) return {outDir, stdout: (await readIfExists(diagnostics)) ?? '', stderr: finished, built: false}
    if (await takeLock(`${dir}.lock`)) break
    await new Promise((resolve) => setTimeout(resolve, 2000))
  }
  try {
    const again = await readIfExists(done)
    if (again !== null) return {outDir, stdout: (await readIfExists(diagnostics)) ?? '', stderr: again, built: false}
    await removeOlder(book, dir)
    await fs.rm(dir, {recursive: true, force: true})
    const result = await specmark('build', '--root', root, '--out', outDir)
    if (result.code !== 0) throw new Error(`specmark build of ${book} failed (${result.code}):\n${result.stdout}\n${result.stderr}`)
    // Written before `done`, which marks the build finished for every other request.
    await fs.writeFile(diagnostics, result.stdout)
    await fs.writeFile(done, result.stderr)
    return {outDir, stdout: result.stdout, stderr: result.stderr, built: true}
  } finally {
    await fs.rm(`${dir}.lock`, {recursive: true, force: true})
  }
}

async function takeLock(lock: string): Promise<boolean> {
  try {
    await fs.mkdir(lock)
    return true
  } catch {
    const stat = await fs.stat(lock).catch(() => null)
    if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS) await fs.rm(lock, {recursive: true, force: true})
    return false
  }
}

async function removeOlder(book: string, keep: string): Promise<void> {
  for (const entry of await fs.readdir(CACHE)) {
    const full = path.join(CACHE, entry)
    if (full !== keep && entry.startsWith(`${book}-`) && !entry.endsWith('.lock')) await fs.rm(full, {recursive: true, force: true})
  }
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch {
    return null
  }
}

/** A hash of the paths and contents of every file under `inputs` (files or folders), in a stable order. */
async function inputsHash(inputs: string[]): Promise<string> {
  const hash = createHash('sha256').update(process.version)
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null)
    if (stat === null) continue
    const files = stat.isDirectory()
      ? (await fs.readdir(input, {recursive: true, withFileTypes: true}))
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name))
          .sort()
      : [input]
    for (const file of files) hash.update(path.relative(REPO, file)).update('\0').update(await fs.readFile(file)).update('\0')
  }
  return hash.digest('hex')
}
