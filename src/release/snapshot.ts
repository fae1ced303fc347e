/**
 * Release snapshots: `releases/<version>.json` at the spec root, written by `specmark release`, holding
 * the export document of the specification as released. They let a changelog, a suspect-link report or
 * an auditor compare today's clause with the clause that was released, word by word.
 *
 * Snapshots written before clauses (export schema 1) are read as they are: their records have no
 * `links` and no informative part, and their text is the labelled block alone; `classifyChanges` compares
 * such a record with the start of the clause (see `src/diff/classify.ts`), so that reading an old
 * snapshot marks nothing as changed.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {ExportDocument} from '../export/export-json.ts'
import type {ExportedParagraph} from '../export/paragraphs.ts'

/** The fields export schema 2 added; absent from schema 1 snapshots. */
type ClauseFields = 'clause' | 'links' | 'informativeText' | 'informativeLinks' | 'informativeSha256'

/** A snapshot record of any schema. */
export type SnapshotParagraph = Omit<ExportedParagraph, ClauseFields> & Partial<Pick<ExportedParagraph, ClauseFields>>

/** A snapshot of any schema (`schemaVersion` 1 or 2). */
export type SnapshotDocument = Omit<ExportDocument, 'paragraphs'> & {paragraphs: SnapshotParagraph[]}
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import {isInside, outsideRoot} from '../load/read-source.ts'

export const RELEASES_DIR = 'releases'

export function snapshotPath(root: string, version: string): string {
  return path.join(root, RELEASES_DIR, `${version}.json`)
}

/** Reads the snapshot of a release, or null when that release has none. */
export async function readSnapshot(root: string, version: string): Promise<SnapshotDocument | null> {
  const file = snapshotPath(root, version)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch {
    return null
  }
  // Its text is published (`/v/<version>/`): never from a symbolic link leading outside the root.
  if (!(await isInside(root, file))) throw outsideRoot(displayPath(file))
  try {
    return JSON.parse(text) as SnapshotDocument
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
