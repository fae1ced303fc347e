/** What the site shows of the ID registry: where every ID resolves, and the changelog of each release. */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {withdrawnIds} from '../../src/export/paragraphs.ts'
import {renameId} from '../../src/ids/rename.ts'
import {describeSymbol} from '../../src/lsp/hover.ts'
import {labelIdSpan} from '../../src/lsp/symbol-at.ts'
import {definitionOf} from '../../src/lsp/symbol-locations.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {releaseChangelogs} from '../../src/release/changelog.ts'
import {registryLookup, resolveId} from '../../src/registry/id-resolution.ts'
import {release} from '../../src/release/release.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

async function history() {
  const root = await oneChapterSpec('# Main\n\nr[main.intro]\nIntro.\n\nr[main.a]\nRule a.\n\nr[main.b]\nRule b.\n')
  const load = () => assembleModel(root, {cache: false})
  await release(await load(), '1.0')
  await renameId(await load(), 'main.a', 'main.a2')
  await release(await load(), '1.1')
  await renameId(await load(), 'main.a2', 'main.a3')
  await retireId(await load(), 'main.b', 'folded into main.intro')
  const file = path.join(root, 'main.md')
  await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Rule b.', '').replace('Intro.', 'Intro, now with b.'))
  await release(await load(), '2.0')
  return {root, model: await load()}
}

describe('registry history', () => {
  it('resolves every ID ever released: active, renamed through a chain, retired', async () => {
    const {model} = await history()
    const lookup = registryLookup(model.registry, (id) => id in model.spec.rules)
    expect(resolveId('main.a', lookup)).toEqual({kind: 'current', id: 'main.a3', via: ['main.a', 'main.a2']})
    expect(resolveId('main.a2', lookup)).toEqual({kind: 'current', id: 'main.a3', via: ['main.a2']})
    expect(resolveId('main.b', lookup)).toEqual({kind: 'retired', id: 'main.b', release: '2.0', reason: 'folded into main.intro', via: []})
    expect(resolveId('main.intro', lookup)).toEqual({kind: 'current', id: 'main.intro', via: []})
    expect(resolveId('main.never', lookup)).toEqual({kind: 'unknown', id: 'main.never', via: []})

    // The exports and the language server resolve through the same resolver.
    expect(withdrawnIds(model.registry).map((entry) => [entry.id, entry.status, entry.to])).toEqual([
      ['main.a', 'renamed', 'main.a3'],
      ['main.a2', 'renamed', 'main.a3'],
      ['main.b', 'retired', null],
    ])
    const snapshot = {model, diagnostics: [], chapters: new Map()}
    expect(definitionOf(snapshot, {kind: 'rule', id: 'main.a'})).toEqual(labelIdSpan(model.spec.rules['main.a3']!.position, 'main.a3'))
    expect(definitionOf(snapshot, {kind: 'rule', id: 'main.b'})).toBeNull()
    expect(describeSymbol(snapshot, {kind: 'rule', id: 'main.a'})).toContain('`main.a`** was renamed: it is now `main.a3`')
    expect(describeSymbol(snapshot, {kind: 'rule', id: 'main.b'})).toContain('retired in release 2.0: folded into main.intro')
    expect(describeSymbol(snapshot, {kind: 'rule', id: 'main.never'})).toContain('no rule has this ID')
  })

  it('stops at a cycle of renames', () => {
    const status = new Map([['a', {kind: 'renamed' as const, to: 'b'}], ['b', {kind: 'renamed' as const, to: 'a'}]])
    expect(resolveId('a', {isCurrent: () => false, status: (id) => status.get(id)})).toEqual({kind: 'unknown', id: 'a', via: ['a', 'b']})
  })

  it('computes a changelog per release from the snapshots', async () => {
    const {root, model} = await history()
    const changelogs = await releaseChangelogs(root, model.registry)
    expect(changelogs.map((changelog) => [changelog.version, changelog.previous])).toEqual([['2.0', '1.1'], ['1.1', '1.0'], ['1.0', null]])
    const [v2, v11, v1] = changelogs
    expect(v1!.diff.added.map((item) => item.id)).toEqual(['main.intro', 'main.a', 'main.b'])
    expect(v11!.diff.renamed).toEqual([{id: 'main.a', to: 'main.a2', changed: false, via: 'registry'}])
    expect(v2!.retired).toEqual([{id: 'main.b', reason: 'folded into main.intro'}])
    expect(v2!.diff.removed).toEqual([])
    expect(v2!.diff.changed.map((item) => [item.id, item.diff])).toEqual([['main.intro', 'Intro{+, now with b+}.']])
  })
})
