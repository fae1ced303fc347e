/**
 * A content-addressed cache of JSON values: in this process's memory first (long-running commands such
 * as `dev` and the language server reload the spec on every save), then on disk under
 * `node_modules/.cache/specmark/<name>/` of the working directory (`SPECMARK_CACHE_DIR` moves it). Keys
 * are hashes of everything a value depends on; values are treated as immutable. A corrupt or unreadable
 * entry is a miss, never an error, and writes go to a temporary file renamed into place.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export interface JsonCache<T> {
  get(key: string): T | null
  set(key: string, value: T): void
}

const MEMORY_LIMIT = 4096
const memories = new Map<string, Map<string, unknown>>()

/** The folder all caches live under. */
export function cacheRoot(): string {
  return process.env.SPECMARK_CACHE_DIR ?? path.join(process.cwd(), 'node_modules', '.cache', 'specmark')
}

/** Opens the cache `name` (`''` for the root folder), or a no-op cache when disabled. */
export function openJsonCache<T>(name: string, enabled: boolean): JsonCache<T> {
  if (!enabled) return {get: () => null, set: () => {}}
  const dir = path.join(cacheRoot(), name)
  const memory = memories.get(dir) ?? new Map<string, unknown>()
  memories.set(dir, memory)
  const remember = (key: string, value: T): T => {
    if (memory.size >= MEMORY_LIMIT) memory.clear()
    memory.set(key, value)
    return value
  }
  return {
    get(key) {
      if (memory.has(key)) return memory.get(key) as T
      try {
        return remember(key, JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8')) as T)
      } catch {
        return null
      }
    },
    set(key, value) {
      remember(key, value)
      try {
        fs.mkdirSync(dir, {recursive: true})
        const target = path.join(dir, `${key}.json`)
        const temporary = `${target}.${process.pid}.tmp`
        fs.writeFileSync(temporary, JSON.stringify(value))
        fs.renameSync(temporary, target)
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  }
}

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fingerprints = new Map<string, string>()

/**
 * A hash of specmark's own code in the given `src/` folders (and a format tag), computed once per
 * process: part of every cache key, so entries made by other code are never read.
 */
export function codeFingerprint(folders: string[], tag: string): string {
  const id = `${tag}:${folders.join(',')}`
  const known = fingerprints.get(id)
  if (known) return known
  const hash = createHash('sha256').update(tag)
  for (const folder of folders) {
    const dir = path.join(SOURCE_ROOT, folder)
    // Bundled (the VS Code extension's included server), there are no source folders: the bundle that
    // holds this module holds all the code.
    if (!fs.existsSync(dir)) {
      hash.update(fs.readFileSync(fileURLToPath(import.meta.url)))
      continue
    }
    for (const file of fs.readdirSync(dir, {recursive: true}).map(String).sort()) {
      // `.ts` in the checkout, `.js` in the installed package (compiled to `lib/`).
      if (/\.[jt]s$/.test(file)) hash.update(file).update(fs.readFileSync(path.join(dir, file)))
    }
  }
  const fingerprint = hash.digest('hex').slice(0, 16)
  fingerprints.set(id, fingerprint)
  return fingerprint
}
