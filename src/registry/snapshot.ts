/**
 * Release snapshots: `releases/<version>.json` at the spec root, written by `specmark release`, holding
 * the export document of the specification as released. They let a changelog, a suspect-link report or
 * an auditor compare today's text of a paragraph with the text that was released, word by word.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {ExportDocument} from '../export/export-json.ts'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'

export const RELEASES_DIR = 'releases'

export function snapshotPath(root: string, version: string): string {
  return path.join(root, RELEASES_DIR, `${version}.json`)
}

/** Reads the snapshot of a release, or null when that release has none. */
export async function readSnapshot(root: string, version: string): Promise<ExportDocument | null> {
  const file = snapshotPath(root, version)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch {
    return null
  }
  try {
    return JSON.parse(text) as ExportDocument
  } catch (error) {
    throw new InputError(`${displayPath(file)}: invalid JSON: ${(error as Error).message}`)
  }
}

/** The versions that have snapshots, oldest first (by file modification order of their releases). */
export async function listSnapshots(root: string): Promise<string[]> {
  try {
    const files = await fs.readdir(path.join(root, RELEASES_DIR))
    return files.filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort(compareVersions)
  } catch {
    return []
  }
}

/** Compares release versions numerically where they are numbers (`0.10.0` after `0.9.0`). */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', {numeric: true})
}
