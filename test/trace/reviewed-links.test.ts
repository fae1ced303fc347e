/**
 * Signing off suspect links: `trace --since V --mark-reviewed` records each (test, ID, clause hash) in
 * `reviewed-links.txt`; reviewed links no longer fail `--deny-warnings`; a further change of the clause
 * makes them suspect again. The file is sorted and rejects malformed lines with their position.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {parseReviewedLinks, serializeReviewedLinks} from '../../src/trace/reviewed-links.ts'
import {specmark} from '../helpers/run-cli.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const body = '# Main\n\nr[main.cond]\nThe condition must have type `bool`.\n\nr[main.else]\nThe else branch is optional.\n'

describe('reviewed suspect links', () => {
  it('records sign-offs, counts only unreviewed links, and reopens them when the clause changes again', async () => {
    const root = await writeTree({'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]), 'main.md': chapter('main', body)})
    await release(await assembleModel(root, {cache: false}), '1.0', {allowDirty: true})
    const tests = await writeTree({'b.rs': '//@ reference: main.cond\n', 'a.rs': '//@ reference: main.cond\n//@ reference: main.else\n'})
    const file = path.join(root, 'main.md')
    const edit = async (from: string, to: string) => fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace(from, to))
    const trace = (...extra: string[]) => specmark('trace', '--root', root, '--since', '1.0', '--deny-warnings', ...extra, tests)
    await edit('must have', 'shall have')

    const before = await trace()
    expect(before.code).toBe(1)
    expect(before.stderr).toContain('1 unreviewed suspect link since 1.0')

    const marked = await trace('--mark-reviewed')
    expect(marked.stderr).toContain('recorded 2 suspect links as reviewed in reviewed-links.txt')
    const recorded = await fs.readFile(path.join(root, 'reviewed-links.txt'), 'utf8')
    const hash = (await assembleModel(root, {cache: false})).spec.chapters[0]!.blocks.find((block) => block.ruleId === 'main.cond')!.hash
    expect(recorded.split('\n').filter((line) => !line.startsWith('#') && line !== '')).toEqual([`a.rs\tmain.cond\t${hash}`, `b.rs\tmain.cond\t${hash}`])

    const after = await trace('--format', 'json')
    expect(after.code).toBe(0)
    expect(JSON.parse(after.stdout)).toMatchObject({suspects: [], reviewed: [{test: 'a.rs', id: 'main.cond'}, {test: 'b.rs', id: 'main.cond'}]})

    await edit('shall have', 'shall always have')
    const again = await trace()
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('1 unreviewed suspect link since 1.0')
  })

  it('keeps the file sorted and one line per test and ID, and names malformed lines', () => {
    const sha = (c: string) => c.repeat(64)
    const text = serializeReviewedLinks([
      {test: 'z.rs', id: 'a.b', sha256: sha('1')},
      {test: 'a.rs', id: 'c.d', sha256: sha('2')},
      {test: 'a.rs', id: 'a.b', sha256: sha('3')},
    ])
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual([`a.rs\ta.b\t${sha('3')}`, `a.rs\tc.d\t${sha('2')}`, `z.rs\ta.b\t${sha('1')}`, ''])
    expect(parseReviewedLinks(text, 'reviewed-links.txt')).toHaveLength(3)
    expect(() => parseReviewedLinks('# c\na.rs\tNot An Id\tabc\n', 'reviewed-links.txt')).toThrow('reviewed-links.txt:2:1: invalid reviewed link: `Not An Id` is not a rule ID')
  })
})
