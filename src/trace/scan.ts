/**
 * The scanner: walks test trees and finds the paragraph citations in their files. Every regular text file
 * is read once (a bounded pool of concurrent reads) and matched with one regex pass per annotation
 * pattern over the whole file; files without any pattern's literal `needle` are not even decoded.
 *
 * What is skipped: `.git`, `node_modules` and other VCS folders, symbolic links (no cycles, no files
 * outside the tree), and binary files (a NUL byte in the first 8,000 bytes, git's own heuristic).
 *
 * Paths: a citation's `file` is relative to the test tree it was found in, with `/` separators; when
 * several trees are scanned it is prefixed with the tree as given (`tests/ui/x.rs`), so that paths never
 * collide. `source` keeps the path as shown in diagnostics (relative to the working directory).
 *
 * To support another citation syntax, add a preset in `patterns.ts`; this module does not change.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../load/load-project.ts'
import {splitIds, type AnnotationPattern} from './patterns.ts'

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
  /** How many files are read at once (default: 64). */
  concurrency?: number
}

/** Folders that never hold tests. */
const SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', 'node_modules'])

/** How far into a file a NUL byte marks it as binary (git's `buffer_is_binary` looks at 8,000 bytes). */
const BINARY_PROBE = 8000

/** Scans test trees (folders, or single files) for citations. A missing tree is an `InputError`. */
export async function scanTestTrees(trees: string[], options: ScanOptions): Promise<ScanResult> {
  const files: Array<{absolute: string; file: string}> = []
  for (const tree of trees) {
    const absolute = path.resolve(tree)
    const prefix = trees.length > 1 ? toPosix(path.normalize(tree)).replace(/(.)\/+$/, '$1') : ''
    const name = (relative: string): string => (prefix ? (relative ? `${prefix}/${relative}` : prefix) : relative)
    let stat
    try {
      stat = await fs.stat(absolute)
    } catch {
      throw new InputError(`${displayPath(absolute)}: test tree does not exist`)
    }
    if (stat.isFile()) files.push({absolute, file: name('') || path.basename(absolute)})
    else for (const found of await listFiles(absolute)) files.push({absolute: found, file: name(toPosix(path.relative(absolute, found)))})
  }

  const citations: Citation[] = []
  let read = 0
  let binary = 0
  await runPool(files, options.concurrency ?? 64, async ({absolute, file}) => {
    let buffer: Buffer
    try {
      buffer = await fs.readFile(absolute)
    } catch (error) {
      throw new InputError(`${displayPath(absolute)}: cannot read test file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    if (buffer.subarray(0, BINARY_PROBE).includes(0)) {
      binary++
      return
    }
    read++
    const patterns = options.patterns.filter((pattern) => pattern.needle === null || buffer.includes(pattern.needle))
    if (patterns.length === 0) return
    const source = displayPath(absolute)
    for (const found of scanText(buffer.toString('utf8'), patterns)) citations.push({...found, file, source})
  })
  citations.sort(compareCitations)
  return {citations, files: read, binary}
}

/** The citations in one file's text (pure): each ID with its 1-based line and column. */
export function scanText(text: string, patterns: AnnotationPattern[]): Array<{id: string; line: number; column: number; offset: number}> {
  const found: Array<{id: string; line: number; column: number; offset: number}> = []
  for (const pattern of patterns) {
    // Lines are counted incrementally from the previous match, so a file costs one pass however many
    // citations it holds.
    let line = 1
    let lineStart = 0
    let counted = 0
    for (const match of text.matchAll(pattern.regex)) {
      const value = pattern.group === 'id' ? match.groups?.id : match[pattern.group]
      const span = pattern.group === 'id' ? match.indices?.groups?.id : match.indices?.[pattern.group]
      if (value === undefined || span === undefined) continue
      for (const {id, offset} of splitIds(value)) {
        const at = span[0] + offset
        for (let newline = text.indexOf('\n', counted); newline !== -1 && newline < at; newline = text.indexOf('\n', newline + 1)) {
          line++
          lineStart = newline + 1
        }
        counted = lineStart
        found.push({id, line, column: at - lineStart + 1, offset: at})
      }
    }
  }
  return found.sort((a, b) => a.offset - b.offset)
}

/** Orders citations by file (code-unit order, locale-independent), then line, then column. */
export function compareCitations(a: Pick<Citation, 'file' | 'line' | 'column'>, b: Pick<Citation, 'file' | 'line' | 'column'>): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.line - b.line || a.column - b.column
}

/** Every regular file under `root` (absolute paths), skipping VCS folders, `node_modules` and symlinks. */
async function listFiles(root: string): Promise<string[]> {
  const files: string[] = []
  const pending = [root]
  while (pending.length > 0) {
    // Read one level of folders at a time, concurrently: deep trees such as rust-lang/rust's `tests/`
    // have thousands of folders.
    const level = pending.splice(0)
    const listings = await Promise.all(
      level.map(async (dir) => {
        try {
          return {dir, entries: await fs.readdir(dir, {withFileTypes: true})}
        } catch (error) {
          throw new InputError(`${displayPath(dir)}: cannot read test folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
        }
      })
    )
    for (const {dir, entries} of listings) {
      for (const entry of entries) {
        if (entry.isDirectory()) {
          if (!SKIPPED_DIRS.has(entry.name)) pending.push(path.join(dir, entry.name))
        } else if (entry.isFile()) {
          files.push(path.join(dir, entry.name))
        }
      }
    }
  }
  return files
}

/** Runs `work` over `items` with at most `limit` calls in flight. */
async function runPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker))
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}
