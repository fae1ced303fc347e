/**
 * `specmark ids assign | rename OLD NEW | retire ID --reason "…"`: maintain rule IDs in the sources and
 * the registry. Each command's writes are one transaction (`src/fs/transaction.ts`) touching only the
 * lines they must; an interrupted one is completed or undone by the next (or by `ids recover`).
 */
import type {Command} from 'commander'
import {assignIds} from '../../ids/assign.ts'
import {renameId} from '../../ids/rename.ts'
import {retireId} from '../../ids/retire.ts'
import {displayPath} from '../../core/paths.ts'
import {loadForWriting, recoverInterrupted} from '../load-for-writing.ts'
import {addRootOption} from '../options.ts'
import path from 'node:path'

export function registerIds(program: Command): void {
  const ids = program.command('ids').description('assign, rename and retire rule IDs')

  const allowDirty = (command: Command): Command => command.option('--allow-dirty', 'rewrite files that have uncommitted changes in git', false)

  allowDirty(addRootOption(ids.command('assign').description('give every unlabelled normative paragraph a new rule ID'))).action(async (options: {root: string; allowDirty: boolean}) => {
    const model = await loadForWriting(options.root)
    const assigned = await assignIds(model, options)
    for (const item of assigned) {
      process.stdout.write(`${displayPath(path.join(model.project.contentRoot, item.file))}:${item.line}: r[${item.id}]\n`)
    }
    process.stderr.write(assigned.length === 0 ? 'every normative paragraph has a rule ID\n' : `assigned ${assigned.length} rule IDs\n`)
  })

  allowDirty(addRootOption(ids.command('rename').description('rename a rule ID and every link to it').argument('<old>').argument('<new>'))).action(
    async (oldId: string, newId: string, options: {root: string; allowDirty: boolean}) => {
      const model = await loadForWriting(options.root)
      const result = await renameId(model, oldId, newId, options)
      process.stderr.write(
        `renamed \`${oldId}\` to \`${newId}\`: the label and ${result.links} links in ${result.files.length} files` +
          (result.registryUpdated ? `; the registry keeps \`${oldId}\` as an alias of \`${newId}\`` : '') +
          '\n'
      )
    }
  )

  allowDirty(
    addRootOption(ids.command('retire').description('withdraw a rule ID for good').argument('<id>').requiredOption('--reason <text>', 'why the rule is retired (shown on its tombstone)'))
  ).action(async (id: string, options: {root: string; reason: string; allowDirty: boolean}) => {
    const model = await loadForWriting(options.root)
    const result = await retireId(model, id, options.reason, options)
    const parts = [result.labelRemovedFrom ? `removed its label from ${result.labelRemovedFrom}` : null, result.registryUpdated ? 'recorded it as retired in the registry' : 'it was never released']
    process.stderr.write(`retired \`${id}\`: ${parts.filter(Boolean).join('; ')}\n`)
  })

  addRootOption(ids.command('recover').description('complete or undo a rewrite that was interrupted (any rewriting command also does this first)')).action(
    async (options: {root: string}) => {
      await recoverInterrupted(options.root)
    }
  )
}
