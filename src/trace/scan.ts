/**
 * The scanner: walks test trees and finds the paragraph citations in their files. Every regular text file
 * is read once and matched with one regex pass per annotation pattern over the whole file (annotations
 * are usually at the top, Ferrocene's at the bottom); files without any pattern's literal `needle` are not
 * even decoded. Trees of 4,000 files or more are split into chunks of the sorted file list and shared
 * with the worker pool (`src/workers/pool.ts`); each thread reads synchronously (see `scan-files.ts`
 * for why and for what the pool gains).
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
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import type {AnnotationPattern} from './patterns.ts'
import {runEach, workerCount} from '../workers/pool.ts'
import {scanChunk, scanFiles, type FilesScan, type ScanChunk} from './scan-files.ts'

const SCAN_TASK = {module: new URL('./scan-files.ts', import.meta.url), name: 'scanChunk', local: scanChunk}

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
  /**
   * Worker lanes of the pool besides this thread, used for trees of 4,000 files or more (default: the
   * pool's `workerCount()`; 0 scans here only).
   */
  workers?: number
}

/** Folders that never hold tests. */
const SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules'])

/** Below this many files, starting a worker (about 0.1 s to load its modules) costs more than it saves. */
const PARALLEL_THRESHOLD = 4000

/** Files a task of the pool scans: small enough to balance, large enough to keep messages rare. */
const CHUNK = 256

/** Scans test trees (folders, or single files) for citations. A missing tree is an `InputError`. */
export async function scanTestTrees(trees: string[], options: ScanOptions): Promise<ScanResult> {
  const entries: Array<{absolute: string; name: string; tree: number; relative: string}> = []
  const displayRoots: string[] = []
  trees.forEach((tree, treeIndex) => {
    const root = path.resolve(tree)
    const prefix = trees.length > 1 ? toPosix(path.normalize(tree)).replace(/(.)\/+$/, '$1') : ''
    let stat
    try {
      stat = fs.statSync(root)
    } catch {
      throw new InputError(`${displayPath(root)}: test tree does not exist`)
    }
    if (stat.isFile()) {
      displayRoots.push(displayPath(path.dirname(root)))
      entries.push({absolute: root, name: prefix || path.basename(root), tree: treeIndex, relative: path.basename(root)})
      return
    }
    displayRoots.push(displayPath(root))
    for (const relative of listFiles(root)) {
      const name = toPosix(relative)
      entries.push({absolute: path.join(root, relative), name: prefix ? `${prefix}/${name}` : name, tree: treeIndex, relative})
    }
  })
  // Scanning in name order yields the citations already sorted (by file, then position).
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const absolute = entries.map((entry) => entry.absolute)

  const workers = absolute.length < PARALLEL_THRESHOLD ? 0 : (options.workers ?? workerCount())
  const scans = await scanShared(absolute, options.patterns, workers)
  const failures = scans.flatMap((scan) => (scan.failure ? [scan.failure] : [])).sort((a, b) => a.file - b.file)
  if (failures[0]) throw new InputError(`${displayPath(absolute[failures[0].file]!)}: cannot read test file: ${failures[0].code}`)
  // Files were scanned in name order, each by one thread: ordering by file index (stably) restores the
  // order of files and keeps each file's citations in text order.
  const found = scans.length === 1 ? scans[0]!.found : scans.flatMap((scan) => scan.found).sort((a, b) => a.file - b.file)
  const citations: Citation[] = []
  let last = -1
  let source = ''
  for (const citation of found) {
    const entry = entries[citation.file]!
    // Joined from the tree's shown path once per file: `displayPath` per file would cost a `path.relative`.
    if (citation.file !== last) source = path.join(displayRoots[entry.tree]!, entry.relative)
    last = citation.file
    citations.push({id: citation.id, file: entry.name, source, line: citation.line, column: citation.column, offset: citation.offset})
  }
  const files = scans.reduce((sum, scan) => sum + scan.read, 0)
  const binary = scans.reduce((sum, scan) => sum + scan.binary, 0)
  return {citations, files, binary}
}

/** Orders citations by file (code-unit order, locale-independent), then line, then column. */
export function compareCitations(a: Pick<Citation, 'file' | 'line' | 'column'>, b: Pick<Citation, 'file' | 'line' | 'column'>): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.line - b.line || a.column - b.column
}

/** Scans `files` in chunks, on this thread and the worker pool's. */
async function scanShared(files: string[], patterns: AnnotationPattern[], workers: number): Promise<FilesScan[]> {
  if (workers === 0) return [scanFiles(files, patterns)]
  const sent = patterns.map(({regex, ...pattern}) => ({...pattern, source: regex.source, flags: regex.flags}))
  const chunks: ScanChunk[] = []
  for (let start = 0; start < files.length; start += CHUNK) chunks.push({files: files.slice(start, start + CHUNK), first: start, patterns: sent})
  return runEach(SCAN_TASK, chunks, {size: (chunk) => chunk.files.length, threshold: 0, workers})
}

/**
 * Every regular file under `root`, as paths relative to it, skipping VCS folders, `node_modules` and
 * symbolic links.
 */
function listFiles(root: string): string[] {
  const files: string[] = []
  const pending = ['']
  while (pending.length > 0) {
    const dir = pending.pop()!
    let entries: fs.Dirent[]
    try {
      entries = fs.readdirSync(path.join(root, dir), {withFileTypes: true})
    } catch (error) {
      throw new InputError(`${displayPath(path.join(root, dir))}: cannot read test folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    for (const entry of entries) {
      const relative = dir ? `${dir}${path.sep}${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(relative)
      } else if (entry.isFile()) {
        files.push(relative)
      }
    }
  }
  return files
}

function toPosix(file: string): string {
  return path.sep === '/' ? file : file.split(path.sep).join('/')
}
