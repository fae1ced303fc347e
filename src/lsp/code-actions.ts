/**
 * Language server, quick fixes: one code action per diagnostic whose fix is known, built as a plain
 * workspace edit (undoable in the editor, nothing written by the server):
 * - `unresolved-rule-link` with a "did you mean" → replace the ID in the link;
 * - `unresolved-rule-link` otherwise, or a bracketed label nothing defines → add a link definition;
 * - `missing-rule-id` → insert the `r[…]` label `specmark ids assign` would give;
 * - `released-id-vanished` → retire the ID in the registry, as `specmark ids retire` records it.
 * To add one: match the diagnostic's `code` in `codeActions` and build its edit from the snapshot.
 */
import {CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import {planAssignments} from '../ids/assign.ts'
import {REGISTRY_FILE} from '../registry/registry-file.ts'
import {diagnosticsByUri} from './diagnostics.ts'
import {fileUri, lineStarts, offsetAt, positionAt} from './positions.ts'
import type {Snapshot} from './workspace.ts'

/**
 * The fixes for `diagnostics` (the client's, in the document `uri` with text `text`). Each is matched to
 * the server's own diagnostic of the same code, message and line, whose range is used: some clients
 * (Neovim 0.7) send back ranges in bytes or with parts of the diagnostic missing.
 */
export function codeActions(snapshot: Snapshot, uri: string, file: string | null, text: string, diagnostics: Diagnostic[]): CodeAction[] {
  const starts = lineStarts(text)
  const actions: CodeAction[] = []
  const edit = (edits: TextEdit[], target = uri): WorkspaceEdit => ({changes: {[target]: edits}})
  const own = diagnosticsByUri(snapshot.model.project, snapshot.diagnostics).get(uri) ?? []
  for (const sent of diagnostics) {
    const sentMessage = typeof sent.message === 'string' ? sent.message : sent.message.value
    const diagnostic =
      own.find((candidate) => candidate.code === sent.code && candidate.message === sentMessage && candidate.range.start.line === sent.range.start.line) ??
      own.find((candidate) => candidate.code === sent.code && candidate.message === sentMessage) ??
      sent
    if (diagnostic.source !== undefined && diagnostic.source !== 'specmark') continue
    const start = offsetAt(text, starts, diagnostic.range.start)
    const end = offsetAt(text, starts, diagnostic.range.end)
    const written = text.slice(start, end)
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    switch (diagnostic.code) {
      case 'unresolved-rule-link': {
        const target = /undefined rule `([^`]+)`/.exec(message)?.[1]
        const near = /did you mean `([^`]+)`\?/.exec(message)?.[1]
        if (!target) break
        const at = written.lastIndexOf(target)
        if (near && at !== -1) {
          const range = {start: positionAt(starts, start + at), end: positionAt(starts, start + at + target.length)}
          actions.push({title: `Change to \`${near}\``, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: edit([{range, newText: near}])})
        }
        // `[text][label]` or `[label]` written as a reference: a definition of the label fixes it as well.
        if (!/^\[[^\]]*\]:/.test(written)) actions.push(addDefinition(diagnostic, text, starts, target, near ?? 'https://', uri))
        break
      }
      case 'missing-rule-id': {
        const planned = planAssignments(snapshot.model).find((item) => item.file === file && item.line === diagnostic.range.start.line + 1)
        if (!planned) break
        const lineStart = starts[diagnostic.range.start.line] ?? 0
        const newline = text.includes('\r\n') ? '\r\n' : '\n'
        const position = positionAt(starts, lineStart)
        actions.push({
          title: `Assign rule ID \`${planned.id}\``,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: edit([{range: {start: position, end: position}, newText: `r[${planned.id}]${newline}`}]),
        })
        break
      }
      case 'released-id-vanished': {
        const id = /disappearance of rule `([^`]+)`/.exec(message)?.[1]
        const registryUri = fileUri(snapshot.model.project.root, REGISTRY_FILE)
        const entry = id ? snapshot.model.registry?.entries.get(id) : undefined
        if (!id || !entry || uri !== registryUri) break
        const line = entry.line - 1
        const lineText = text.slice(starts[line] ?? 0, (starts[line + 1] ?? text.length + 1) - 1).replace(/\r$/, '')
        const columns = lineText.split('\t')
        if (columns[0] !== id || columns[1] !== 'active') break
        // An active line has no reason column: keep its other columns (4 in schema 2, 3 in schema 1) as they are.
        const retired = [id, 'retired:unreleased', ...columns.slice(2), 'REASON: say why the rule was removed'].join('\t')
        actions.push({
          title: `Retire \`${id}\` (then replace REASON in registry.txt)`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([{range: {start: {line, character: 0}, end: {line, character: lineText.length}}, newText: retired}], registryUri),
        })
        break
      }
    }
  }
  return actions
}

/** Adds `[label]: destination` after the chapter's last line: the near ID, else a URL for the author to complete. */
function addDefinition(diagnostic: Diagnostic, text: string, starts: number[], label: string, destination: string, uri: string): CodeAction {
  const end = positionAt(starts, text.length)
  const separator = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n'
  return {
    title: `Add a link definition for \`[${label}]\``,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {changes: {[uri]: [{range: {start: end, end}, newText: `${separator}[${label}]: ${destination}\n`}]}},
  }
}
