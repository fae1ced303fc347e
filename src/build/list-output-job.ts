/**
 * The walk of `listOutput` (`out-dir.ts`), run in the side thread: a leaf module, so that the thread
 * loads nothing else.
 */
import fs from 'node:fs'
import path from 'node:path'

/** `listOutput`'s thread: every file and folder under `outDir`, the folders each after those it holds. */
export function listOutputJob(outDir: string): {files: string[]; folders: string[]} {
  const files: string[] = []
  const folders: string[] = []
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        walk(full)
        folders.push(full)
      } else {
        files.push(full)
      }
    }
  }
  walk(outDir)
  return {files, folders}
}
