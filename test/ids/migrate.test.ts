/**
 * Migration of a registry and a snapshot written before clauses (registry schema 1, export schema 1:
 * hashes and texts of each ID's labelled block alone): they keep working, the migration alone marks no ID
 * as changed, `check` says what happened, and the next release writes the current schema.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {diffParagraphs} from '../../src/diff/diff-specs.ts'
import {exportedParagraphs} from '../../src/export/paragraphs.ts'
import {sha256} from '../../src/model/text.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {parseRegistry} from '../../src/registry/registry-file.ts'
import {readSnapshot} from '../../src/release/snapshot.ts'
import {release} from '../../src/release/release.ts'
import {runTrace} from '../../src/trace/run-trace.ts'
import {check, oneChapterSpec, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const body = '# Main\n\nr[main.a]\nRule a.\n\nMore of a, never hashed before.\n\nr[main.b]\nRule b.\n\nr[main.c]\nRule c, edited.\n\n- and a list\n'

/** A registry and a snapshot as specmark wrote them before clauses, for release 1.0 of `body` with `main.c` reading "Rule c.". */
function legacyFiles(): Record<string, string> {
  const registry = [
    '# specmark rule-ID registry (schema 1: no schema line)',
    ...[
      ['main.a', 'Rule a.'],
      ['main.b', 'Rule b.'],
      ['main.c', 'Rule c.'],
    ].map(([id, text]) => `${id}\tactive\t1.0\t1.0\t${sha256(text!)}`),
    `main.gone\tretired:1.0\t0.9\t0.9\t${sha256('Gone.')}\tobsolete`,
  ].join('\n')
  const paragraph = (id: string, text: string, line: number) => ({
    id,
    status: 'active',
    chapter: 'main',
    chapterTitle: 'Main',
    section: 'main',
    sectionTitle: 'Main',
    kind: 'normative',
    blockKind: 'normative',
    type: 'paragraph',
    text,
    sha256: sha256(text),
    references: [],
    firstRelease: '1.0',
    lastChangedRelease: '1.0',
    changedSinceRelease: false,
    file: 'main.md',
    line,
  })
  const snapshot = {
    schemaVersion: 1,
    title: 'Test spec',
    version: '1.0',
    layout: 'specmark',
    paragraphs: [paragraph('main.a', 'Rule a.', 8), paragraph('main.b', 'Rule b.', 13), paragraph('main.c', 'Rule c.', 16)],
    withdrawn: [],
  }
  return {'registry.txt': `${registry}\n`, 'releases/1.0.json': `${JSON.stringify(snapshot, null, 2)}\n`}
}

describe('migrating a registry and snapshots written before clauses', () => {
  it('recomputes hashes from unchanged texts, so that only really changed IDs are changed', async () => {
    const root = await oneChapterSpec(body, legacyFiles())
    const model = await assembleModel(root, {cache: false})
    expect(model.registry?.migration).toEqual({from: 1, to: 2, recomputed: 2, changed: ['main.c']})
    const records = exportedParagraphs(model.spec, model.registry)
    expect(records.map((record) => [record.id, record.changedSinceRelease])).toEqual([
      ['main.a', false],
      ['main.b', false],
      ['main.c', true],
    ])
    expect(records[0]!.text).toBe('Rule a. More of a, never hashed before.')

    // `check` says what happened, at the registry.
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'registry-schema-outdated')).toEqual(['registry.txt:1:1'])
    expect(diagnostics.find((diagnostic) => diagnostic.code === 'registry-schema-outdated')!.reason).toContain('2 hashes recomputed from unchanged texts, 1 ID changed since release (`main.c`)')

    // The old snapshot is compared by the block it kept: only main.c changed.
    const snapshot = (await readSnapshot(root, '1.0'))!
    const diff = diffParagraphs(snapshot.paragraphs, records, model.registry)
    expect(diff.changes.map((change) => [change.id, change.status, change.facets, change.legacy])).toEqual([['main.c', 'kept', ['normative'], true]])
    const tests = await writeTree({'a.rs': '//@ reference: main.a\n//@ reference: main.c\n'})
    const trace = await runTrace(model, [tests], {since: '1.0'})
    expect(trace.suspects?.links.map((link) => link.id)).toEqual(['main.c'])
  })

  it('writes the current schema at the next release, which then reads without migration', async () => {
    const root = await oneChapterSpec(body, legacyFiles())
    const summary = await release(await assembleModel(root, {cache: false}), '2.0', {allowDirty: true})
    expect(summary).toMatchObject({added: [], changed: ['main.c'], unchanged: 2, migration: {from: 1, to: 2}})
    const text = await fs.readFile(path.join(root, 'registry.txt'), 'utf8')
    expect(text).toContain('# schema: 2\n')
    const registry = parseRegistry(text, 'registry.txt')
    expect(registry.schema).toBe(2)
    expect(registry.entries.get('main.a')).toMatchObject({changedRelease: '1.0', informativeSha256: null})
    expect(registry.entries.get('main.c')).toMatchObject({changedRelease: '2.0'})
    expect(registry.entries.get('main.gone')).toMatchObject({status: {kind: 'retired', release: '1.0', reason: 'obsolete'}})
    const reloaded = await assembleModel(root, {cache: false})
    expect(reloaded.registry?.migration).toBeUndefined()
    expect(positionsOf(await check(root), 'registry-schema-outdated')).toEqual([])
    // The changelog of 2.0 against the schema 1 snapshot of 1.0 names main.c only.
    const snapshot = (await readSnapshot(root, '2.0'))!
    expect(snapshot.schemaVersion).toBe(2)
    const diff = diffParagraphs((await readSnapshot(root, '1.0'))!.paragraphs, snapshot.paragraphs, reloaded.registry)
    expect(diff.changed.map((change) => change.id)).toEqual(['main.c'])
  })

  it('refuses a registry of an unknown schema, naming the line', async () => {
    const root = await oneChapterSpec(body, {'registry.txt': '# schema: 9\n'})
    await expect(assembleModel(root, {cache: false})).rejects.toThrow('registry.txt:1:1: unsupported registry schema `9`, expected 1 to 2')
  })
})
