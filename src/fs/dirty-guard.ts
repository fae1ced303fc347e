/**
 * Never clobber work that git does not have: before a command rewrites sources, files with uncommitted
 * changes (or untracked ones) are refused unless the author passes `--allow-dirty` — the same contract as
 * `cargo fix`. Outside a git checkout there is nothing to compare with, and the atomic writes alone apply.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'

/** The files among `files` (absolute) that git has no committed copy of as they are now. */
export function uncommittedFiles(files: string[]): string[] {
  const existing = files.filter((file) => fs.existsSync(file))
  if (existing.length === 0) return []
  const directory = path.dirname(existing[0]!)
  let output: string
  try {
    output = execFileSync('git', ['-C', directory, 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...existing], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
  } catch {
    return []
  }
  const top = execFileSync('git', ['-C', directory, 'rev-parse', '--show-toplevel'], {encoding: 'utf8'}).trim()
  return output
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => path.join(top, entry.slice(3)))
}

/** Throws unless every file is committed as it is, or `allowDirty` is set. */
export function assertCommitted(files: string[], allowDirty: boolean): void {
  if (allowDirty) return
  const dirty = uncommittedFiles(files)
  if (dirty.length === 0) return
  const shown = dirty.slice(0, 5).map(displayPath).join(', ')
  const more = dirty.length > 5 ? ` and ${dirty.length - 5} more` : ''
  throw new InputError(
    `not rewriting files with changes git does not have: ${shown}${more}; commit or stash them first, or pass --allow-dirty`
  )
}
