/**
 * The parse cache: chapter drafts (parse + per-chapter model) stored by content hash, so that unchanged
 * files are not parsed again. The key covers the file's bytes, everything the draft depends on, and a
 * fingerprint of specmark's own parse and model code, so a changed parser never reads stale entries.
 *
 * Entries live in `node_modules/.cache/specmark/` of the working directory (override with
 * `SPECMARK_CACHE_DIR`; disable with `--no-cache` or `SPECMARK_CACHE=0`). A corrupt or unreadable entry
 * is a miss, never an error. Writes go to a temporary file first and are renamed into place.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {ChapterDraft} from '../model/build-chapter.ts'
import {MODEL_VERSION} from '../model/types.ts'

const SOURCE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Folders whose code decides what a draft contains. */
const FINGERPRINTED = ['parse', 'model', 'grammar', 'load']

let fingerprint: string | null = null

/** A hash of specmark's parse and model code (computed once per process). */
function codeFingerprint(): string {
  if (fingerprint !== null) return fingerprint
  const hash = createHash('sha256').update(String(MODEL_VERSION))
  for (const folder of FINGERPRINTED) {
    const dir = path.join(SOURCE_ROOT, folder)
    for (const file of fs.readdirSync(dir, {recursive: true}).map(String).sort()) {
      if (file.endsWith('.ts')) hash.update(file).update(fs.readFileSync(path.join(dir, file)))
    }
  }
  fingerprint = hash.digest('hex').slice(0, 16)
  return fingerprint
}

export interface DraftCache {
  get(key: string): ChapterDraft | null
  set(key: string, draft: ChapterDraft): void
}

/** The cache key of one chapter: its bytes and every input of `buildChapter`. */
export function draftKey(source: string, inputs: unknown): string {
  return createHash('sha256').update(codeFingerprint()).update(JSON.stringify(inputs)).update('\0').update(source).digest('hex')
}

export function cacheEnabled(option: boolean | undefined): boolean {
  if (option === false) return false
  return process.env.SPECMARK_CACHE !== '0'
}

/** Opens the on-disk cache, or a no-op cache when disabled. */
export function openDraftCache(enabled: boolean): DraftCache {
  if (!enabled) return {get: () => null, set: () => {}}
  const dir = process.env.SPECMARK_CACHE_DIR ?? path.join(process.cwd(), 'node_modules', '.cache', 'specmark')
  return {
    get(key) {
      try {
        return JSON.parse(fs.readFileSync(path.join(dir, `${key}.json`), 'utf8')) as ChapterDraft
      } catch {
        return null
      }
    },
    set(key, draft) {
      try {
        fs.mkdirSync(dir, {recursive: true})
        const target = path.join(dir, `${key}.json`)
        const temporary = `${target}.${process.pid}.tmp`
        fs.writeFileSync(temporary, JSON.stringify(draft))
        fs.renameSync(temporary, target)
      } catch {
        // A cache that cannot be written only costs speed.
      }
    },
  }
}
