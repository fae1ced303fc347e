/**
 * Every change classified per clause, with the examples as regressions: a rename with an edit is
 * both; a retargeted link is a change; renaming a rule marks neither the clauses linking to it nor itself
 * as changed (in `diff`, `release`, exports, `trace --since` and the site's "changed in"); an edit to a
 * note is an informative change; a retired ID carries its reason.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {classifyChanges} from '../../src/diff/classify.ts'
import {diffParagraphs, formatDiffText} from '../../src/diff/diff-specs.ts'
import {exportedParagraphs} from '../../src/export/paragraphs.ts'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {releaseChangelogs} from '../../src/release/changelog.ts'
import {release} from '../../src/release/release.ts'
import {changelogData} from '../../src/render/changelog-data.ts'
import {runTrace} from '../../src/trace/run-trace.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const files = {
  'outline.yaml': outlineYaml([
    {id: 'one', prefix: 'one', file: 'one.md'},
    {id: 'two', prefix: 'two', file: 'two.md'},
  ]),
  'one.md': chapter(
    'one',
    '# One\n\nr[one.borrowck]\nThe borrow checker.\n\nr[one.unsafeck]\nThe unsafety checker.\n\nr[one.linker]\nChecked by the [borrow checker][one.borrowck].\n\nr[one.noted]\nA rule with a note.\n\n> [!NOTE]\n> The note.\n\nr[one.gone]\nTo retire.\n'
  ),
  'two.md': chapter('two', '# Two\n\nr[two.path]\nA path pattern.\n\nr[two.user]\nSee [path patterns][two.path] and\n[the same][two.path].\n'),
}

async function released(): Promise<string> {
  const root = await writeTree(files)
  await release(await assembleModel(root, {cache: false}), '1.0', {allowDirty: true})
  return root
}

async function edit(root: string, file: string, from: string | RegExp, to: string): Promise<void> {
  const full = path.join(root, file)
  const text = await fs.readFile(full, 'utf8')
  const next = text.replace(from, to)
  expect(next).not.toBe(text)
  await fs.writeFile(full, next)
}

async function diffAgainst(root: string) {
  const model = await assembleModel(root, {cache: false})
  const before = (await releaseChangelogs(root, model.registry)).at(-1)!
  expect(before.version).toBe('1.0')
  const snapshot = JSON.parse(await fs.readFile(path.join(root, 'releases/1.0.json'), 'utf8'))
  return {model, diff: diffParagraphs(snapshot.paragraphs, exportedParagraphs(model.spec, model.registry), model.registry)}
}

describe('change classification', () => {
  it('reports a rename with an edit as renamed and changed, everywhere', async () => {
    const root = await released()
    await renameId(await assembleModel(root, {cache: false}), 'two.path', 'two.path-pattern', {allowDirty: true})
    await edit(root, 'two.md', 'A path pattern.', 'A path pattern, resolved.')
    const {diff} = await diffAgainst(root)
    expect(diff.renamed).toEqual([{id: 'two.path', to: 'two.path-pattern', via: 'registry', changed: true}])
    expect(diff.changed).toEqual([expect.objectContaining({id: 'two.path-pattern', renamedFrom: 'two.path', diff: 'A path pattern{+, resolved+}.'})])
    expect(formatDiffText(diff)).toContain('> two.path -> two.path-pattern  (and changed, below)')
    // The clause linking to it only saw the rename: no change.
    expect(diff.changes.map((change) => change.id)).toEqual(['two.path-pattern'])

    const summary = await release(await assembleModel(root, {cache: false}), '2.0', {allowDirty: true})
    expect(summary).toMatchObject({added: [], renamed: [{id: 'two.path-pattern', from: 'two.path'}], changed: ['two.path-pattern']})
    const model = await assembleModel(root, {cache: false})
    const [latest] = changelogData(await releaseChangelogs(root, model.registry))
    expect(latest!.renamed).toEqual([{id: 'two.path', to: 'two.path-pattern', changed: true}])
    expect(latest!.changed.map((item) => [item.id, item.renamedFrom])).toEqual([['two.path-pattern', 'two.path']])
  })

  it('reports a retargeted link with the same text', async () => {
    // `[borrow checker][borrowck.intro]` → `[borrow checker][unsafeck.intro]`.
    const root = await released()
    await edit(root, 'one.md', '[borrow checker][one.borrowck]', '[borrow checker][one.unsafeck]')
    const {diff, model} = await diffAgainst(root)
    expect(diff.changed).toEqual([])
    expect(diff.retargeted).toEqual([{id: 'one.linker', chapter: 'one', section: 'one', removed: ['rule:one.borrowck'], added: ['rule:one.unsafeck']}])
    expect(formatDiffText(diff)).toContain('links retargeted (1):\n  @ one.linker  (one#one)\n      [-rule:one.borrowck-] {+rule:one.unsafeck+}')
    // What is cited changed: its tests are suspect, and the next release records a change.
    const tests = await writeTree({'linker.rs': '//@ reference: one.linker\n'})
    const trace = await runTrace(model, [tests], {since: '1.0'})
    expect(trace.suspects?.links.map((link) => [link.id, link.facets])).toEqual([['one.linker', ['links']]])
    expect((await release(model, '2.0', {allowDirty: true})).changed).toEqual(['one.linker'])
  })

  it('marks neither the linkers of a renamed rule nor the rule itself as changed', async () => {
    // Renaming `pat.path` marked every paragraph linking to it as changed and suspect.
    const root = await released()
    await renameId(await assembleModel(root, {cache: false}), 'two.path', 'two.path-pattern', {allowDirty: true})
    expect(await fs.readFile(path.join(root, 'two.md'), 'utf8')).toContain('[path patterns][two.path-pattern]')
    const {diff, model} = await diffAgainst(root)
    expect(diff.changes.map((change) => [change.id, change.status, change.facets])).toEqual([['two.path-pattern', 'renamed', []]])
    expect(exportedParagraphs(model.spec, model.registry).filter((record) => record.changedSinceRelease)).toEqual([])
    const tests = await writeTree({'user.rs': '//@ reference: two.user\n//@ reference: two.path-pattern\n'})
    expect((await runTrace(model, [tests], {since: '1.0'})).suspects?.links).toEqual([])
    // The renamed clause was last changed in 1.0, before and after the next release.
    const resolution = (l: typeof model) => exportedParagraphs(l.spec, l.registry).find((item) => item.id === 'two.path-pattern')
    expect(resolution(model)).toMatchObject({firstRelease: '1.0', lastChangedRelease: '1.0', changedSinceRelease: false})
    const summary = await release(model, '2.0', {allowDirty: true})
    expect(summary).toMatchObject({changed: [], added: [], renamed: [{id: 'two.path-pattern', from: 'two.path'}]})
    expect(resolution(await assembleModel(root, {cache: false}))).toMatchObject({firstRelease: '1.0', lastChangedRelease: '1.0'})
  })

  it('reports a change to a note as informative, which changes no cited hash', async () => {
    const root = await released()
    await edit(root, 'one.md', '> The note.', '> The better note.')
    const {diff, model} = await diffAgainst(root)
    expect(diff.changed).toEqual([])
    expect(diff.informative).toEqual([expect.objectContaining({id: 'one.noted', before: 'The note.', after: 'The better note.', diff: 'The {+better +}note.'})])
    expect(exportedParagraphs(model.spec, model.registry).find((record) => record.id === 'one.noted')!.changedSinceRelease).toBe(false)
    expect(await release(model, '2.0', {allowDirty: true})).toMatchObject({changed: [], informativeChanged: ['one.noted']})
  })

  it('reports moves, and retirements with their reason', async () => {
    const root = await released()
    await retireId(await assembleModel(root, {cache: false}), 'one.gone', 'folded into one.noted', {allowDirty: true})
    await edit(root, 'one.md', 'To retire.\n', '')
    await edit(root, 'one.md', 'r[one.unsafeck]\nThe unsafety checker.\n\n', '')
    await fs.appendFile(path.join(root, 'two.md'), '\nr[one.unsafeck]\nThe unsafety checker.\n')
    const {diff} = await diffAgainst(root)
    expect(diff.retired).toEqual([{id: 'one.gone', chapter: 'one', section: 'one', release: 'unreleased', reason: 'folded into one.noted'}])
    expect(diff.moved).toEqual([{id: 'one.unsafeck', from: {chapter: 'one', section: 'one'}, to: {chapter: 'two', section: 'two'}}])
    expect(diff.removed).toEqual([])
  })

  it('is a pure function of clause records, for callers with their own records', () => {
    const record = (id: string, text: string, links: string[] = []) => ({id, chapter: 'c', section: null, kind: 'normative' as const, text, links, sha256: `${text}|${links.join()}`})
    const changes = classifyChanges([record('a', 'A.'), record('b', 'B.', ['rule:a']), record('c', 'C.')], [record('a2', 'A.'), record('b', 'B.', ['rule:a2']), record('d', 'D.')])
    expect(changes.map((change) => [change.id, change.status, change.previousId, change.facets])).toEqual([
      ['a2', 'renamed', 'a', []],
      ['b', 'kept', 'b', []],
      ['d', 'added', 'd', []],
      ['c', 'removed', 'c', []],
    ])
  })
})
