/**
 * specmark's own package: its root folder, and the packages installed for it as Node resolves them. Read
 * by the cache (whose keys cover the installed versions) and the site renderer (whose bundle holds them).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The package's root folder (`src/` or `lib/` is one level below): where package.json, `site/` and `astro.config.mjs` live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface Manifest {
  version?: string
  dependencies?: Record<string, string>
}

/** A package.json, or null when it cannot be read. */
export function readManifest(file: string): Manifest | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  } catch {
    return null
  }
}

/** The package `name` as Node resolves it from `from` (nearest `node_modules` upwards), or null. */
export function installedPackage(name: string, from: string = PACKAGE_ROOT): {dir: string; manifest: Manifest} | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    const manifest = readManifest(path.join(candidate, 'package.json'))
    if (manifest) return {dir: candidate, manifest}
    if (path.dirname(dir) === dir) return null
  }
}
