/**
 * `specmark citations check` on a small spec through its life: release 1.0, every kind of change, release
 * 1.1, then citations of 1.0 checked against 1.1 (`--to`) and against the sources as they are.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {specmark} from '../helpers/run-cli.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const files = {
  'outline.yaml': outlineYaml([
    {id: 'one', prefix: 'one', file: 'one.md'},
    {id: 'two', prefix: 'two', file: 'two.md'},
  ]),
  'one.md': chapter('one', '# One\n\nr[one.same]\nStays.\n\nr[one.edit]\nThe old wording.\n\nr[one.move]\nMoves to two.\n\nr[one.rename]\nIs renamed.\n\nr[one.gone]\nIs retired.\n'),
  'two.md': chapter('two', '# Two\n\nr[two.intro]\nIntro.\n'),
}

describe('specmark citations check', () => {
  let root: string
  let citations: string
  const load = (): ReturnType<typeof assembleModel> => assembleModel(root, {cache: false})

  beforeAll(async () => {
    root = await writeTree(files)
    await release(await load(), '1.0', {allowDirty: true})
    const snapshot = JSON.parse(await fs.readFile(path.join(root, 'releases/1.0.json'), 'utf8')) as {paragraphs: Array<{id: string; sha256: string}>}
    citations = path.join(root, 'citations.txt')
    await fs.writeFile(citations, `${snapshot.paragraphs.map((p) => `1.0 ${p.id} ${p.sha256.slice(0, 8)}`).join('\n')}\n1.0 one.never\n`)
    const one = path.join(root, 'one.md')
    await fs.writeFile(one, (await fs.readFile(one, 'utf8')).replace('The old wording.', 'The new wording.').replace('r[one.move]\nMoves to two.\n\n', ''))
    await fs.appendFile(path.join(root, 'two.md'), '\nr[one.move]\nMoves to two.\n')
    await renameId(await load(), 'one.rename', 'one.renamed', {allowDirty: true})
    await retireId(await load(), 'one.gone', 'said nothing', {allowDirty: true})
    // Its text goes too: kept, it would join the clause before it (one.renamed), which would then change.
    await fs.writeFile(one, (await fs.readFile(one, 'utf8')).replace('Is retired.\n', ''))
    await release(await load(), '1.1', {allowDirty: true})
  }, 60_000)

  it('reports each citation against a later release, and exits 1', async () => {
    const result = await specmark('citations', 'check', citations, '--to', '1.1', '--root', root, '--format', 'json')
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as {target: string; results: Array<{citation: {id: string}; status: string; holds: boolean; diff?: string; currentId: string | null}>}
    expect(report.target).toBe('1.1')
    expect(report.results.map((item) => [item.citation.id, item.status, item.holds])).toEqual([
      ['one.same', 'unchanged', true],
      ['one.edit', 'normative-changed', false],
      ['one.move', 'moved', true],
      ['one.rename', 'renamed', true],
      ['one.gone', 'retired', false],
      ['two.intro', 'unchanged', true],
      ['one.never', 'unknown-id', false],
    ])
    expect(report.results[1]!.diff).toBe('The [-old-]{+new+} wording.')
    expect(report.results[3]!.currentId).toBe('one.renamed')
  })

  it('checks against the sources by default, in text, and exits 0 when all hold', async () => {
    const text = await specmark('citations', 'check', citations, '--root', root)
    expect(text.stdout).toContain('Citations checked against 1.1:')
    expect(text.stdout).toContain('FAIL 1.0 [one.gone] #')
    expect(text.stdout).toContain(': retired: retired in 1.1: said nothing')
    const holding = path.join(root, 'holding.json')
    await fs.writeFile(holding, JSON.stringify([{version: '1.1', id: 'one.same'}, {version: '1.1', id: 'one.renamed'}]))
    expect((await specmark('citations', 'check', holding, '--root', root)).code).toBe(0)
    const missing = await specmark('citations', 'check', path.join(root, 'nope.txt'), '--root', root)
    expect([missing.code, missing.stderr.trim()]).toEqual([2, `specmark: error: cannot read ${path.join(root, 'nope.txt')}: ENOENT`])
  })
})
