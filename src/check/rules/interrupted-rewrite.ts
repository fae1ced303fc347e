/**
 * `interrupted-rewrite`: a command that rewrites sources (`ids …`, `release`) was interrupted and left its
 * journal (see `src/fs/transaction.ts`): the sources may be half old, half new until the next such command
 * (or `specmark ids recover`) completes or undoes it. Reads one file, the only rule that looks at the disk.
 */
import {pendingJournal} from '../../fs/transaction.ts'
import type {LintRule} from '../context.ts'

export const interruptedRewrite: LintRule = {
  code: 'interrupted-rewrite',
  severity: 'error',
  description: 'an interrupted rewrite of the sources is pending',
  fixed: true,
  check({project}, report) {
    const pending = pendingJournal(project.root)
    if (!pending) return
    report({
      reason: `Unexpected pending rewrite: \`${pending.command}\` was interrupted and ${pending.state === 'committed' ? 'is not finished' : 'may have left staged files'}`,
      place: null,
      hint: `run \`specmark ids recover\` (or any command that rewrites sources) to ${pending.state === 'committed' ? 'complete' : 'undo'} it`,
    })
  },
}
