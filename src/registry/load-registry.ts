/** Reads the registry of a spec root, if it has one. */
import fs from 'node:fs/promises'
import path from 'node:path'
import {displayPath} from '../core/paths.ts'
import {readSource} from '../load/read-source.ts'
import {parseRegistry, REGISTRY_FILE, type Registry} from './registry-file.ts'

/** The registry at `root`, or null when the root has no `registry.txt` (nothing released yet). */
export async function loadRegistry(root: string): Promise<Registry | null> {
  const file = path.join(root, REGISTRY_FILE)
  try {
    await fs.access(file)
  } catch {
    return null
  }
  return parseRegistry(await readSource(file, displayPath(file), root), displayPath(file))
}
