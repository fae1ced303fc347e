/**
 * Versions come from the releases: right after `release 1.0` every export says 1.0; once a clause differs
 * from the newest release, "unreleased (since 1.0)". `diff` compares releases by name, with the working
 * tree by default, and across several releases at once, following rename chains.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadDiffSide} from '../../src/pipeline/diff-sides.ts'
import {diffParagraphs} from '../../src/diff/diff-specs.ts'
import {renameId} from '../../src/ids/rename.ts'
import {retireId} from '../../src/ids/retire.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {specmark} from '../helpers/run-cli.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const files = {
  'outline.yaml': outlineYaml([{id: 'one', prefix: 'one', file: 'one.md'}]),
  'one.md': chapter('one', '# One\n\nr[one.intro]\nIntro.\n\nr[one.edit]\nThe old wording of a rule.\n\nr[one.first]\nRenamed twice.\n'),
}

const load = (root: string) => assembleModel(root, {cache: false})
const exportedVersion = async (root: string): Promise<string> => (await load(root)).spec.version

async function cli(root: string, ...args: string[]): Promise<string> {
  const result = await specmark(...args, '--root', root)
  if (result.code !== 0) throw new Error(`specmark ${args.join(' ')} failed (${result.code}):\n${result.stderr}${result.stdout}`)
  return result.stdout
}


describe('versions from releases', () => {
  it('says the release right after it, and "unreleased (since …)" once a clause changed', async () => {
    const root = await writeTree(files)
    expect(await exportedVersion(root)).toBe('1.0.0') // the outline's, before any release
    await release(await load(root), '1.0', {allowDirty: true})
    expect(await exportedVersion(root)).toBe('1.0')
    expect((JSON.parse(await cli(root, 'export', '--format', 'json')) as {version: string}).version).toBe('1.0')
    const csv = await cli(root, 'export', '--format', 'csv')
    expect(csv.split('\r\n')[0]).toMatch(/,document_version,source_commit,source_date$/)
    expect(csv.split('\r\n')[1]).toMatch(/,1\.0,,\d{4}-\d\d-\d\dT/)
    const file = path.join(root, 'one.md')
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('old wording', 'new wording'))
    expect(await exportedVersion(root)).toBe('unreleased (since 1.0)')
    expect(await cli(root, 'export', '--format', 'reqif')).toContain('<TITLE>Test spec unreleased (since 1.0)</TITLE>')
    await release(await load(root), '1.1', {allowDirty: true})
    expect(await exportedVersion(root)).toBe('1.1')
    // A retirement alone is a change too.
    await retireId(await load(root), 'one.intro', 'merged into one.edit', {allowDirty: true})
    expect(await exportedVersion(root)).toBe('unreleased (since 1.1)')
  }, 120_000)

  it('states the commit and the date from git and SOURCE_DATE_EPOCH', async () => {
    const root = await writeTree(files)
    const previous = process.env.SOURCE_DATE_EPOCH
    process.env.SOURCE_DATE_EPOCH = '1767225600'
    try {
      const document = JSON.parse(await cli(root, 'export', '--format', 'json')) as {commit: string | null; date: string}
      expect(document).toMatchObject({commit: null, date: '2026-01-01T00:00:00Z'})
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH
      else process.env.SOURCE_DATE_EPOCH = previous
    }
  })
})

describe('diff by release', () => {
  it('compares releases by name, the working tree by default, and follows renames across releases', async () => {
    const root = await writeTree(files)
    const file = path.join(root, 'one.md')
    await release(await load(root), '1.0', {allowDirty: true})
    await renameId(await load(root), 'one.first', 'one.second', {allowDirty: true})
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('old wording', 'new wording'))
    await release(await load(root), '1.1', {allowDirty: true})
    await renameId(await load(root), 'one.second', 'one.third', {allowDirty: true})
    await release(await load(root), '1.2', {allowDirty: true})

    const side = (name: string | null) => loadDiffSide(name, root)
    const [v10, v11, v12, now] = [await side('1.0'), await side('1.1'), await side('1.2'), await side(null)]
    const step = diffParagraphs(v10.paragraphs, v11.paragraphs, v11.registry)
    expect(step.changed.map((change) => [change.id, change.diff])).toEqual([['one.edit', 'The [-old-]{+new+} wording of a rule.']])
    expect(step.renamed).toEqual([{id: 'one.first', to: 'one.second', via: 'registry', changed: false}])

    const cumulative = diffParagraphs(v10.paragraphs, v12.paragraphs, v12.registry)
    expect(cumulative.renamed).toEqual([{id: 'one.first', to: 'one.third', via: 'registry', changed: false}])
    expect(cumulative.changed).toHaveLength(1)
    // Against the sources as they are: nothing changed since 1.2.
    expect(diffParagraphs(v12.paragraphs, now.paragraphs, now.registry)).toEqual({changes: [], added: [], removed: [], retired: [], changed: [], informative: [], retargeted: [], moved: [], renamed: []})

    const text = await cli(root, 'diff', '1.0', '1.1', '1.2')
    expect(text).toContain('cumulative: release 1.0 -> release 1.2')
    expect(text).toContain('> one.first -> one.third')
    expect(text).toContain('release 1.0 -> release 1.1')
  }, 120_000)
})
