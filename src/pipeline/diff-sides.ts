/**
 * What `specmark diff` compares: each side is a release recorded in `releases/` (`1.0`), a folder, or a
 * git revision (`HEAD`, a commit). A release is read from its snapshot; a folder or revision is loaded
 * and exported. Several sides in a row (`diff 1.0 1.1 1.2`) give each step and the cumulative change from
 * the first to the last, renames followed through the chain (`a` → `b` in 1.1, `b` → `c` in 1.2 is one
 * rename `a` → `c`).
 */
import {exportedParagraphs} from '../export/paragraphs.ts'
import {assembleModel, type Model} from './assemble-model.ts'
import {loadRegistry} from '../registry/load-registry.ts'
import type {Registry} from '../registry/registry-file.ts'
import {listSnapshots, readSnapshot, type SnapshotParagraph} from '../release/snapshot.ts'
import {materialize} from '../diff/materialize.ts'

export interface DiffSide {
  /** How to name the side: `release 1.0`, `HEAD (0123456789ab)`, a folder, or `working tree`. */
  label: string
  /** Clause records; a release of export schema 1 has first-block records (see `SnapshotParagraph`). */
  paragraphs: SnapshotParagraph[]
  /** The registry that knows this side's renames (for a release: the spec root's, a superset). */
  registry: Registry | null
}

/**
 * Loads one side. `spec` is a release of `root`, a folder or a git revision; null stands for the sources
 * at `root` as they are (the working tree).
 */
export async function loadDiffSide(spec: string | null, root: string): Promise<DiffSide> {
  if (spec === null) {
    const model = await assembleModel(root)
    return {label: `working tree (${model.spec.version})`, paragraphs: exportedParagraphs(model.spec, model.registry), registry: model.registry}
  }
  if ((await listSnapshots(root)).includes(spec)) {
    const snapshot = (await readSnapshot(root, spec))!
    return {label: `release ${spec}`, paragraphs: snapshot.paragraphs, registry: await loadRegistry(root)}
  }
  return withRevision(spec, root, async (model, label) => ({label, paragraphs: exportedParagraphs(model.spec, model.registry), registry: model.registry}))
}

/**
 * Assembles the model of a folder or git revision (`spec`, as for `loadDiffSide`) and hands it to `use`;
 * a revision's temporary folder lives until `use` is done (rendering may read its files), then goes.
 * `export --release` reads a past release's sources this way too.
 */
export async function withRevision<T>(spec: string, root: string, use: (model: Model, label: string) => Promise<T>): Promise<T> {
  const side = materialize(spec, root)
  try {
    return await use(await assembleModel(side.root), side.label)
  } finally {
    side.dispose()
  }
}
