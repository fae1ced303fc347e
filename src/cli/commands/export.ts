/**
 * `specmark export --format json|csv|reqif [--release VERSION] [--out FILE]`: every citable paragraph,
 * for auditors and requirement tools, as the sources are or as release VERSION was (from its snapshot).
 * Each export states the document version, the source commit and the date. Deterministic: the same
 * sources give the same bytes. A ReqIF carries each clause's rendered XHTML, so it renders the
 * specification first (from the render cache where possible); for a past release, the sources of the
 * commit its snapshot records (see `src/pipeline/released-model.ts`).
 */
import type {Command} from 'commander'
import {InputError} from '../../diagnostics/diagnostic.ts'
import {exportCsv, paragraphsToCsv} from '../../export/export-csv.ts'
import {exportJson, type ExportDocument} from '../../export/export-json.ts'
import {exportReqif} from '../../export/export-reqif.ts'
import {writeFileAtomic} from '../../fs/atomic-write.ts'
import {assembleModel, type Model} from '../../pipeline/assemble-model.ts'
import {withReleasedModel} from '../../pipeline/released-model.ts'
import type {Registry} from '../../registry/registry-file.ts'
import {addFormatOption, addRootOption} from '../options.ts'

interface ExportOptions {
  root: string
  format: 'json' | 'csv' | 'reqif'
  out?: string
  release?: string
}

export function registerExport(program: Command): void {
  const command = program
    .command('export')
    .description('export every citable paragraph as JSON, CSV or ReqIF')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--release <version>', 'export a past release (from releases/<version>.json) instead of the sources')
  addFormatOption(addRootOption(command), ['json', 'csv', 'reqif']).action(async (options: ExportOptions) => {
    const model = await assembleModel(options.root)
    const output = options.release === undefined ? await exportCurrent(model, options.format) : await exportRelease(model, options.release, options.format)
    if (options.out) await writeFileAtomic(options.out, output)
    else process.stdout.write(output)
  })
}

async function exportCurrent(model: Model, format: ExportOptions['format']): Promise<string> {
  const {spec, registry, stamp} = model
  if (format === 'json') return exportJson(spec, registry, stamp)
  if (format === 'csv') return exportCsv(spec, registry, stamp)
  return reqifOf(model, registry, {...stamp, releases: model.releases.snapshots})
}

/** The ReqIF of a model (the sources as they are, or a past release's), its chapters rendered first. */
async function reqifOf(model: Model, registry: Registry | null, options: {date: string; commit: string | null; releases: Model['releases']['snapshots']}): Promise<string> {
  const {renderSpec} = await import('../../render/render-spec.ts')
  const {exportChapters} = await renderSpec(model)
  return exportReqif(model.spec, registry, {timestamp: options.date, commit: options.commit, chapters: exportChapters, releases: options.releases})
}

/**
 * A past release. Its JSON and CSV are its snapshot, which `release` wrote with the same exporter. Its
 * ReqIF needs the rendered text and the hierarchy, which a snapshot does not keep: the released sources
 * are rebuilt from the commit the snapshot records (`withReleasedModel`, which refuses with a diagnostic
 * when they cannot be) and exported as the current text is.
 */
async function exportRelease(model: Model, version: string, format: ExportOptions['format']): Promise<string> {
  if (format === 'reqif') {
    const snapshots = model.releases.snapshots
    const upTo = snapshots.slice(0, snapshots.findIndex((snapshot) => snapshot.version === version) + 1)
    return withReleasedModel(model, version, (released) =>
      reqifOf(released.model, released.registry, {date: released.snapshot.date ?? model.stamp.date, commit: released.snapshot.commit ?? null, releases: upTo})
    )
  }
  const found = model.releases.snapshots.find((snapshot) => snapshot.version === version)
  if (!found) {
    const known = model.releases.snapshots.map((snapshot) => snapshot.version)
    throw new InputError(`no release \`${version}\` (releases/${version}.json), expected one of: ${known.join(', ') || 'none yet'}`)
  }
  // Exported as released: a schema 1 snapshot stays schema 1 (its `schemaVersion` says so).
  const document = {...found.document, version} as ExportDocument
  const date = document.date ?? model.stamp.date
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`
  return paragraphsToCsv(document.paragraphs, {version, commit: document.commit ?? null, date})
}
