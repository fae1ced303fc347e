/**
 * `specmark export --format json|csv|reqif [--out FILE]`: every citable paragraph, for auditors and
 * requirement tools. Deterministic: the same sources give the same bytes.
 */
import type {Command} from 'commander'
import {exportCsv} from '../../export/export-csv.ts'
import {exportJson} from '../../export/export-json.ts'
import {exportReqif} from '../../export/export-reqif.ts'
import {sourceStamp} from '../../export/timestamp.ts'
import {writeFileAtomic} from '../../fs/atomic-write.ts'
import {assembleModel} from '../../pipeline/assemble-model.ts'
import {addFormatOption, addRootOption} from '../options.ts'

export function registerExport(program: Command): void {
  const command = program.command('export').description('export every citable paragraph as JSON, CSV or ReqIF').option('--out <file>', 'write to a file instead of standard output')
  addFormatOption(addRootOption(command), ['json', 'csv', 'reqif']).action(async (options: {root: string; format: 'json' | 'csv' | 'reqif'; out?: string}) => {
    const {spec, registry, project} = await assembleModel(options.root)
    const stamp = sourceStamp(project.root)
    const output =
      options.format === 'json'
        ? exportJson(spec, registry, stamp)
        : options.format === 'csv'
          ? exportCsv(spec, registry, stamp)
          : exportReqif(spec, registry, {timestamp: stamp.date, commit: stamp.commit})
    if (options.out) await writeFileAtomic(options.out, output)
    else process.stdout.write(output)
  })
}
