/**
 * `specmark citations check FILE [--to VERSION]`: whether each citation in FILE (plain lines, CSV or
 * JSON: version, ID, optional hash) still holds in the sources as they are, or in release VERSION. Exit 1
 * when any citation no longer holds (or a line is no citation), so it can gate CI; 2 for an unreadable
 * file or an unknown `--to` release.
 */
import fs from 'node:fs/promises'
import type {Command} from 'commander'
import {checkCitations} from '../../citations/check-citations.ts'
import {citationData} from '../../citations/citation-data.ts'
import {citationsToJson, citationsToText} from '../../citations/format-citations.ts'
import {parseCitations} from '../../citations/parse-citations.ts'
import {InputError} from '../../diagnostics/diagnostic.ts'
import {assembleModel} from '../../pipeline/assemble-model.ts'
import {addFormatOption, addRootOption} from '../options.ts'

export function registerCitations(program: Command, setStatus: (code: number) => void): void {
  const citations = program.command('citations').description('work with citations (version, ID, hash) auditors hold')
  const check = citations
    .command('check')
    .description('tell for each citation whether it still holds: unchanged, moved, renamed, changed (word diff), retired, unknown')
    .argument('<file>', 'the citations: plain lines, CSV with version,id[,hash] columns, or JSON; `-` for standard input')
    .option('--to <version>', 'check against this release instead of the sources as they are')
  addFormatOption(addRootOption(check)).action(async (file: string, options: {root: string; format: 'text' | 'json'; to?: string}) => {
    let input: string
    try {
      input = file === '-' ? await readStdin() : await fs.readFile(file, 'utf8')
    } catch (error) {
      throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
    const model = await assembleModel(options.root)
    const data = citationData(model)
    const releases = new Map(data.releases.map((release) => [release.version, release]))
    const target = options.to === undefined ? data.current : releases.get(options.to)
    if (!target) throw new InputError(`no release \`${options.to}\` (releases/${options.to}.json), expected one of: ${[...releases.keys()].join(', ') || 'none yet'}`)
    const {citations: parsed, problems} = parseCitations(input)
    const result = checkCitations(parsed, releases, target)
    process.stdout.write(options.format === 'json' ? citationsToJson(result, problems) : citationsToText(result, problems, file === '-' ? 'stdin' : file))
    if (result.failing > 0 || problems.length > 0) setStatus(1)
  })
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
