/**
 * Finds the conformance programs: every `.rs` file under the given folders (or the files given), sorted.
 * Folders named `auxiliary` hold crates that tests build first (`//@ aux-build:`), not tests.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'

export const AUXILIARY = 'auxiliary'

export async function discoverTests(trees: string[]): Promise<string[]> {
  const files: string[] = []
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== AUXILIARY) await walk(full)
      else if (entry.isFile() && entry.name.endsWith('.rs')) files.push(full)
    }
  }
  for (const tree of trees) {
    const stat = await fs.stat(tree).catch(() => null)
    if (!stat) throw new InputError(`conformance tree \`${tree}\` not found`)
    if (stat.isDirectory()) await walk(tree)
    else files.push(tree)
  }
  return [...new Set(files)].sort()
}
