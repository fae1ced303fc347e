/**
 * The paragraph-ID contract end to end: release records IDs; check enforces that released IDs stay,
 * are renamed or retired, and are never reused; rename and retire keep the registry and links in step.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {parseRegistry, serializeRegistry} from '../../src/registry/registry-file.ts'
import {release} from '../../src/release/release.ts'
import {check, chapter, outlineYaml, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const topics = [
  {id: 'one', prefix: 'one', file: 'one.md'},
  {id: 'two', prefix: 'two', file: 'two.md'},
]

async function releasedSpec(): Promise<string> {
  const root = await writeTree({
    'outline.yaml': outlineYaml(topics),
    'one.md': chapter('one', '# One\n\nr[one.intro]\nIntro of one.\n\nr[one.rule]\nA rule; see [two.rule] and [there](two.md#r-two.rule).\n'),
    'two.md': chapter('two', '# Two\n\nr[two.intro]\nIntro of two.\n\nr[two.rule]\nAnother rule.\n\n[alias]: two.rule\n'),
  })
  await release(await assembleModel(root, {cache: false}), '1.0')
  return root
}

const read = (root: string, file: string): Promise<string> => fs.readFile(path.join(root, file), 'utf8')

describe('release', () => {
  it('records every ID with its first release and hash, sorted, and keeps a snapshot', async () => {
    const root = await releasedSpec()
    const registry = parseRegistry(await read(root, 'registry.txt'), 'registry.txt')
    expect([...registry.entries.keys()]).toEqual(['one.intro', 'one.rule', 'two.intro', 'two.rule'])
    expect(registry.entries.get('one.rule')).toMatchObject({status: {kind: 'active'}, firstRelease: '1.0', changedRelease: '1.0'})
    const text = await read(root, 'registry.txt')
    expect(text.split('\n').filter((line) => !line.startsWith('#') && line !== '').map((line) => line.split('\t')[0])).toEqual(['one.intro', 'one.rule', 'two.intro', 'two.rule'])
    const snapshot = JSON.parse(await read(root, 'releases/1.0.json'))
    expect(snapshot.paragraphs.map((p: {id: string}) => p.id)).toEqual(['one.intro', 'one.rule', 'two.intro', 'two.rule'])
    expect(serializeRegistry(registry)).toBe(text)
  })

  it('marks changed text with the new release and never rewrites a release', async () => {
    const root = await releasedSpec()
    const file = path.join(root, 'two.md')
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('Another rule.', 'Another, stricter rule.'))
    const summary = await release(await assembleModel(root, {cache: false}), '1.1')
    expect(summary).toMatchObject({added: [], changed: ['two.rule'], unchanged: 3})
    const registry = parseRegistry(await read(root, 'registry.txt'), 'registry.txt')
    expect(registry.entries.get('two.rule')).toMatchObject({firstRelease: '1.0', changedRelease: '1.1'})
    await expect(release(await assembleModel(root, {cache: false}), '1.1')).rejects.toThrow('exists already')
  })
})

describe('check enforces the registry', () => {
  it('reports a released ID that vanished, naming the fix', async () => {
    const root = await releasedSpec()
    const file = path.join(root, 'one.md')
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('r[one.rule]\n', 'r[one.other]\n'))
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'released-id-vanished')).toEqual(['registry.txt:8:1'])
    const vanished = diagnostics.find((d) => d.code === 'released-id-vanished')!
    expect(vanished.reason).toContain('`one.rule` (released in 1.0, last in one.md)')
    expect(vanished.hint).toContain('specmark ids retire one.rule')
  })

  it('reports a retired ID that reappears and a renamed ID that is redefined', async () => {
    const root = await releasedSpec()
    await retireId(await assembleModel(root, {cache: false}), 'one.intro', 'merged into the chapter intro')
    await renameId(await assembleModel(root, {cache: false}), 'two.intro', 'two.overview')
    // The retired rule's paragraph lost its label: the author now deletes it or makes it a note.
    expect((await check(root)).map((d) => d.code)).toEqual(['missing-rule-id'])
    for (const [file, id] of [['one.md', 'one.intro'], ['two.md', 'two.intro']] as const) {
      const absolute = path.join(root, file)
      await fs.writeFile(absolute, `${await fs.readFile(absolute, 'utf8')}\nr[${id}]\nBack again.\n`)
    }
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'withdrawn-id-redefined')).toEqual(['one.md:13:1', 'two.md:16:1'])
    expect(diagnostics.map((d) => d.reason).join('\n')).toMatch(/retired in unreleased \(merged into the chapter intro\)[\s\S]*renamed to `two.overview`/)
  })
})

describe('ids rename', () => {
  it('renames the label, every link and anchor, and keeps the old ID as an alias', async () => {
    const root = await releasedSpec()
    const before = {one: await read(root, 'one.md'), two: await read(root, 'two.md')}
    const result = await renameId(await assembleModel(root, {cache: false}), 'two.rule', 'two.strict')
    expect(result).toMatchObject({links: 3, registryUpdated: true})
    expect(await read(root, 'one.md')).toBe(before.one.replace('[two.rule]', '[two.strict]').replace('#r-two.rule', '#r-two.strict'))
    expect(await read(root, 'two.md')).toBe(before.two.replace('r[two.rule]', 'r[two.strict]').replace('[alias]: two.rule', '[alias]: two.strict'))
    const registry = parseRegistry(await read(root, 'registry.txt'), 'registry.txt')
    expect(registry.entries.get('two.rule')!.status).toEqual({kind: 'renamed', to: 'two.strict'})
    expect(await check(root)).toEqual([])
  })

  it('refuses a released, defined or malformed new ID', async () => {
    const root = await releasedSpec()
    const model = await assembleModel(root, {cache: false})
    await expect(renameId(model, 'one.rule', 'two.rule')).rejects.toThrow('already defined')
    await expect(renameId(model, 'one.rule', 'Bad Id')).rejects.toThrow('not a well-formed rule ID')
    await retireId(model, 'two.intro', 'gone')
    await expect(renameId(await assembleModel(root, {cache: false}), 'one.rule', 'two.intro')).rejects.toThrow('can never be reused')
  })
})

describe('ids retire', () => {
  it('removes only the label line and records the reason until the next release names it', async () => {
    const root = await releasedSpec()
    const before = await read(root, 'one.md')
    await retireId(await assembleModel(root, {cache: false}), 'one.intro', 'superseded')
    expect(await read(root, 'one.md')).toBe(before.replace('r[one.intro]\n', ''))
    await release(await assembleModel(root, {cache: false}), '2.0')
    const registry = parseRegistry(await read(root, 'registry.txt'), 'registry.txt')
    expect(registry.entries.get('one.intro')!.status).toEqual({kind: 'retired', release: '2.0', reason: 'superseded'})
  })
})
