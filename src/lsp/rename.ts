/**
 * Language server, rename of a rule ID: the same operation as `specmark ids rename` — the edits come from
 * `planRename` (the label, rule links, link definitions, `#r-` anchors) over the editor's texts, and
 * `planInteropRename` (the interop data's `normative_refs`); refused while an interrupted rewrite's
 * journal is pending (see `src/fs/transaction.ts`) — returned
 * as one `WorkspaceEdit` instead of written to disk. When the old ID was released, the edit also rewrites
 * `registry.txt` so that it records the old ID as renamed, exactly as `renameId` does; putting it in the
 * same edit (rather than writing the file from the server) lets the editor apply, undo and save it with
 * the chapters, and keeps a rename that the user cancels from touching the registry.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Range, TextEdit, WorkspaceEdit} from 'vscode-languageserver'
import {InputError} from '../diagnostics/diagnostic.ts'
import {pendingJournal} from '../fs/transaction.ts'
import {planInteropRename, planRename, renamedRegistry} from '../ids/rename.ts'
import {sourcesByFile} from '../ids/sources-by-file.ts'
import {REGISTRY_FILE, serializeRegistry} from '../registry/registry-file.ts'
import {fileUri, lineStarts, positionAt} from './positions.ts'
import type {Hit} from './symbol-at.ts'
import type {Snapshot} from './workspace.ts'

/** What `prepareRename` answers: the ID's range and text, or null when the cursor is not on a rule ID. */
export function renameTarget(snapshot: Snapshot, hit: Hit): {id: string; range: Range} | null {
  if (hit.symbol?.kind !== 'rule' || !(hit.symbol.id in snapshot.model.spec.rules)) return null
  const sources = sourcesByFile(snapshot.model)
  const {span} = hit
  const text = sources.get(span.file)
  if (text === undefined) return null
  // On a link, narrow the range to the ID inside it (the last occurrence: `[text][expr.if]`).
  const within = text.slice(span.start.offset, span.end.offset)
  const at = within.lastIndexOf(hit.symbol.id)
  const start = at === -1 ? span.start.offset : span.start.offset + at
  const starts = lineStarts(text)
  return {id: hit.symbol.id, range: {start: positionAt(starts, start), end: positionAt(starts, start + (at === -1 ? within.length : hit.symbol.id.length))}}
}

/**
 * The edit renaming `oldId` to `newId` across the specification. Throws `InputError` (with `planRename`'s
 * message) for an ill-formed, taken or retired new ID.
 * @param readRegistry reads the registry file's current text (its edit replaces the whole file)
 */
export async function renameEdit(snapshot: Snapshot, oldId: string, newId: string, readRegistry: (file: string) => Promise<string> = (file) => fs.readFile(file, 'utf8')): Promise<WorkspaceEdit> {
  const {model} = snapshot
  // The same gate as every rewriting command: while an interrupted rewrite is pending, the files on disk
  // may be half old, half new, and an edit planned on them could not be trusted.
  const pending = pendingJournal(model.project.root)
  if (pending) throw new InputError(`an interrupted \`${pending.command}\` is pending; run \`specmark ids recover\` first`)
  const planned = planRename(model, oldId, newId)
  // The interop data's `normative_refs` are renamed too, as `specmark ids rename` does (read from disk).
  const interop = await planInteropRename(model.project.contentRoot, oldId, newId)
  const edits = [...planned, ...interop.edits]
  const sources = new Map([...sourcesByFile(model), ...interop.sources])
  const changes: Record<string, TextEdit[]> = {}
  const lines = new Map<string, number[]>()
  for (const edit of edits) {
    const text = sources.get(edit.file)!
    if (!lines.has(edit.file)) lines.set(edit.file, lineStarts(text))
    const starts = lines.get(edit.file)!
    const uri = fileUri(model.project.contentRoot, edit.file)
    ;(changes[uri] ??= []).push({range: {start: positionAt(starts, edit.start), end: positionAt(starts, edit.end)}, newText: edit.text})
  }
  const registry = renamedRegistry(model.registry, oldId, newId)
  if (registry) {
    const file = path.join(model.project.root, REGISTRY_FILE)
    const current = await readRegistry(file)
    const starts = lineStarts(current)
    changes[fileUri(model.project.root, REGISTRY_FILE)] = [{range: {start: {line: 0, character: 0}, end: positionAt(starts, current.length)}, newText: serializeRegistry(registry)}]
  }
  return {changes}
}

