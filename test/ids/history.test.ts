/** What the site shows of the ID registry: where every ID resolves, and the changelog of each release. */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {releaseChangelogs} from '../../src/registry/changelog.ts'
import {resolveAllIds} from '../../src/registry/id-resolution.ts'
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
  return {root, loaded: await load()}
}

describe('registry history', () => {
  it('resolves every ID ever released: active, renamed through a chain, retired', async () => {
    const {loaded} = await history()
    const byId = Object.fromEntries(resolveAllIds(loaded.spec, loaded.registry).map((resolution) => [resolution.id, resolution]))
    expect(byId['main.a']).toEqual({id: 'main.a', kind: 'renamed', to: 'main.a2', resolvesTo: 'main.a3', chapter: 'main', anchor: 'r-main.a3'})
    expect(byId['main.a2']).toMatchObject({kind: 'renamed', resolvesTo: 'main.a3'})
    expect(byId['main.b']).toEqual({id: 'main.b', kind: 'retired', release: '2.0', reason: 'folded into main.intro', firstRelease: '1.0'})
    expect(byId['main.intro']).toMatchObject({kind: 'active', firstRelease: '1.0', lastChangedRelease: '2.0'})
    expect(byId['main.a3']).toMatchObject({kind: 'active', firstRelease: '2.0'})
  })

  it('computes a changelog per release from the snapshots', async () => {
    const {root, loaded} = await history()
    const changelogs = await releaseChangelogs(root, loaded.registry)
    expect(changelogs.map((changelog) => [changelog.version, changelog.previous])).toEqual([['2.0', '1.1'], ['1.1', '1.0'], ['1.0', null]])
    const [v2, v11, v1] = changelogs
    expect(v1!.diff.added.map((item) => item.id)).toEqual(['main.intro', 'main.a', 'main.b'])
    expect(v11!.diff.renamed).toEqual([{id: 'main.a', to: 'main.a2', via: 'registry'}])
    expect(v2!.retired).toEqual([{id: 'main.b', reason: 'folded into main.intro'}])
    expect(v2!.diff.removed).toEqual([])
    expect(v2!.diff.changed.map((item) => [item.id, item.diff])).toEqual([['main.intro', 'Intro{+, now with b+}.']])
  })
})
