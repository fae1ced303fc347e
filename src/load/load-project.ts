/**
 * Load: find out which layout a root uses and read its table of contents. A root with `book.toml` is an
 * mdBook; a root with `outline.yaml` is our own layout.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {escapeControls} from '../diagnostics/escape.ts'
import {displayPath} from '../core/paths.ts'
import {BOOK_FILE, loadMdbookProject} from './mdbook.ts'
import {loadOutlineProject, OUTLINE_FILE, isRegularFile} from './outline.ts'
import type {Project} from './project.ts'

/**
 * Loads the project at `root`.
 * @param root the spec root (absolute or relative to the working directory)
 * @returns the project; throws `InputError` when the root or its table of contents cannot be read
 */
export async function loadProject(root: string): Promise<Project> {
  const absoluteRoot = path.resolve(root)
  const display = (file: string): string => displayPath(path.join(absoluteRoot, file))
  let stat
  try {
    stat = await fs.stat(absoluteRoot)
  } catch {
    throw new InputError(`${displayPath(absoluteRoot)}: spec root does not exist (expected a folder with \`${OUTLINE_FILE}\` or \`${BOOK_FILE}\`: name it with --root)`)
  }
  if (!stat.isDirectory()) throw new InputError(`${displayPath(absoluteRoot)}: spec root is not a directory`)
  for (const [file, load] of [[BOOK_FILE, loadMdbookProject], [OUTLINE_FILE, loadOutlineProject]] as const) {
    if (!(await isRegularFile(path.join(absoluteRoot, file)))) continue
    // Each loader reads its files with `readSource(…, root)`, which refuses symlinks leading outside.
    return load(absoluteRoot, display)
  }
  throw new InputError(
    `${displayPath(absoluteRoot)}: not a spec root: expected \`${OUTLINE_FILE}\` (specmark layout) or \`${BOOK_FILE}\` (mdBook)`
  )
}

export {escapeControls}
