/**
 * The model of a past release, for exports that need more than its snapshot keeps (`export --release
 * VERSION --format reqif`: each clause's rendered HTML and the hierarchy parts → chapters → sections).
 *
 * A snapshot records the commit of the sources it released (`commit`). Those sources are assembled as
 * `diff` assembles a revision (`withRevision`: `git archive` into a temporary folder), with the registry
 * as the release wrote it (`releaseRegistry` of those sources, pure) and the version the release gave
 * them. The result is checked against the snapshot, clause by clause (IDs and hashes): a release made
 * from uncommitted changes has a commit whose sources are not what was released, and is refused rather
 * than exported wrong. So is a snapshot without a commit (written outside git, or by a specmark older
 * than the commit field), or a commit the repository no longer has. Each refusal names the snapshot and
 * what still works: its JSON and CSV, which the snapshot holds as released.
 */
import {InputError} from '../diagnostics/diagnostic.ts'
import {EXPORT_SCHEMA_VERSION} from '../export/export-json.ts'
import {exportedParagraphs, withdrawnIds} from '../export/paragraphs.ts'
import type {Registry} from '../registry/registry-file.ts'
import {releaseRegistry} from '../release/release.ts'
import {RELEASES_DIR, type SnapshotDocument} from '../release/snapshot.ts'
import type {Model} from './assemble-model.ts'
import {withRevision} from './diff-sides.ts'

export interface ReleasedModel {
  /** The released sources, with `spec.version` the release's. */
  model: Model
  /** The registry right after the release. */
  registry: Registry
  snapshot: SnapshotDocument
}

/**
 * Hands the model of release `version` of `current`'s spec to `use` (its temporary folder lives until
 * `use` is done). Throws an `InputError` saying why when it cannot be rebuilt exactly.
 */
export async function withReleasedModel<T>(current: Model, version: string, use: (released: ReleasedModel) => Promise<T>): Promise<T> {
  const file = `${RELEASES_DIR}/${version}.json`
  const found = current.releases.snapshots.find((snapshot) => snapshot.version === version)
  if (!found) {
    const known = current.releases.snapshots.map((snapshot) => snapshot.version)
    throw new InputError(`no release \`${version}\` (${file}), expected one of: ${known.join(', ') || 'none yet'}`)
  }
  const snapshot = found.document
  const fallback = 'its JSON and CSV exports still work (`--format json|csv`: the snapshot as released)'
  if (!snapshot.commit) {
    throw new InputError(
      `${file} records no source commit (written outside git, or by an older specmark), so the rendered text and hierarchy of release ${version} cannot be rebuilt for ReqIF; ${fallback}`
    )
  }
  const commit = snapshot.commit
  const root = current.project.root
  let rebuilding = false
  try {
    return await withRevision(commit, root, async (model) => {
      rebuilding = true
      const {registry} = releaseRegistry(model, version)
      const difference = firstDifference(snapshot, model, registry)
      if (difference !== null) {
        const older = snapshot.schemaVersion !== EXPORT_SCHEMA_VERSION ? ` (the snapshot is in export schema ${snapshot.schemaVersion}, written by an older specmark)` : ' (the release was made from uncommitted changes)'
        throw new InputError(`the sources of commit ${commit.slice(0, 12)} are not what ${file} released: ${difference}${older}; ${fallback}`)
      }
      return use({model: {...model, spec: {...model.spec, version}}, registry, snapshot})
    })
  } catch (error) {
    if (rebuilding || !(error instanceof InputError)) throw error
    throw new InputError(`${file} was made from commit ${commit.slice(0, 12)}, which cannot be read here (${error.message}); ${fallback}`)
  }
}

/** The first way the released sources differ from the snapshot, or null when they are the same. */
function firstDifference(snapshot: SnapshotDocument, model: Model, registry: Registry): string | null {
  const now = exportedParagraphs(model.spec, registry)
  const released = new Map(snapshot.paragraphs.map((paragraph) => [paragraph.id, paragraph]))
  for (const paragraph of now) {
    const was = released.get(paragraph.id)
    if (!was) return `\`${paragraph.id}\` is not in the snapshot`
    if (was.sha256 !== paragraph.sha256) return `\`${paragraph.id}\` has hash #${paragraph.sha256.slice(0, 8)}, the snapshot #${was.sha256.slice(0, 8)}`
    released.delete(paragraph.id)
  }
  const missing = [...released.keys()][0]
  if (missing !== undefined) return `\`${missing}\` is in the snapshot only`
  const withdrawn = withdrawnIds(registry).map((entry) => `${entry.id}:${entry.status}`).join(' ')
  if (withdrawn !== snapshot.withdrawn.map((entry) => `${entry.id}:${entry.status}`).join(' ')) return 'the withdrawn IDs differ'
  return null
}
