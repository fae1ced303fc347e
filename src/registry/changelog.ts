/**
 * Per-release changelogs, computed from the release snapshots (never written by hand): for each release,
 * what changed since the one before — IDs added, changed (with a word diff), moved, renamed, removed —
 * and which IDs the registry retired in it. The first release lists everything as added.
 */
import {diffParagraphs, type SpecDiff} from '../diff/diff-specs.ts'
import type {ExportDocument} from '../export/export-json.ts'
import type {Registry} from './registry-file.ts'
import {listSnapshots, readSnapshot} from './snapshot.ts'

export interface ReleaseChangelog {
  version: string
  previous: string | null
  diff: SpecDiff
  retired: Array<{id: string; reason: string}>
  paragraphCount: number
}

/** Changelogs of every release of the spec at `root`, newest first. */
export async function releaseChangelogs(root: string, registry: Registry | null): Promise<ReleaseChangelog[]> {
  return (await releaseHistory(root, registry)).changelogs
}

/** The changelogs (newest first) and the newest readable snapshot, from one reading of the snapshots. */
export async function releaseHistory(
  root: string,
  registry: Registry | null
): Promise<{changelogs: ReleaseChangelog[]; newest: ExportDocument | null; snapshots: Array<{version: string; document: ExportDocument}>}> {
  const versions = await listSnapshots(root)
  const changelogs: ReleaseChangelog[] = []
  const snapshots: Array<{version: string; document: ExportDocument}> = []
  let previous: Awaited<ReturnType<typeof readSnapshot>> = null
  for (const version of versions) {
    const snapshot = await readSnapshot(root, version)
    if (!snapshot) continue
    snapshots.push({version, document: snapshot})
    const diff = diffParagraphs(previous?.paragraphs ?? [], snapshot.paragraphs, registry)
    const retired = [...(registry?.entries.values() ?? [])]
      .filter((entry) => entry.status.kind === 'retired' && entry.status.release === version)
      .map((entry) => ({id: entry.id, reason: entry.status.kind === 'retired' ? entry.status.reason : ''}))
    // A retired ID is reported as retired, not as merely removed.
    diff.removed = diff.removed.filter((item) => !retired.some((entry) => entry.id === item.id))
    changelogs.push({version, previous: previous?.version ?? null, diff, retired, paragraphCount: snapshot.paragraphs.length})
    previous = snapshot
  }
  return {changelogs: changelogs.reverse(), newest: previous, snapshots}
}
