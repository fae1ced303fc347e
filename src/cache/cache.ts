/**
 * The one cache: values (JSON; rendered chapters in V8's serialization) stored by content hash under the
 * project's root (`projectRoot`: the nearest folder from the spec's root up that holds `.git` or
 * `package.json`, else the spec's root), in `.specmark-cache/<name>/` (`SPECMARK_CACHE_DIR` moves it;
 * `SPECMARK_CACHE=0` or `--no-cache` disables it). Parsed chapters, rendered chapters and example results
 * all live here. It is never read as sources: the loader skips dot-folders, and `specmark init`'s
 * `.gitignore` lists it.
 *
 * - Keys (`cacheKey`) cover everything a value depends on, including `codeVersion()`: specmark's own
 *   code and the resolved versions of its dependencies, so upgrading shiki or micromark never serves
 *   stale HTML.
 * - Writes are atomic (a temporary file renamed into place); a corrupt or unreadable entry is a miss,
 *   never an error, and a cache that cannot be written only costs speed.
 * - Entries unused for `MAX_AGE_DAYS` are pruned, then the oldest until the cache is under `MAX_BYTES`,
 *   but never one used within the last day; at most once a day per cache folder (a stamp file records when).
 * - Long-running commands (dev, the language server) reload on every save, so small values are also
 *   kept in this process's memory.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import {writeFileAtomicSync} from '../fs/atomic-write.ts'
import {installedPackage, PACKAGE_ROOT, readManifest} from '../core/package.ts'

export interface Cache<T> {
  get(key: string): T | null
  /** Whether `get` would find a value (without reading it; it may still be unreadable then: `get` says). */
  has(key: string): boolean
  /** Stores `value`; `text`: its JSON in a cache of JSON, where the caller has it already (a worker sent the value so). */
  set(key: string, value: T, text?: string): void
  /** Keeps `value` in this process's memory only, where another thread stored it already (a cache kept in memory). */
  hold(key: string, value: T): void
}

export interface CacheOptions {
  /** Keep values in this process's memory too (default true; false for large values such as the ReqIF XHTML). */
  memory?: boolean
  /**
   * How values are stored: `json` (default), or `v8` (`v8.serialize`) for values that are mostly long
   * strings, such as rendered HTML, which V8 copies as they are where JSON escapes every quote: the
   * Reference's rendered chapters (9.5 MB) are written in about a tenth of the time and read in a
   * twentieth. Not for values of many small objects (the drafts), which V8 reads back slower than JSON.
   */
  encoding?: 'json' | 'v8'
}

/** How a cache stores values: the file's extension, and the value to and from its bytes. */
interface Encoding {
  extension: string
  encode(value: unknown): string | Uint8Array
  decode(bytes: Buffer): unknown
}

const ENCODINGS: Record<'json' | 'v8', Encoding> = {
  json: {extension: 'json', encode: (value) => JSON.stringify(value), decode: (bytes) => JSON.parse(bytes.toString('utf8'))},
  // An entry written by another Node's V8 that this one cannot read throws, and a throw is a miss.
  v8: {extension: 'v8', encode: (value) => v8.serialize(value), decode: (bytes) => v8.deserialize(bytes)},
}

export const CACHE_FOLDER = '.specmark-cache'
export const MAX_AGE_DAYS = 30
export const MAX_BYTES = 512 * 1024 * 1024
const DAY = 24 * 60 * 60 * 1000
const MEMORY_LIMIT = 4096
const PRUNE_STAMP = '.pruned'

const memories = new Map<string, Map<string, unknown>>()
const pruned = new Set<string>()

/** Whether caching is on: an explicit option wins, then `SPECMARK_CACHE=0` turns it off. */
export function cacheEnabled(option?: boolean): boolean {
  if (option === false) return false
  return process.env.SPECMARK_CACHE !== '0'
}

/** The cache folder of the spec whose root is `root`. */
export function cacheDir(root: string): string {
  return process.env.SPECMARK_CACHE_DIR ? path.resolve(process.env.SPECMARK_CACHE_DIR) : path.join(projectRoot(root), CACHE_FOLDER)
}

const projectRoots = new Map<string, string>()

/**
 * The root of the project the spec at `root` belongs to: the nearest folder from `root` up holding `.git`
 * or `package.json` (a spec in `docs/spec/` of a repository caches at the repository's top, beside its
 * other tool caches), else `root` itself.
 */
export function projectRoot(root: string): string {
  const start = path.resolve(root)
  let found = projectRoots.get(start)
  if (found === undefined) {
    found = start
    for (let folder = start; ; folder = path.dirname(folder)) {
      if (fs.existsSync(path.join(folder, '.git')) || fs.existsSync(path.join(folder, 'package.json'))) {
        found = folder
        break
      }
      if (path.dirname(folder) === folder) break
    }
    projectRoots.set(start, found)
  }
  return found
}

/** The folder of the cache `name` of the spec at `root`; the first one a process opens prunes the cache. */
function cacheFolder(root: string, name: string): string {
  const top = cacheDir(root)
  if (!pruned.has(top)) {
    pruned.add(top)
    pruneIfDue(top)
  }
  return path.join(top, name)
}

/** Opens the cache `name` of the spec at `root`, or a no-op cache when disabled. */
export function openCache<T>(root: string, name: string, enabled: boolean, options: CacheOptions = {}): Cache<T> {
  if (!enabled) return {get: () => null, has: () => false, set: () => {}, hold: () => {}}
  const dir = cacheFolder(root, name)
  const memory = options.memory === false ? null : (memories.get(dir) ?? new Map<string, unknown>())
  if (memory) memories.set(dir, memory)
  const remember = (key: string, value: T): T => {
    if (memory) {
      if (memory.size >= MEMORY_LIMIT) memory.clear()
      memory.set(key, value)
    }
    return value
  }
  const encoding = ENCODINGS[options.encoding ?? 'json']
  const fileOf = (key: string): string => path.join(dir, `${key}.${encoding.extension}`)
  return {
    get(key) {
      if (memory?.has(key)) return memory.get(key) as T
      const file = fileOf(key)
      try {
        const value = encoding.decode(fs.readFileSync(file)) as T
        touch(file)
        return remember(key, value)
      } catch {
        return null
      }
    },
    has(key) {
      return memory?.has(key) === true || fs.existsSync(fileOf(key))
    },
    hold(key, value) {
      remember(key, value)
    },
    set(key, value, text) {
      remember(key, value)
      try {
        fs.mkdirSync(dir, {recursive: true})
        writeFileAtomicSync(fileOf(key), text ?? encoding.encode(value))
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  }
}

/**
 * Opens the cache `name` for values that are bytes (large text kept as it will be written), stored as
 * they are (`<key>.bin`): read without parsing, never held in memory. A no-op cache when disabled.
 */
export function openBytesCache(root: string, name: string, enabled: boolean): Cache<Buffer> {
  if (!enabled) return {get: () => null, has: () => false, set: () => {}, hold: () => {}}
  const dir = cacheFolder(root, name)
  return {
    hold() {
      // Bytes are never kept in memory.
    },
    has(key) {
      return fs.existsSync(path.join(dir, `${key}.bin`))
    },
    get(key) {
      const file = path.join(dir, `${key}.bin`)
      try {
        const value = fs.readFileSync(file)
        touch(file)
        return value
      } catch {
        return null
      }
    },
    set(key, value) {
      try {
        fs.mkdirSync(dir, {recursive: true})
        writeFileAtomicSync(path.join(dir, `${key}.bin`), value)
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  }
}

/** Forgets the values held in memory (tests that must read from disk; a process that pruned the disk). */
export function clearMemory(): void {
  memories.clear()
}

/** A key from `codeVersion()` and every part a value depends on. */
export function cacheKey(...parts: string[]): string {
  const hash = createHash('sha256').update(codeVersion())
  for (const part of parts) hash.update('\0').update(part)
  return hash.digest('hex')
}

/** Marks an entry as used (at most once a day), so that pruning by age keeps what is in use. */
function touch(file: string): void {
  try {
    const now = Date.now()
    if (now - fs.statSync(file).mtimeMs > DAY) fs.utimesSync(file, new Date(now), new Date(now))
  } catch {
    // Only pruning is affected.
  }
}

function pruneIfDue(top: string): void {
  const stamp = path.join(top, PRUNE_STAMP)
  try {
    if (Date.now() - fs.statSync(stamp).mtimeMs < DAY) return
  } catch {
    if (!fs.existsSync(top)) return
  }
  pruneCache(top)
  try {
    fs.writeFileSync(stamp, '')
  } catch {
    // Pruning again next time costs little.
  }
}

/**
 * Deletes entries (and stray temporary files) older than `maxAgeDays`, then the least recently used until
 * the folder holds at most `maxBytes`, keeping those used within the last day. Returns how many files
 * were deleted.
 */
export function pruneCache(top: string, limits: {maxAgeDays?: number; maxBytes?: number; now?: number} = {}): number {
  const maxAge = (limits.maxAgeDays ?? MAX_AGE_DAYS) * DAY
  const maxBytes = limits.maxBytes ?? MAX_BYTES
  const now = limits.now ?? Date.now()
  const files: Array<{file: string; size: number; time: number}> = []
  let names: string[]
  try {
    names = fs.readdirSync(top, {recursive: true}).map(String)
  } catch {
    return 0
  }
  for (const name of names) {
    if (!/\.(json|v8|bin|tmp)$/.test(name)) continue
    const file = path.join(top, name)
    try {
      const stat = fs.statSync(file)
      if (stat.isFile()) files.push({file, size: stat.size, time: stat.mtimeMs})
    } catch {
      // Gone meanwhile.
    }
  }
  let deleted = 0
  let total = files.reduce((sum, entry) => sum + entry.size, 0)
  files.sort((a, b) => a.time - b.time)
  for (const entry of files) {
    const tooOld = now - entry.time > maxAge || (entry.file.endsWith('.tmp') && now - entry.time > DAY)
    // Made or used within the last day (`touch`): what builds now need. A project whose cache is larger
    // than the limit (a generated tenfold Reference: 520 MB) lost part of it on the day's first build,
    // then rendered those chapters again (72 s for a warm build instead of about 5).
    const inUse = now - entry.time < DAY
    if (!tooOld && (total <= maxBytes || inUse)) break
    try {
      fs.rmSync(entry.file, {force: true})
      deleted++
      total -= entry.size
    } catch {
      // Left for next time.
    }
  }
  return deleted
}

let version: string | null = null

/**
 * The file `npm run compile` writes into the compiled `lib/` with the hash of its code (`codeHash`):
 * the package's code never changes once installed, and hashing its files cost every process (and every
 * worker thread that makes a cache key) a few tens of milliseconds.
 */
export const CODE_HASH_FILE = 'code-hash.txt'

/**
 * What every key depends on besides its inputs: specmark's own code (every module of the folder this
 * process runs: `src/` in a checkout, `lib/` when installed compiled) and the resolved version of every
 * dependency (the lockfile npm keeps in `node_modules` covers transitive ones too). Computed once per
 * process.
 */
export function codeVersion(): string {
  if (version) return version
  const hash = createHash('sha256').update('specmark-cache/1')
  // This module is one folder down in `<folder>` (`src/cache/cache.ts`; in lib/, a chunk of its bundle).
  // A checkout holds `lib/` too (compiled by `npm install`), but runs `src/`: hashing both read twice the
  // files (a tenth of a second) for nothing.
  const running = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const folders = ['src', 'lib'].map((folder) => path.join(PACKAGE_ROOT, folder)).filter((dir) => dir === running && fs.existsSync(dir))
  // Bundled (the VS Code extension's included server), there are no source folders: the bundle that
  // holds this module holds all the code, dependencies included.
  if (folders.length === 0) hash.update(fs.readFileSync(fileURLToPath(import.meta.url)))
  for (const dir of folders) hash.update(folderCodeHash(dir))
  for (const name of dependencyNames()) hash.update(`${name}@${installedVersion(name) ?? 'missing'}`)
  for (const lock of lockfiles()) hash.update(fs.readFileSync(lock))
  version = hash.digest('hex').slice(0, 16)
  return version
}

/**
 * The hash of the code in `dir`: every module's path and bytes (`.ts` in the checkout, `.js` in the
 * installed package; not the type declarations beside them there, which change nothing that runs).
 */
export function codeHash(dir: string): string {
  const hash = createHash('sha256')
  for (const file of fs.readdirSync(dir, {recursive: true}).map(String).sort()) {
    if (/\.(ts|js|mjs)$/.test(file) && !file.endsWith('.d.ts')) hash.update(file).update(fs.readFileSync(path.join(dir, file)))
  }
  return hash.digest('hex')
}

/** The hash `npm run compile` wrote into `dir` (the compiled `lib/`), else `codeHash(dir)` (a checkout's `src/`). */
export function folderCodeHash(dir: string): string {
  try {
    const text = fs.readFileSync(path.join(dir, CODE_HASH_FILE), 'utf8').trim()
    if (/^[0-9a-f]{64}$/.test(text)) return text
  } catch {
    // Not compiled: hashed here.
  }
  return codeHash(dir)
}

function dependencyNames(): string[] {
  return Object.keys(readManifest(path.join(PACKAGE_ROOT, 'package.json'))?.dependencies ?? {}).sort()
}

/** The version of `name` that Node resolves from specmark's folder, or null. */
function installedVersion(name: string): string | null {
  return installedPackage(name)?.manifest.version ?? null
}

/** npm's record of what it installed (`node_modules/.package-lock.json`) nearest to specmark. */
function lockfiles(): string[] {
  for (let dir = PACKAGE_ROOT; ; dir = path.dirname(dir)) {
    const lock = path.join(dir, 'node_modules', '.package-lock.json')
    if (fs.existsSync(lock)) return [lock]
    if (path.dirname(dir) === dir) return []
  }
}
