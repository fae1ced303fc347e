/**
 * The language server's rename takes the same path as `specmark ids rename` (issue 20): the interop
 * data's `normative_refs` are part of the edit, and a pending journal of an interrupted rewrite refuses it.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {renameEdit} from '../../src/lsp/rename.ts'
import type {Snapshot} from '../../src/lsp/workspace.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

const spec = (): Promise<string> =>
  oneChapterSpec('# Main\n\nr[main.intro]\nThe intro; see [main.a].\n\nr[main.a]\nA.\n', {
    'interop/data/constructs.yaml': 'constructs:\n  - id: x\n    name: X\n    category: types\n    description: D.\n    normative_refs: [main.a]\n',
  })

describe('rename in the language server', () => {
  it('renames the interop data too', async () => {
    const root = await spec()
    const snapshot = {model: await assembleModel(root, {cache: false})} as unknown as Snapshot
    const edit = await renameEdit(snapshot, 'main.a', 'main.b')
    const yaml = Object.entries(edit.changes!).find(([uri]) => uri.endsWith('/interop/data/constructs.yaml'))
    expect(yaml?.[1]).toEqual([{range: {start: {line: 5, character: 21}, end: {line: 5, character: 27}}, newText: 'main.b'}])
  })

  it('is refused while an interrupted rewrite is pending', async () => {
    const root = await spec()
    const snapshot = {model: await assembleModel(root, {cache: false})} as unknown as Snapshot
    await fs.writeFile(path.join(root, '.specmark-journal.json'), JSON.stringify({version: 1, state: 'committed', command: 'ids assign', pid: 0, entries: []}))
    await expect(renameEdit(snapshot, 'main.a', 'main.b')).rejects.toThrow('an interrupted `ids assign` is pending; run `specmark ids recover` first')
  })
})
