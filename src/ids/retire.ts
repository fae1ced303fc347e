/**
 * `specmark ids retire ID --reason "…"`: withdraws a rule ID for good. Its `r[ID]` label line is removed
 * from the sources (the clause's text is the author's to delete; kept, it joins the clause before it,
 * whose hash then changes), and a
 * released ID is recorded as retired in the registry with the reason, so that its `/id/` page becomes a
 * tombstone and the ID is never reused. The release it is retired in is filled in by `specmark release`.
 */
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {assertCommitted} from '../fs/dirty-guard.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import {REGISTRY_FILE, UNRELEASED, serializeRegistry} from '../registry/registry-file.ts'
import {commitWrites} from '../fs/transaction.ts'
import {lineStart, planEdits, type TextEdit} from './source-edit.ts'
import {sourcesByFile} from './sources-by-file.ts'

export interface RetireResult {
  labelRemovedFrom: string | null
  registryUpdated: boolean
}

export async function retireId(model: Model, id: string, reason: string, options: {allowDirty?: boolean} = {}): Promise<RetireResult> {
  if (reason.trim() === '') throw new InputError('`--reason` must say why the rule is retired')
  const entry = model.registry?.entries.get(id)
  const location = model.spec.rules[id]
  if (!location && !entry) throw new InputError(`rule \`${id}\` is neither defined in the sources nor in the registry`)
  if (entry && entry.status.kind !== 'active') {
    throw new InputError(`rule \`${id}\` is already ${entry.status.kind === 'retired' ? 'retired' : `renamed to \`${entry.status.to}\``}`)
  }
  const edits: TextEdit[] = []
  const sources = sourcesByFile(model)
  if (location) {
    const block = model.spec.chapters.find((chapter) => chapter.id === location.chapter)!.blocks[location.block]!
    const label = block.labelPosition!
    const text = sources.get(label.file)!
    const start = lineStart(text, label.start.offset)
    const newline = text.indexOf('\n', label.end.offset)
    edits.push({file: label.file, start, end: newline === -1 ? text.length : newline + 1, text: ''})
  }
  const registryFile = path.join(model.project.root, REGISTRY_FILE)
  if (entry) assertCommitted([registryFile], options.allowDirty ?? false)
  const {writes} = planEdits(model.project.contentRoot, sources, edits, options)
  if (model.registry && entry) {
    entry.status = {kind: 'retired', release: UNRELEASED, reason: reason.trim()}
    writes.push({file: registryFile, content: serializeRegistry(model.registry)})
  }
  await commitWrites(model.project.root, writes, `ids retire ${id}`)
  return {labelRemovedFrom: location?.file ?? null, registryUpdated: entry !== undefined}
}
