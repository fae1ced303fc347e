/**
 * The language server's model is assembled exactly as every command's (`modelFromDrafts`): on our own
 * spec/, which has interop data views, its diagnostics are `check`'s — no false `unknown-data-view`.
 * A changed file that a chapter includes (`{{#include}}`) updates that chapter, and its diagnostics stay
 * `check`'s.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {Workspace} from '../../src/lsp/workspace.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

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

  it('parses again the chapters including a changed file', async () => {
    const root = await writeTree({
      'book.toml': '[book]\ntitle = "Includes"\n',
      'src/SUMMARY.md': '# Summary\n\n- [One](one.md)\n- [Two](two.md)\n',
      'src/one.md': '# One\n\nr[one.intro]\n{{#include part.md}}\n',
      'src/two.md': '# Two\n\nr[two.intro]\nTwo.\n',
      'src/part.md': 'Part links to [one.intro].\n',
    })
    const workspace = await Workspace.open(root, {cache: false, denyWarnings: false})
    const text = (): string => workspace.snapshot().chapters.get('one.md')!.blocks.map((block) => block.text).join(' ')
    expect(text()).toContain('Part links to')
    const part = path.join(root, 'src/part.md')
    expect(workspace.includersOf(part)).toEqual(['one.md'])
    expect(workspace.includersOf(path.join(root, 'src/two.md'))).toEqual([])

    await fs.writeFile(part, 'Part now links to [one.nowhere].\n')
    expect(await workspace.includedFileChanged(part)).toEqual(['one.md'])
    expect(text()).toContain('Part now links to')
    const diagnostics = workspace.snapshot().diagnostics
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('unresolved-rule-link')
    expect(diagnostics).toEqual(runCheck(await assembleModel(root, {cache: false})))
  })

  it('parses again a chapter whose nested include names a missing file, once that file appears', async () => {
    const root = await writeTree({
      'book.toml': '[book]\ntitle = "Includes"\n',
      'src/SUMMARY.md': '# Summary\n\n- [One](one.md)\n',
      'src/one.md': '# One\n\nr[one.intro]\n{{#include part.txt}}\n',
      'src/part.txt': '{{#include parts/inner.txt}}\n',
    })
    const workspace = await Workspace.open(root, {cache: false, denyWarnings: false})
    const inner = path.join(root, 'src/parts/inner.txt')
    // The chapter read part.txt and named parts/inner.txt, which does not exist yet: both are watched.
    expect(workspace.includersOf(path.join(root, 'src/part.txt'))).toEqual(['one.md'])
    expect(workspace.includersOf(inner)).toEqual(['one.md'])
    await fs.mkdir(path.dirname(inner), {recursive: true})
    await fs.writeFile(inner, 'The inner part.\n')
    expect(await workspace.includedFileChanged(inner)).toEqual(['one.md'])
    expect(workspace.snapshot().chapters.get('one.md')!.blocks.map((block) => block.text).join(' ')).toContain('The inner part.')
  })
})
