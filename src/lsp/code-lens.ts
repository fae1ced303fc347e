/**
 * Language server, code lens: above every rule label, how many places link to the rule and how many test
 * files cite it (from the test folders the server was given; see `TestCitations`). The lens's command,
 * `specmark.showReferences`, is the client's to run (the VS Code extension opens the references view); a
 * client without it still shows the counts.
 */
import type {CodeLens, Location} from 'vscode-languageserver'
import {counted} from '../diagnostics/format.ts'
import {toLocation, toRange} from './positions.ts'
import {labelIdSpan} from './symbol-at.ts'
import {usesOf} from './symbol-locations.ts'
import type {Snapshot} from './workspace.ts'

/** Test files citing each rule ID, by ID (null when no test folders are configured). */
export type TestsById = Map<string, string[]> | null

export function codeLenses(snapshot: Snapshot, file: string, tests: TestsById): CodeLens[] {
  const chapter = snapshot.chapters.get(file)
  if (!chapter) return []
  const contentRoot = snapshot.model.project.contentRoot
  const lenses: CodeLens[] = []
  for (const block of chapter.blocks) {
    if (block.ruleId === null || block.labelPosition === null) continue
    const span = labelIdSpan(block.labelPosition, block.ruleId)
    const range = toRange(span)
    const uses: Location[] = usesOf(snapshot, {kind: 'rule', id: block.ruleId}).map((use) => toLocation(contentRoot, use))
    const uri = toLocation(contentRoot, span).uri
    lenses.push({range, command: {title: counted(uses.length, 'reference'), command: 'specmark.showReferences', arguments: [uri, range.start, uses]}})
    if (tests) {
      const citing = tests.get(block.ruleId) ?? []
      lenses.push({range, command: {title: counted(citing.length, 'citing test'), command: 'specmark.showTests', arguments: [block.ruleId, citing]}})
    }
  }
  return lenses
}
