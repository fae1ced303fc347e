/**
 * The start of every command that rewrites sources: first complete (or undo) the transaction an
 * interrupted command left (see `src/fs/transaction.ts`), saying so on stderr, then load the spec.
 */
import path from 'node:path'
import {describeRecovery, recoverJournal} from '../fs/transaction.ts'
import {assembleModel, type Model} from '../pipeline/assemble-model.ts'

export async function recoverInterrupted(root: string): Promise<void> {
  const recovery = await recoverJournal(path.resolve(root))
  if (recovery) process.stderr.write(`${describeRecovery(recovery)}\n`)
}

export async function loadForWriting(root: string): Promise<Model> {
  await recoverInterrupted(root)
  return assembleModel(root, {cache: false})
}
