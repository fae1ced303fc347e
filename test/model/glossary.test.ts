import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {guidanceCitations} from '../../src/interop/citations.ts'
import {buildGlossary} from '../../src/model/glossary.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {oneChapterSpec} from '../helpers/spec-fixture.ts'

describe('glossary', () => {
  it('lists each term with its definition and uses', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nA [widget](dfn:) is a part.\n\nr[main.a]\nEvery [widget](term:) rotates; [widgets](term:widget) too.\n\n> [!NOTE]\n> A [widget](term:) in a note.\n')
    const {spec} = await assembleModel(root, {cache: false})
    expect(buildGlossary(spec)).toEqual([
      {
        slug: 'widget',
        term: 'widget',
        definition: 'A widget is a part.',
        ruleId: 'main.intro',
        chapter: 'main',
        anchor: 'term-widget',
        uses: [
          {chapter: 'main', ruleId: 'main.a', anchor: 'r-main.a'},
          {chapter: 'main', ruleId: null, anchor: 'main'},
        ],
      },
    ])
  })
})

describe('guidance citations of our spec', () => {
  it('shows interop paragraphs and data rows citing normative layout and ABI rules', async () => {
    const model = await assembleModel(path.resolve(import.meta.dirname, '../../spec'), {cache: false})
    const citations = guidanceCitations(model.spec, model.interop ?? null)
    const layout = citations.get('layout.representation.c.struct') ?? []
    expect(layout.some((citation) => citation.kind === 'paragraph' && citation.chapter.startsWith('interop/'))).toBe(true)
    expect(layout.some((citation) => citation.kind === 'type-map')).toBe(true)
    for (const id of citations.keys()) expect(id.startsWith('interop.')).toBe(false)
  })
})
