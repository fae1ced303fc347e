/**
 * The language server's model is assembled exactly as every command's (`modelFromDrafts`): on our own
 * spec/, which has interop data views, its diagnostics are `check`'s — no false `unknown-data-view`.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {Workspace} from '../../src/lsp/workspace.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'

const SPEC = path.resolve(import.meta.dirname, '../../spec')

describe('the language server workspace', () => {
  it('reports check’s diagnostics on spec/, data views included', async () => {
    const workspace = await Workspace.open(SPEC, {cache: false, denyWarnings: false})
    const snapshot = workspace.snapshot()
    const expected = runCheck(await assembleModel(SPEC, {cache: false}))
    expect(snapshot.model.interop).not.toBeNull()
    expect(snapshot.diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-data-view')).toEqual([])
    expect(snapshot.diagnostics).toEqual(expected)
  }, 60_000)
})
