/**
 * Reading source files: strict UTF-8, bounded size, and never outside the root. Every failure is an
 * `InputError` naming the file, which the CLI prints as one line.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {isUnder} from '../core/paths.ts'
import {InputError} from '../diagnostics/diagnostic.ts'

/** Largest source file specmark reads (bytes): far above any real chapter, far below memory trouble. */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024

const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/**
 * Reads a text file as strict UTF-8 (a leading BOM is dropped). Given the spec `root`, a file that is (or
 * sits in a folder that is) a symbolic link leading outside it is refused: the loader reads every file it
 * needs this way, so a spec can never make a build read and publish a file of the machine building it.
 */
export async function readSource(absolutePath: string, displayPath: string, root?: string): Promise<string> {
  let bytes: Buffer
  try {
    const stat = await fs.stat(absolutePath)
    if (root !== undefined && !(await isInside(root, absolutePath))) throw outsideRoot(displayPath)
    if (stat.size > MAX_SOURCE_BYTES) {
      throw new InputError(
        `${displayPath}: file is ${stat.size} bytes, larger than the limit of ${MAX_SOURCE_BYTES} bytes`
      )
    }
    bytes = await fs.readFile(absolutePath)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${displayPath}: cannot read file (${describeFsError(error)})`)
  }
  try {
    return decoder.decode(bytes)
  } catch {
    const offset = firstInvalidUtf8Offset(bytes)
    throw new InputError(`${displayPath}: invalid UTF-8 at byte ${offset}`)
  }
}

/** The one error for a file the loader will not read because a symbolic link leads it outside the root. */
export function outsideRoot(displayPath: string): InputError {
  return new InputError(
    `${displayPath}:1:1: file-outside-root: symbolic link leading outside the spec root, not read; help: copy the file into the root instead of linking to it`
  )
}

/** Whether `candidate` (absolute) lies inside `root` (absolute), after resolving symlinks of both. */
export async function isInside(root: string, candidate: string): Promise<boolean> {
  try {
    const [realRoot, realCandidate] = await Promise.all([fs.realpath(root), fs.realpath(candidate)])
    return isUnder(realRoot, realCandidate)
  } catch {
    return false
  }
}

/** Lists markdown files under `dir`, relative to it, with `/` separators, sorted (see `listFiles`). */
export async function listMarkdownFiles(dir: string, linkRoot = dir): Promise<string[]> {
  return (await listFiles(dir, linkRoot)).filter((file) => file.endsWith('.md'))
}

/**
 * Every file under `dir`, relative to it with `/` separators, sorted; dot folders and `node_modules`
 * skipped. Symbolic links are followed where they lead inside `linkRoot` (files and folders; a linked
 * folder once, never one holding `dir`), as mdBook follows them when it copies a book's files: the RFC
 * book's `src/` is made of links into `text/`. Written by hand, not with a crawler library, for that
 * boundary: a link out of the book is never followed, and a tree without links costs one `readdir` per
 * folder, as before.
 */
export async function listFiles(dir: string, linkRoot = dir): Promise<string[]> {
  const files: string[] = []
  // Folders reached through a link, by real path: only a link can lead the walk round in a circle.
  const linked = new Set<string>()
  const realRoot = await fs.realpath(linkRoot).catch(() => linkRoot)
  const realStart = await fs.realpath(dir).catch(() => dir)
  const walk = async (folder: string, prefix: string): Promise<void> => {
    for (const entry of await fs.readdir(folder, {withFileTypes: true})) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const relative = `${prefix}${entry.name}`
      let kind: 'file' | 'folder' | null = entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : null
      if (entry.isSymbolicLink()) {
        const target = await fs.realpath(path.join(folder, entry.name)).catch(() => null)
        const stat = target !== null && isUnder(realRoot, target) ? await fs.stat(target).catch(() => null) : null
        kind = stat?.isFile() ? 'file' : stat?.isDirectory() ? 'folder' : null
        // A link up to `dir` or above it (`loop -> ..`) would list the tree again inside itself.
        if (kind === 'folder' && (isUnder(target!, realStart) || linked.has(target!))) kind = null
        if (kind === 'folder') linked.add(target!)
      }
      if (kind === 'file') files.push(relative)
      else if (kind === 'folder') await walk(path.join(folder, entry.name), `${relative}/`)
    }
  }
  await walk(dir, '')
  return files.sort()
}

export function describeFsError(error: unknown): string {
  const code = (error as {code?: string}).code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    default:
      return code ?? String(error)
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Binary search on the longest valid prefix: decoding a prefix is strict too.
  let low = 0
  let high = bytes.length
  while (low < high) {
    const middle = (low + high + 1) >> 1
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, middle), {stream: true})
      low = middle
    } catch {
      high = middle - 1
    }
  }
  return low
}

/**
 * Where a listed chapter file stands: whether it exists inside `root`, or points outside it. Written as a
 * path it must stay under `root`; a symlink may lead anywhere under `linkRoot` (default `root`): an
 * mdBook's `src/` may link to files elsewhere in the book, as the RFC book's does, and mdBook reads them.
 */
export async function locateListedFile(root: string, file: string, linkRoot = root): Promise<{exists: boolean; outside: boolean}> {
  const absolute = path.resolve(root, file)
  const lexicallyOutside = path.isAbsolute(file) || path.relative(root, absolute).startsWith('..')
  let isFile = false
  try {
    isFile = (await fs.stat(absolute)).isFile()
  } catch {
    return {exists: false, outside: lexicallyOutside}
  }
  const inside = !lexicallyOutside && (await isInside(linkRoot, absolute))
  return {exists: isFile && inside, outside: !inside}
}

