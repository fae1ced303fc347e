/**
 * The git working tree a folder is in, found from the file system alone (no git process): the nearest
 * folder at or above it holding `.git` (a folder, or the file of a worktree or submodule).
 */
import fs from 'node:fs'
import path from 'node:path'

/** The top of the working tree holding `folder`, or null outside one. */
export function repositoryTop(folder: string): string | null {
  for (let at = path.resolve(folder); ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, '.git'))) return at
    if (path.dirname(at) === at) return null
  }
}
