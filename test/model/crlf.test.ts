/**
 * Windows line endings: a chapter saved with CRLF reads exactly as with LF — its front matter (topic,
 * owners, status), its rule labels, headings and their anchors, and its block texts.
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {runCheck} from '../../src/check/run-check.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const BODY = 'r[main]\n# Main title\n\nr[main.intro]\nThe intro.\n\n## A section\n\nr[main.rule]\nA rule.\n'

async function load(text: string) {
  const root = await writeTree({'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]), 'main.md': text})
  return assembleModel(root, {cache: false})
}

describe('CRLF chapters', () => {
  it('read front matter, labels, headings and anchors exactly as LF ones', async () => {
    const lf = await load(chapter('main', BODY))
    const crlf = await load(chapter('main', BODY).replace(/\n/g, '\r\n'))
    const shape = (model: typeof lf) => {
      const [only] = model.spec.chapters
      return {status: only!.status, owners: only!.owners, topic: only!.topic, sections: only!.sections.map(({anchor, title}) => [anchor, title]), blocks: only!.blocks.map((block) => [block.ruleId, block.text])}
    }
    expect(shape(crlf)).toEqual(shape(lf))
    expect(shape(crlf).status).toBe('draft')
    expect(shape(crlf).sections).toEqual([['main-title', 'Main title'], ['a-section', 'A section']])
    expect(runCheck(crlf).map((diagnostic) => diagnostic.code)).toEqual(runCheck(lf).map((diagnostic) => diagnostic.code))
  }, 60_000)
})
