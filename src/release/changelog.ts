/**
 * Per-release changelogs, computed from the release snapshots (never written by hand): for each release,
 * what changed since the one before, classified per rule ID (`src/diff/classify.ts`) — added, removed,
 * retired (with the reason), normative text changed (with a word diff), informative part changed, links
 * retargeted, moved, renamed, renamed and changed. The first release lists everything as added. Snapshots
 * of any schema are compared (see `ClauseRecord`).
 */
import {diffParagraphs, type SpecDiff} from '../diff/diff-specs.ts'
import type {Registry} from '../registry/registry-file.ts'
import {listSnapshots, readSnapshot, type SnapshotDocument} from './snapshot.ts'

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
): Promise<{changelogs: ReleaseChangelog[]; newest: SnapshotDocument | null; snapshots: Array<{version: string; document: SnapshotDocument}>}> {
  const versions = await listSnapshots(root)
  const changelogs: ReleaseChangelog[] = []
  const snapshots: Array<{version: string; document: SnapshotDocument}> = []
  let previous: Awaited<ReturnType<typeof readSnapshot>> = null
  for (const version of versions) {
    const snapshot = await readSnapshot(root, version)
    if (!snapshot) continue
    snapshots.push({version, document: snapshot})
    const diff = diffParagraphs(previous?.paragraphs ?? [], snapshot.paragraphs, registry)
    const retired = diff.retired.map((item) => ({id: item.id, reason: item.reason}))
    changelogs.push({version, previous: previous?.version ?? null, diff, retired, paragraphCount: snapshot.paragraphs.length})
    previous = snapshot
  }
  return {changelogs: changelogs.reverse(), newest: previous, snapshots}
}
