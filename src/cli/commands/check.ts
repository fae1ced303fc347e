/**
 * `specmark check`: load, parse and model the specification, run every lint, print the diagnostics.
 * Exit 0 when clean (warnings allowed unless `--deny-warnings`), 1 when errors were found.
 */
import type {Command} from 'commander'
import {runCheck} from '../../check/run-check.ts'
import {createPathDisplay, formatText, summarize, toJson} from '../../diagnostics/format.ts'
import {loadSpec} from '../../pipeline/load-spec.ts'
import {addFormatOption, addRootOption} from '../options.ts'

interface CheckCommandOptions {
  root: string
  format: 'text' | 'json'
  denyWarnings: boolean
  cache: boolean
}

export function registerCheck(program: Command, setStatus: (code: number) => void): void {
  const command = program.command('check').description('check the specification and print diagnostics')
  addRootOption(command)
  addFormatOption(command)
    .option('--deny-warnings', 'treat warnings as errors (also: SPECMARK_DENY_WARNINGS=1)', false)
    .option('--no-cache', 'parse every file again instead of reusing cached results')
    .action(async (options: CheckCommandOptions) => {
      const loaded = await loadSpec(options.root, {cache: options.cache})
      const denyWarnings = options.denyWarnings || process.env.SPECMARK_DENY_WARNINGS === '1'
      const diagnostics = runCheck(loaded, {denyWarnings})
      const display = createPathDisplay(loaded.project.contentRoot)
      const rules = Object.keys(loaded.spec.rules).length
      if (options.format === 'json') {
        const summary = {chapters: loaded.spec.chapters.length, rules, productions: loaded.spec.grammar.length, terms: loaded.spec.terms.length}
        process.stdout.write(`${JSON.stringify({summary, diagnostics: toJson(diagnostics, display)}, null, 2)}\n`)
      } else {
        const text = formatText(diagnostics, display)
        if (text) process.stdout.write(`${text}\n`)
        process.stderr.write(
          `checked ${loaded.spec.chapters.length} chapters, ${rules} rules, ${loaded.spec.grammar.length} grammar productions: ${summarize(diagnostics)}\n`
        )
      }
      if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) setStatus(1)
    })
}
