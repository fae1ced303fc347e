/**
 * `specmark trace TESTS_DIR…`: which tests cite which paragraphs. Scans the test trees for citations
 * (`//@ reference: <id>` by default), prints coverage per chapter, the uncovered normative paragraphs and
 * each paragraph's tests, as text, JSON or CSV. Exit 1 when a citation names an unknown or retired ID,
 * when coverage is below `--min-coverage`, or on warnings with `--deny-warnings`; 2 on usage or input
 * errors (a missing tree, an invalid pattern, a release without a snapshot).
 */
import {InvalidArgumentError, type Command} from 'commander'
import {counted, createPathDisplay, formatText} from '../../diagnostics/format.ts'
import {assembleModel} from '../../pipeline/assemble-model.ts'
import {traceToCsv} from '../../trace/format-csv.ts'
import {traceToJson} from '../../trace/format-json.ts'
import {summarizeTrace, traceToText} from '../../trace/format-text.ts'
import {ANNOTATION_PRESETS} from '../../trace/patterns.ts'
import {clauseHashes, runTrace} from '../../trace/run-trace.ts'
import {REVIEWED_FILE, markReviewed, readReviewedLinks, serializeReviewedLinks} from '../../trace/reviewed-links.ts'
import {writeFileAtomic} from '../../fs/atomic-write.ts'
import {InputError} from '../../diagnostics/diagnostic.ts'
import path from 'node:path'
import {addFormatOption, addRootOption} from '../options.ts'

interface TraceCommandOptions {
  root: string
  format: 'text' | 'json' | 'csv'
  annotations: string[]
  pattern: string[]
  minCoverage?: number
  since?: string
  denyWarnings: boolean
  markReviewed: boolean
  cache: boolean
}

const collect = (value: string, previous: string[]): string[] => [...previous, value]

function parsePercent(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) throw new InvalidArgumentError('expected a percentage from 0 to 100')
  return number
}

export function registerTrace(program: Command, setStatus: (code: number) => void): void {
  const command = program
    .command('trace')
    .description('trace tests to the paragraphs they cite: coverage per chapter, uncovered paragraphs, suspect links')
    .argument('<tests...>', 'test trees (folders or files) to scan for citations')
    .option('--annotations <presets>', `citation syntax presets, comma-separated: ${Object.keys(ANNOTATION_PRESETS).join(', ')} (default: reference)`, collect, [])
    .option('--pattern <regex>', 'a custom citation regex whose capture group (or group named `id`) holds the ID(s); repeatable', collect, [])
    .option('--min-coverage <percent>', 'exit 1 when normative paragraph coverage is below this percentage', parsePercent)
    .option('--since <version>', 'list tests citing paragraphs whose text changed since this release (suspect links)')
    .option('--mark-reviewed', `with --since: record every suspect link found as reviewed against the current text (in ${REVIEWED_FILE})`, false)
    .option('--deny-warnings', 'treat warnings (heading-level or renamed IDs, suspect links) as errors (also: SPECMARK_DENY_WARNINGS=1)', false)
    .option('--no-cache', 'parse every spec file again instead of reusing cached results')
  addFormatOption(addRootOption(command), ['text', 'json', 'csv']).action(async (trees: string[], options: TraceCommandOptions) => {
    const model = await assembleModel(options.root, {cache: options.cache})
    const result = await runTrace(model, trees, {annotations: options.annotations, patterns: options.pattern, ...(options.since === undefined ? {} : {since: options.since})})
    const {report} = result
    if (options.markReviewed) {
      if (!result.suspects) throw new InputError('--mark-reviewed needs --since VERSION: the release the suspect links are found against')
      const file = path.join(model.project.root, REVIEWED_FILE)
      const links = markReviewed(await readReviewedLinks(model.project.root), result.suspects.links, clauseHashes(model))
      await writeFileAtomic(file, serializeReviewedLinks(links))
      const count = result.suspects.links.reduce((sum, link) => sum + link.tests.length, 0)
      process.stderr.write(`recorded ${counted(count, 'suspect link')} as reviewed in ${REVIEWED_FILE}\n`)
      result.suspects = {...result.suspects, reviewed: [...result.suspects.reviewed, ...result.suspects.links.flatMap((link) => link.tests.map((test) => ({test, id: link.id})))], links: []}
    }
    if (options.format === 'json') process.stdout.write(traceToJson(result))
    else if (options.format === 'csv') {
      process.stdout.write(traceToCsv(result))
      const diagnostics = formatText(report.diagnostics, (file) => file)
      if (diagnostics) process.stderr.write(`${diagnostics}\n`)
    } else process.stdout.write(traceToText(result, createPathDisplay(model.project.contentRoot)))
    if (options.format !== 'json') process.stderr.write(`${summarizeTrace(result)}\n`)

    const denyWarnings = options.denyWarnings || process.env.SPECMARK_DENY_WARNINGS === '1'
    const warnings = report.diagnostics.some((diagnostic) => diagnostic.severity === 'warning') || (result.suspects?.links.length ?? 0) > 0
    if (report.diagnostics.some((diagnostic) => diagnostic.severity === 'error') || (denyWarnings && warnings)) setStatus(1)
    // Compared exactly, not with the rounded-down figure shown.
    const exact = report.totals.total === 0 ? 100 : (report.totals.covered * 100) / report.totals.total
    if (options.minCoverage !== undefined && exact < options.minCoverage) {
      process.stderr.write(`specmark: coverage ${report.totals.percent.toFixed(1)}% is below --min-coverage ${options.minCoverage}%\n`)
      setStatus(1)
    }
  })
}
