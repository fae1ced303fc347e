/**
 * The release history of a specification, read once upstream of the stages: where each ID of the newest
 * release snapshot lived (for messages about vanished IDs) and every release's changelog (for the site).
 * Render and check read these from the model and never open a snapshot themselves.
 */
import {releaseHistory, type ReleaseChangelog} from './changelog.ts'
import type {LatestRelease} from './document-version.ts'
import type {Registry} from '../registry/registry-file.ts'
import type {SnapshotDocument} from './snapshot.ts'

export interface Releases {
  /** ID → file, in the newest release snapshot (empty before the first release). */
  files: Map<string, string>
  /** Changelogs of every release, newest first. */
  changelogs: ReleaseChangelog[]
  /** The newest release and the IDs its snapshot holds (for the document version), or null before the first. */
  latest: LatestRelease | null
  /** Every readable snapshot, oldest first, by the version its file names (the text as released). */
  snapshots: Array<{version: string; document: SnapshotDocument}>
}

export async function loadReleases(root: string, registry: Registry | null): Promise<Releases> {
  const {changelogs, newest, snapshots} = await releaseHistory(root, registry)
  return {
    files: new Map((newest?.paragraphs ?? []).map((paragraph) => [paragraph.id, paragraph.file])),
    changelogs,
    latest: newest && {version: newest.version, ids: new Set(newest.paragraphs.map((paragraph) => paragraph.id))},
    snapshots,
  }
}
