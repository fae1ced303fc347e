/**
 * The `since=` marker of a rule label: parsed into the model and the rule margin (shown on the site),
 * and checked against the document's baseline Rust release.
 */
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {ruleMargin} from '../../src/render/rule-margin.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const BODY = '# Main\n\nr[main.intro]\nIntro.\n\nr[main.new] since=1.95\nNewer.\n\nr[main.old]  since=1.80 \nOlder.\n\nr[main.plain]\nPlain.\n\nr[main.x] sinse=1.9\nNot a label.\n'

async function load(baseline: string | null) {
  const outline = outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]).replace('version: 1.0.0\n', `version: 1.0.0\n${baseline ? `settings:\n  rustBaseline: '${baseline}'\n` : ''}`)
  const root = await writeTree({'outline.yaml': outline, 'main.md': chapter('main', BODY)})
  return assembleModel(root, {cache: false})
}

describe('since markers', () => {
  it('are read from the label line into the block and its margin; anything else after the label is not a label', async () => {
    const model = await load('1.85')
    const blocks = model.spec.chapters[0]!.blocks.filter((block) => block.ruleId !== null && block.type === 'paragraph')
    expect(blocks.map((block) => [block.ruleId, block.since])).toEqual([
      ['main.intro', undefined],
      ['main.new', '1.95'],
      ['main.old', '1.80'],
      ['main.plain', undefined],
    ])
    expect(ruleMargin(blocks[1]!)).toMatchObject({id: 'main.new', since: '1.95'})
    expect(ruleMargin(blocks[3]!)).not.toHaveProperty('since')
  })

  it('must be newer than the baseline, which must be stated', async () => {
    const found = (diagnostics: ReturnType<typeof runCheck>) => diagnostics.filter((d) => d.code === 'since-marker').map((d) => `${d.severity} ${d.place?.start.line} ${d.reason}`)
    expect(found(runCheck(await load('1.85')))).toEqual(['warning 14 Unexpected `since=1.80` not newer than the baseline 1.85, expected a later release'])
    expect(found(runCheck(await load(null)))).toHaveLength(2)
  })
})
