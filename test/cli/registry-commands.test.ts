/** The registry commands through the CLI: release refuses while check fails; diff and export print data. */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {specmark} from '../helpers/run-cli.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

describe('registry commands', () => {
  it('release refuses while check finds errors, then records the release', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nSee [main.nope].\n')
    const refused = await specmark('release', '1.0', '--root', root)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('release 1.0 refused: check found 1 error')
    await expect(fs.access(path.join(root, 'registry.txt'))).rejects.toThrow()

    await fs.writeFile(path.join(root, 'main.md'), (await fs.readFile(path.join(root, 'main.md'), 'utf8')).replace('[main.nope]', '[main.intro]'))
    const released = await specmark('release', '1.0', '--root', root)
    expect(released).toMatchObject({code: 0, stderr: 'released 1.0: 1 new, 0 changed, 0 with informative changes only, 0 renamed, 0 retired, 0 unchanged rule IDs\n'})
  })

  it('ids assign, rename and retire report what they did', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nIntro.\n\n## Other\n\nUnlabelled rule text.\n')
    const assign = await specmark('ids', 'assign', '--root', root)
    expect(assign.stdout).toMatch(/main\.md:13: r\[main\.unlabelled-rule-text\]\n$/)
    expect((await specmark('ids', 'rename', 'main.unlabelled-rule-text', 'main.rule', '--root', root)).code).toBe(0)
    expect((await specmark('ids', 'retire', 'main.rule', '--root', root)).code).toBe(2)
    const retire = await specmark('ids', 'retire', 'main.rule', '--reason', 'duplicate', '--root', root)
    expect(retire.stderr).toBe('retired `main.rule`: removed its label from main.md; it was never released\n')
  })

  it('diff --format json has every change record and a list per class', async () => {
    const before = await oneChapterSpec('# Main\n\nr[main.intro]\nIntro.\n\nr[main.x]\nOld.\n')
    const after = await oneChapterSpec('# Main\n\nr[main.intro]\nIntro.\n\nr[main.x]\nNew.\n\nr[main.y]\nAdded.\n')
    const result = await specmark('diff', before, after, '--format', 'json')
    const diff = JSON.parse(result.stdout)
    expect(Object.keys(diff).sort()).toEqual(['added', 'changed', 'changes', 'informative', 'moved', 'removed', 'renamed', 'retargeted', 'retired'])
    expect(diff.added).toEqual([{id: 'main.y', chapter: 'main', section: 'main'}])
    expect(diff.changed[0]).toMatchObject({id: 'main.x', diff: '[-Old-]{+New+}.'})
    expect(diff.changes).toEqual([expect.objectContaining({id: 'main.x', status: 'kept', facets: ['normative']}), expect.objectContaining({id: 'main.y', status: 'added'})])
    expect((await specmark('diff', before, after)).stdout).toContain('1 added, 0 removed, 0 retired, 1 changed, 0 informative, 0 retargeted, 0 moved, 0 renamed')
  })

  it('export writes the same bytes twice (reproducible)', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nIntro.\n')
    for (const format of ['json', 'csv', 'reqif']) {
      const first = await specmark('export', '--root', root, '--format', format)
      const second = await specmark('export', '--root', root, '--format', format)
      expect(first.code).toBe(0)
      expect(second.stdout).toBe(first.stdout)
    }
  })
})
