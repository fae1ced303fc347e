/**
 * `specmark check`: load, parse and model the specification, run every lint, print the diagnostics.
 * Exit 0 when clean (warnings allowed unless `--deny-warnings`), 1 when errors were found.
 */
import type {Command} from 'commander'
import path from 'node:path'
import {cacheDir, cacheEnabled} from '../../cache/cache.ts'
import {compareDiagnostics, createCollector} from '../../diagnostics/diagnostic.ts'
import {inPhase} from '../../diagnostics/phase.ts'
import {prepareParsing} from '../../pipeline/prepare-parsing.ts'
import {addFormatOption, addRootOption} from '../options.ts'

interface CheckCommandOptions {
  root: string
  format: 'text' | 'json'
  denyWarnings: boolean
  cache: boolean
  examples: boolean
  externalIds: string[]
}

export function registerCheck(program: Command, setStatus: (code: number) => void): void {
  const command = program.command('check').description('check the specification and print diagnostics')
  addRootOption(command)
  addFormatOption(command)
    .option('--deny-warnings', 'treat warnings as errors (also: SPECMARK_DENY_WARNINGS=1)', false)
    .option('--no-cache', 'parse every file again instead of reusing cached results')
    .option('--external-ids <path>', 'warn on rule IDs that this ID list (one a line) or specification folder also defines (repeatable)', (value: string, previous: string[]) => [...previous, value], [])
    .option('--examples', 'also compile and run every Rust example (rustc) and interop pair (rustc and g++)', false)
    .action(async (options: CheckCommandOptions) => {
      // Without a parse cache every chapter is parsed: the workers start before this command's own
      // modules load (the larger part of its start-up), so that their start-up overlaps it.
      if (!cacheEnabled(options.cache)) prepareParsing(options.root, {alone: true})
      const [{loadExternalIdLists}, {runCheck}, {counted, createPathDisplay, formatText, summarize, toJson}, {assembleModel}, {uncoveredText}] = await Promise.all([
        import('../../load/external-ids.ts'),
        import('../../check/run-check.ts'),
        import('../../diagnostics/format.ts'),
        import('../../pipeline/assemble-model.ts'),
        import('../../model/clauses.ts'),
      ])
      const model = await inPhase('loading', options.root, () => assembleModel(options.root, {cache: options.cache, trees: false, stamp: false, poolAfter: false}))
      if (options.externalIds.length > 0) model.externalIds = [...model.externalIds, ...(await loadExternalIdLists(model.project.root, [], options.externalIds))]
      const denyWarnings = options.denyWarnings || process.env.SPECMARK_DENY_WARNINGS === '1'
      const diagnostics = inPhase('checking', options.root, () => runCheck(model, {denyWarnings}))
      let examples = ''
      if (options.examples) {
        const {report, diagnostics: exampleDiagnostics} = createCollector()
        const {runExamples} = await import('../../examples/run-examples.ts')
        const summary = await runExamples(model.spec, report, {defaultEdition: model.project.edition, cacheDir: path.join(cacheDir(model.project.root), 'examples'), interop: model.interop})
        diagnostics.push(...exampleDiagnostics.map((diagnostic) => (denyWarnings ? {...diagnostic, severity: 'error' as const} : diagnostic)))
        diagnostics.sort(compareDiagnostics)
        examples = `; examples: ${summary.compiled} compiled, ${summary.cached} unchanged since last run, ${summary.pairs} interop pairs, ${summary.layoutRows} type-map layouts, ${summary.skipped} ignored, ${summary.failed} failed${summary.missing.length > 0 ? ` (missing: ${summary.missing.join(', ')})` : ''}`
      }
      const display = createPathDisplay(model.project.contentRoot)
      const rules = Object.keys(model.spec.rules).length
      // Text no label covers: errors in our layout (`missing-rule-id`); in an mdBook, listed for review.
      const uncovered = uncoveredText(model.spec)
      if (options.format === 'json') {
        const summary = {chapters: model.spec.chapters.length, rules, productions: model.spec.grammar.length, terms: model.spec.terms.length, uncoveredBlocks: uncovered.length}
        process.stdout.write(`${JSON.stringify({summary, diagnostics: toJson(diagnostics, display), uncovered}, null, 2)}\n`)
      } else {
        const text = formatText(diagnostics, display)
        if (text) process.stdout.write(`${text}\n`)
        process.stderr.write(
          `checked ${counted(model.spec.chapters.length, 'chapter')}, ${counted(rules, 'rule')}, ${counted(model.spec.grammar.length, 'grammar production')}${examples}: ${summarize(diagnostics)}\n`
        )
      }
      if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) setStatus(1)
    })
}
