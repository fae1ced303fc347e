/**
 * The scanner: walks test trees and finds the paragraph citations in their files. Every regular text file
 * is read once and matched with one regex pass per annotation pattern over the whole file (annotations
 * are usually at the top, Ferrocene's at the bottom); files without any pattern's literal `needle` are not
 * even decoded. Large trees are split between this thread and a bounded pool of worker threads
 * (`scan-worker.ts`), each reading synchronously (see `scan-files.ts` for why).
 *
 * What is skipped: `.git`, `node_modules` and other VCS folders, symbolic links (no cycles, no files
 * outside the tree), and binary files (a NUL byte in the first 8,000 bytes, git's own heuristic).
 *
 * Paths: a citation's `file` is relative to the test tree it was found in, with `/` separators; when
 * several trees are scanned it is prefixed with the tree as given (`tests/ui/x.rs`), so that paths never
 * collide. `source` is the path as shown in diagnostics (relative to the working directory).
 *
 * To support another citation syntax, add a preset in `patterns.ts`; this module does not change.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../load/load-project.ts'
import type {AnnotationPattern} from './patterns.ts'
import {scanFiles, type FilesScan} from './scan-files.ts'
import type {ScanJob} from './scan-worker.ts'

export {scanText} from './scan-files.ts'

/** One ID cited by one test file, at one place. */
export interface Citation {
  id: string
  /** The test file, as reported (see the module comment). */
  file: string
  /** The test file as shown in diagnostics: relative to the working directory where that is short. */
  source: string
  /** 1-based line and column, and 0-based offset, of the ID itself. */
  line: number
  column: number
  offset: number
}

export interface ScanResult {
  /** Sorted by file, then line, then column. */
  citations: Citation[]
  /** Text files read. */
  files: number
  /** Binary files skipped. */
  binary: number
}

export interface ScanOptions {
  patterns: AnnotationPattern[]
  /** Worker threads besides this one (default: up to 3, one fewer than the cores; 0 scans here only). */
  workers?: number
}

/** Folders that never hold tests. */
const SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules'])

/** Below this many files, starting a worker (about 40 ms) costs more than it saves. */
const PARALLEL_THRESHOLD = 4000

/** Scans test trees (folders, or single files) for citations. A missing tree is an `InputError`. */
export async function scanTestTrees(trees: string[], options: ScanOptions): Promise<ScanResult> {
  const absolute: string[] = []
  const names: string[] = []
  for (const tree of trees) {
    const root = path.resolve(tree)
    const prefix = trees.length > 1 ? toPosix(path.normalize(tree)).replace(/(.)\/+$/, '$1') : ''
    let stat
    try {
      stat = fs.statSync(root)
    } catch {
      throw new InputError(`${displayPath(root)}: test tree does not exist`)
    }
    if (stat.isFile()) {
      absolute.push(root)
      names.push(prefix || path.basename(root))
      continue
    }
    for (const found of listFiles(root)) {
      const relative = toPosix(path.relative(root, found))
      absolute.push(found)
      names.push(prefix ? `${prefix}/${relative}` : relative)
    }
  }

  const scans = await scanInShares(absolute, options)
  const citations: Citation[] = []
  let files = 0
  let binary = 0
  let base = 0
  for (const scan of scans) {
    if (scan.failure) {
      throw new InputError(`${displayPath(absolute[base + scan.failure.file]!)}: cannot read test file: ${scan.failure.code}`)
    }
    files += scan.read
    binary += scan.binary
    const sources = new Map<number, string>()
    for (const found of scan.found) {
      const file = base + found.file
      let source = sources.get(file)
      if (source === undefined) sources.set(file, (source = displayPath(absolute[file]!)))
      citations.push({id: found.id, file: names[file]!, source, line: found.line, column: found.column, offset: found.offset})
    }
    base += scan.shareLength
  }
  citations.sort(compareCitations)
  return {citations, files, binary}
}

/** Orders citations by file (code-unit order, locale-independent), then line, then column. */
export function compareCitations(a: Pick<Citation, 'file' | 'line' | 'column'>, b: Pick<Citation, 'file' | 'line' | 'column'>): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.line - b.line || a.column - b.column
}

/**
 * Scans `files` in contiguous shares (neighbours in a folder stay together): the first here, the others
 * in worker threads. Results are in share order.
 */
async function scanInShares(files: string[], options: ScanOptions): Promise<Array<FilesScan & {shareLength: number}>> {
  const workers = files.length < PARALLEL_THRESHOLD ? 0 : (options.workers ?? 0)
  const size = Math.ceil(files.length / (workers + 1))
  const shares = Array.from({length: workers + 1}, (_, index) => files.slice(index * size, (index + 1) * size))
  const remote = shares.slice(1).map((share) => runInWorker({files: share, patterns: options.patterns.map(({regex, ...pattern}) => ({...pattern, source: regex.source, flags: regex.flags}))}))
  const here = scanFiles(shares[0]!, options.patterns)
  const results = [here, ...(await Promise.all(remote))]
  return results.map((result, index) => ({...result, shareLength: shares[index]!.length}))
}

function runInWorker(job: ScanJob): Promise<FilesScan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./scan-worker.ts', import.meta.url))
    worker.once('message', (result: FilesScan) => {
      resolve(result)
      void worker.terminate()
    })
    worker.once('error', reject)
    worker.postMessage(job)
  })
}

/** Every regular file under `root` (absolute paths), skipping VCS folders, `node_modules` and symlinks. */
function listFiles(root: string): string[] {
  const files: string[] = []
  const pending = [root]
  while (pending.length > 0) {
    const dir = pending.pop()!
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(dir, {withFileTypes: true})
    } catch (error) {
      throw new InputError(`${displayPath(dir)}: cannot read test folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(path.join(dir, entry.name))
      } else if (entry.isFile()) {
        files.push(path.join(dir, entry.name))
      }
    }
  }
  return files
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
