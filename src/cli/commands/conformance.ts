/**
 * `specmark conformance [TREES…]`: run the conformance suite (default `conformance/`) against rustc and
 * trace it to the spec: every test must pass and cite only known rule IDs. Prints failures as
 * `file:line` diagnostics, then the pass count and the coverage of normative rules. Exit 1 on a failing
 * test, an unknown citation, a missing rustc under CI=true, or coverage below `--min-coverage`.
 */
import {InvalidArgumentError, type Command} from 'commander'
import path from 'node:path'
import {runSuite} from '../../conformance/run-suite.ts'
import {compareDiagnostics, createCollector} from '../../diagnostics/diagnostic.ts'
import {formatText, summarize, toJson} from '../../diagnostics/format.ts'
import {cacheDir} from '../../cache/cache.ts'
import {assembleModel} from '../../pipeline/assemble-model.ts'
import {runTrace} from '../../trace/run-trace.ts'
import {addFormatOption, addRootOption} from '../options.ts'

interface ConformanceOptions {
  root: string
  format: 'text' | 'json'
  cache: boolean
  jobs?: number
  minCoverage?: number
  denyWarnings: boolean
}

function positive(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a positive whole number')
  return number
}

function percent(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 100) throw new InvalidArgumentError('expected a percentage from 0 to 100')
  return number
}

export function registerConformance(program: Command, setStatus: (code: number) => void): void {
  const command = program
    .command('conformance')
    .description('run the conformance suite (Rust programs citing rules) with rustc, and trace it to the spec')
    .argument('[trees...]', 'folders or files of conformance tests', ['conformance'])
    .option('--no-cache', 'compile every test again instead of reusing results for the same program and rustc')
    .option('--jobs <n>', 'rustc processes at once (default: the number of cores)', positive)
    .option('--min-coverage <percent>', 'exit 1 when the tests cite fewer than this percentage of normative rules', percent)
    .option('--deny-warnings', 'treat warnings (a rustc other than the pinned one) as errors', false)
  addFormatOption(addRootOption(command)).action(async (trees: string[], options: ConformanceOptions) => {
    const model = await assembleModel(options.root)
    const {report, diagnostics} = createCollector()
    const base = cacheDir(model.project.root)
    const summary = await runSuite(trees, report, {
      cacheDir: options.cache ? path.join(base, 'conformance') : null,
      pinned: model.project.settings.rustc,
      ...(options.jobs === undefined ? {} : {jobs: options.jobs}),
    })
    const trace = await runTrace(model, trees)
    // Unknown or retired citations are errors of the suite too; coverage warnings (heading IDs) stay warnings.
    diagnostics.push(...trace.report.diagnostics)
    const denyWarnings = options.denyWarnings || process.env.SPECMARK_DENY_WARNINGS === '1'
    const all = diagnostics.map((d) => (denyWarnings ? {...d, severity: 'error' as const} : d)).sort(compareDiagnostics)
    const {totals} = trace.report
    const coverage = totals.total === 0 ? 100 : (totals.covered * 100) / totals.total
    const display = (file: string): string => file
    if (options.format === 'json') {
      const chapters = trace.report.chapters.map((chapter) => ({chapter: chapter.chapter, covered: chapter.covered, total: chapter.total}))
      process.stdout.write(`${JSON.stringify({summary, coverage: {covered: totals.covered, total: totals.total, chapters}, diagnostics: toJson(all, display)}, null, 2)}\n`)
    } else {
      const text = formatText(all, display)
      if (text) process.stdout.write(`${text}\n`)
      process.stderr.write(
        `conformance: ${summary.tests} tests with ${summary.rustc ?? 'no rustc'}: ${summary.passed} passed, ${summary.failed} failed (${summary.compiled} compiled, ${summary.cached} unchanged); ` +
          `they cite ${totals.covered} of ${totals.total} normative rules (${coverage.toFixed(1)}%): ${summarize(all)}\n`
      )
    }
    if (all.some((d) => d.severity === 'error')) setStatus(1)
    if (options.minCoverage !== undefined && coverage < options.minCoverage) {
      process.stderr.write(`specmark: coverage ${coverage.toFixed(1)}% is below --min-coverage ${options.minCoverage}%\n`)
      setStatus(1)
    }
  })
}
