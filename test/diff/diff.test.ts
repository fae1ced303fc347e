/**
 * `specmark diff`: per-ID changes between two folders and between two git revisions of a repository,
 * and between the real Reference and an edited copy of it.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs/promises'
import {existsSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {diffParagraphs} from '../../src/diff/diff-specs.ts'
import {materialize} from '../../src/diff/materialize.ts'
import {exportedParagraphs} from '../../src/export/paragraphs.ts'
import {renameId} from '../../src/ids/rename.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'
import {REFERENCE} from '../helpers/shared.ts'

const topics = [
  {id: 'one', prefix: 'one', file: 'one.md'},
  {id: 'two', prefix: 'two', file: 'two.md'},
]
const v1 = {
  'outline.yaml': outlineYaml(topics),
  'one.md': chapter('one', '# One\n\nr[one.intro]\nIntro.\n\nr[one.kept]\nKept as it is.\n\nr[one.edit]\nThe old wording of a rule.\n\nr[one.gone]\nTo be removed.\n\nr[one.mover]\nMoves to two.\n'),
  'two.md': chapter('two', '# Two\n\nr[two.intro]\nIntro two.\n\nr[two.old-name]\nRenamed text.\n'),
}

async function diffRoots(before: string, after: string) {
  const [a, b] = await Promise.all([assembleModel(before, {cache: false}), assembleModel(after, {cache: false})])
  return diffParagraphs(exportedParagraphs(a.spec, a.registry), exportedParagraphs(b.spec, b.registry), b.registry)
}

async function evolve(root: string): Promise<void> {
  // The fixture repository commits only afterwards, so its files are knowingly dirty here.
  await release(await assembleModel(root, {cache: false}), '1.0', {allowDirty: true})
  await renameId(await assembleModel(root, {cache: false}), 'two.old-name', 'two.new-name', {allowDirty: true})
  const one = path.join(root, 'one.md')
  let text = await fs.readFile(one, 'utf8')
  text = text.replace('The old wording', 'The new wording').replace('r[one.gone]\nTo be removed.\n\n', '').replace('r[one.mover]\nMoves to two.\n', '')
  await fs.writeFile(one, `${text}\nr[one.added]\nA new rule.\n`)
  await fs.appendFile(path.join(root, 'two.md'), '\nr[one.mover]\nMoves to two.\n')
}

describe('diff', () => {
  it('classifies every change per ID between two folders', async () => {
    const before = await writeTree(v1)
    const after = await writeTree(v1)
    await evolve(after)
    const diff = await diffRoots(before, after)
    expect(diff.added).toEqual([{id: 'one.added', chapter: 'one', section: 'one'}])
    expect(diff.removed).toEqual([{id: 'one.gone', chapter: 'one', section: 'one'}])
    expect(diff.renamed).toEqual([{id: 'two.old-name', to: 'two.new-name', via: 'registry', changed: false}])
    expect(diff.moved).toEqual([{id: 'one.mover', from: {chapter: 'one', section: 'one'}, to: {chapter: 'two', section: 'two'}}])
    expect(diff.changed).toEqual([
      expect.objectContaining({id: 'one.edit', before: 'The old wording of a rule.', after: 'The new wording of a rule.', diff: 'The [-old-]{+new+} wording of a rule.'}),
    ])
  })

  it('works on two git revisions without touching the working tree', async () => {
    const repository = await writeTree(Object.fromEntries(Object.entries(v1).map(([file, text]) => [`spec/${file}`, text])))
    const git = (...args: string[]): string => execFileSync('git', ['-C', repository, ...args], {encoding: 'utf8'})
    git('init', '-q')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'v1', '--allow-empty')
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'v1')
    await evolve(path.join(repository, 'spec'))
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'v2')
    const sides = [materialize('HEAD~1', path.join(repository, 'spec')), materialize('HEAD', path.join(repository, 'spec'))]
    try {
      const diff = await diffRoots(sides[0]!.root, sides[1]!.root)
      expect([diff.added.length, diff.removed.length, diff.changed.length, diff.moved.length, diff.renamed.length]).toEqual([1, 1, 1, 1, 1])
    } finally {
      sides.forEach((side) => side.dispose())
    }
    expect(git('status', '--porcelain')).toBe('')
    expect(() => materialize('no-such-revision', path.join(repository, 'spec'))).toThrow('neither a folder nor a git revision')
  })

  it.runIf(existsSync(REFERENCE) || process.env.CI === 'true')('works on the Reference (two folders), detecting a rename by its text', async () => {
    const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-reference-'))
    await fs.cp(REFERENCE, copy, {recursive: true})
    const file = path.join(copy, 'src/expressions/if-expr.md')
    let text = await fs.readFile(file, 'utf8')
    text = text.replace('r[expr.if.intro]', 'r[expr.if.overview]')
    await fs.writeFile(file, text)
    const arrays = path.join(copy, 'src/expressions/array-expr.md')
    await fs.writeFile(arrays, (await fs.readFile(arrays, 'utf8')).replace(/(r\[expr\.array\.length-restriction\]\n)(.+)/, '$1$2 Always.'))
    const diff = await diffRoots(REFERENCE, copy)
    expect(diff.renamed).toEqual([{id: 'expr.if.intro', to: 'expr.if.overview', via: 'text', changed: false}])
    expect(diff.changed.map((change) => change.id)).toEqual(['expr.array.length-restriction'])
    expect(diff.changed[0]!.diff).toMatch(/\{\+ Always\.\+\}/)
    expect([diff.added, diff.removed, diff.moved]).toEqual([[], [], []])
  }, 300_000)
})
