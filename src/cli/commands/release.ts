/**
 * `specmark release VERSION`: record a release in the registry and keep its snapshot; refused (exit 1)
 * while `check` finds errors.
 */
import type {Command} from 'commander'
import {runCheck} from '../../check/run-check.ts'
import {createPathDisplay, formatText, summarize} from '../../diagnostics/format.ts'
import {loadForWriting} from '../load-for-writing.ts'
import {release} from '../../release/release.ts'
import {addRootOption} from '../options.ts'

export function registerRelease(program: Command, setStatus: (code: number) => void): void {
  addRootOption(program.command('release').description('record a release: first-seen and last-changed versions of every rule ID').argument('<version>'))
    .option('--allow-dirty', 'write the registry even if it has uncommitted changes in git', false)
    .action(async (version: string, options: {root: string; allowDirty: boolean}) => {
      const model = await loadForWriting(options.root)
      const diagnostics = runCheck(model)
      if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
        process.stdout.write(`${formatText(diagnostics, createPathDisplay(model.project.contentRoot))}\n`)
        process.stderr.write(`release ${version} refused: check found ${summarize(diagnostics)}\n`)
        setStatus(1)
        return
      }
      const summary = await release(model, version, options)
      const migration = summary.migration
      if (migration) {
        process.stderr.write(
          `registry.txt migrated from schema ${migration.from} to ${migration.to} (clause hashes): ${migration.recomputed} hashes recomputed from unchanged texts, ${migration.changed.length} IDs changed since their release stay changed\n`
        )
      }
      process.stderr.write(
        `released ${version}: ${summary.added.length} new, ${summary.changed.length} changed, ${summary.informativeChanged.length} with informative changes only, ${summary.renamed.length} renamed, ${summary.retired.length} retired, ${summary.unchanged} unchanged rule IDs\n`
      )
    })
}
