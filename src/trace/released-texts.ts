/**
 * Where `findSuspects` gets the texts as released: the release snapshot `releases/<version>.json` at the
 * spec root, written by `specmark release` (see `src/release/snapshot.ts`). Another source only needs a
 * function returning `ReleasedTexts`.
 */
import {InputError} from '../diagnostics/diagnostic.ts'
import {listSnapshots, readSnapshot, type SnapshotDocument} from '../release/snapshot.ts'
import type {ReleasedTexts} from './suspect.ts'

/** The released texts in a snapshot document (pure). */
export function releasedTextsFromSnapshot(document: SnapshotDocument, version: string = document.version): ReleasedTexts {
  return {version, paragraphs: new Map(document.paragraphs.map((paragraph) => [paragraph.id, paragraph]))}
}

/** Reads the texts of release `version` of the spec at `root`; a release without a snapshot is an `InputError`. */
export async function loadReleasedTexts(root: string, version: string): Promise<ReleasedTexts> {
  const document = await readSnapshot(root, version)
  if (!document) {
    const known = await listSnapshots(root)
    throw new InputError(
      `no snapshot of release \`${version}\` (releases/${version}.json), expected one of: ${known.length > 0 ? known.map((name) => `\`${name}\``).join(', ') : 'none yet (run `specmark release VERSION` first)'}`
    )
  }
  return releasedTextsFromSnapshot(document, version)
}
