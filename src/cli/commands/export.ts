/**
 * `specmark export --format json|csv|reqif [--release VERSION] [--out FILE]`: every citable paragraph,
 * for auditors and requirement tools, as the sources are or as release VERSION was (from its snapshot).
 * Each export states the document version, the source commit and the date. Deterministic: the same
 * sources give the same bytes. The ReqIF of the current sources carries each clause's rendered XHTML, so
 * it renders the specification first (from the render cache where possible); a past release's carries
 * the clause texts its snapshot keeps.
 */
import type {Command} from 'commander'
import {InputError} from '../../diagnostics/diagnostic.ts'
import {exportCsv, paragraphsToCsv} from '../../export/export-csv.ts'
import {exportJson, type ExportDocument} from '../../export/export-json.ts'
import {writeReqif} from '../../export/export-reqif.ts'
import type {ExportedParagraph} from '../../export/paragraphs.ts'
import {reqifTreeFromModel, reqifTreeFromSnapshot} from '../../export/reqif-tree.ts'
import {writeFileAtomic} from '../../fs/atomic-write.ts'
import {assembleModel, type Model} from '../../pipeline/assemble-model.ts'
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
    const output = options.release === undefined ? await exportCurrent(model, options.format) : exportRelease(model, options.release, options.format)
    if (options.out) await writeFileAtomic(options.out, output)
    else process.stdout.write(output)
  })
}

/** The date of the sources each release released (recorded in its snapshot), by version. */
function releaseDates(model: Model): Map<string, string> {
  return new Map(model.releases.snapshots.flatMap(({version, document}) => (document.date ? [[version, document.date] as const] : [])))
}

async function exportCurrent(model: Model, format: ExportOptions['format']): Promise<string> {
  const {spec, registry, stamp} = model
  if (format === 'json') return exportJson(spec, registry, stamp)
  if (format === 'csv') return exportCsv(spec, registry, stamp)
  const {renderSpec} = await import('../../render/render-spec.ts')
  const {rendered} = await renderSpec(model)
  const lastReleased = new Map<string, ExportedParagraph>()
  // A schema 1 snapshot's records lack the clause fields (`SnapshotParagraph`), which ReqIF does not read.
  for (const {document} of model.releases.snapshots) for (const paragraph of document.paragraphs) lastReleased.set(paragraph.id, paragraph as ExportedParagraph)
  return writeReqif(reqifTreeFromModel(spec, registry, rendered.chapters, {dates: releaseDates(model), date: stamp.date, commit: stamp.commit, lastReleased}))
}

function exportRelease(model: Model, version: string, format: ExportOptions['format']): string {
  const found = model.releases.snapshots.find((snapshot) => snapshot.version === version)
  if (!found) {
    const known = model.releases.snapshots.map((snapshot) => snapshot.version)
    throw new InputError(`no release \`${version}\` (releases/${version}.json), expected one of: ${known.join(', ') || 'none yet'}`)
  }
  // Exported as released: a schema 1 snapshot stays schema 1 (its `schemaVersion` says so).
  const document = {...found.document, version} as ExportDocument
  const date = document.date ?? model.stamp.date
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`
  if (format === 'csv') return paragraphsToCsv(document.paragraphs, {version, commit: document.commit ?? null, date})
  return writeReqif(reqifTreeFromSnapshot(document, model.registry, {dates: releaseDates(model), date, version}))
}
