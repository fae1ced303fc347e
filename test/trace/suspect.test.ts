/**
 * Suspect links and the registry: after a release, a cited paragraph whose text changed is listed with a
 * word diff; a citation of a renamed ID counts for its new ID (a warning), one of a retired ID is an
 * error; `--since` a release without a snapshot is an input error.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {indexSpec} from '../../src/trace/cited-ids.ts'
import {traceCoverage} from '../../src/trace/coverage.ts'
import {runTrace} from '../../src/trace/run-trace.ts'
import {findSuspects} from '../../src/trace/suspect.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const body = '# Main\n\nr[main.cond]\nThe condition must have type `bool`.\n\nr[main.else]\nThe else branch is optional.\n\nr[main.old]\nAn old rule.\n\nr[main.gone]\nA rule to retire.\n'

async function releasedProject(): Promise<{root: string; tests: string}> {
  const root = await writeTree({'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]), 'main.md': chapter('main', body)})
  await release(await assembleModel(root, {cache: false}), '0.1.0')
  const tests = await writeTree({
    'cond.rs': '//@ reference: main.cond\n',
    'else.rs': '//@ reference: main.else\n//@ reference: main.cond\n',
    'old.rs': '//@ reference: main.old\n',
    'gone.rs': '//@ reference: main.gone\n',
  })
  return {root, tests}
}

describe('suspect links', () => {
  it('lists the tests citing paragraphs changed since a release, with a word diff', async () => {
    const {root, tests} = await releasedProject()
    await fs.writeFile(path.join(root, 'main.md'), chapter('main', body.replace('must have', 'shall have')))
    const result = await runTrace(await assembleModel(root, {cache: false}), [tests], {since: '0.1.0'})
    expect(result.suspects).toEqual({
      since: '0.1.0',
      links: [
        {
          id: 'main.cond',
          chapter: 'main',
          releasedAs: 'main.cond',
          tests: ['cond.rs', 'else.rs'],
          facets: ['normative'],
          before: 'The condition must have type bool.',
          after: 'The condition shall have type bool.',
          diff: 'The condition [-must-]{+shall+} have type bool.',
        },
      ],
      reviewed: [],
    })
  })

  it('follows renames: the citation counts for the new ID and its text is compared with the old one', async () => {
    const {root, tests} = await releasedProject()
    await renameId(await assembleModel(root, {cache: false}), 'main.old', 'main.new', {allowDirty: true})
    await retireId(await assembleModel(root, {cache: false}), 'main.gone', 'folded into main.else', {allowDirty: true})
    await fs.writeFile(path.join(root, 'main.md'), (await fs.readFile(path.join(root, 'main.md'), 'utf8')).replace('An old rule.', 'An older rule.').replace('A rule to retire.\n', ''))
    const model = await assembleModel(root, {cache: false})
    const result = await runTrace(model, [tests], {since: '0.1.0'})
    const {report} = result
    expect(report.renamed).toEqual([{id: 'main.old', file: 'old.rs', line: 1, column: 16, to: 'main.new'}])
    expect(report.paragraphs.find((paragraph) => paragraph.id === 'main.new')?.tests).toEqual(['old.rs'])
    expect(report.unknown).toEqual([
      {id: 'main.gone', file: 'gone.rs', line: 1, column: 16, retired: {release: 'unreleased', reason: 'folded into main.else'}},
    ])
    expect(report.diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.code}`)).toEqual(['error retired-rule-cited', 'warning renamed-rule-cited'])
    expect(result.suspects?.links.map((link) => [link.id, link.releasedAs, link.diff])).toEqual([['main.new', 'main.old', 'An [-old-]{+older+} rule.']])
  })

  it('reports a citation of an ID renamed and then retired as retired', async () => {
    const {root, tests} = await releasedProject()
    await renameId(await assembleModel(root, {cache: false}), 'main.old', 'main.new', {allowDirty: true})
    await release(await assembleModel(root, {cache: false}), '0.2.0')
    await retireId(await assembleModel(root, {cache: false}), 'main.new', 'no longer true', {allowDirty: true})
    const {report} = await runTrace(await assembleModel(root, {cache: false}), [tests])
    expect(report.unknown.find((entry) => entry.id === 'main.old')).toEqual({
      id: 'main.old',
      file: 'old.rs',
      line: 1,
      column: 16,
      retired: {release: 'unreleased', reason: 'no longer true'},
    })
    expect(report.diagnostics.find((diagnostic) => diagnostic.place?.file.endsWith('old.rs'))?.hint).toBe(
      'retired since the last release (no longer true); cite the paragraphs that replace it'
    )
  })

  it('lists nothing when no cited text changed, and is pure over any source of released texts', async () => {
    const {root, tests} = await releasedProject()
    const model = await assembleModel(root, {cache: false})
    expect((await runTrace(model, [tests], {since: '0.1.0'})).suspects?.links).toEqual([])
    const index = indexSpec(model.spec)
    const report = traceCoverage(model.spec, (await runTrace(model, [tests])).citations, {index})
    const record = {id: 'main.else', chapter: 'main', section: 'main', kind: 'normative' as const, text: 'Else was mandatory.', links: [], sha256: '0'.repeat(64)}
    const released = {version: 'x', paragraphs: new Map([['main.else', record]])}
    expect(findSuspects(report, index, released).map((link) => `${link.id}: ${link.diff}`)).toEqual([
      'main.else: [-Else-]{+The+} [-was-]{+else+} [-mandatory-]{+branch is optional+}.',
    ])
  })

  it('refuses a release without a snapshot, naming the ones there are', async () => {
    const {root, tests} = await releasedProject()
    await expect(runTrace(await assembleModel(root, {cache: false}), [tests], {since: '9.9'})).rejects.toThrow(
      'no snapshot of release `9.9` (releases/9.9.json), expected one of: `0.1.0`'
    )
  })
})
