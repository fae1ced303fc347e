import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {sha256} from '../../src/model/text.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const body = `# Main chapter

r[main.intro]
The *intro*   paragraph,
wrapped.

r[main.section]
## A section

r[main.a]
See [main.intro], [the section][main.section] and [\`Option\`].

> [!NOTE]
> A note with [a link](#a-section).

r[main.edition]
> [!EDITION-2024]
> In 2024 things differ.

\`\`\`rust,compile_fail,E0308
let x: i32 = "no";
\`\`\`

A [widget](dfn:) is a thing; [widgets](term:widget) abound.
`

async function model() {
  const root = await writeTree({
    'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
    'main.md': chapter('main', body),
  })
  return assembleModel(root, {cache: false})
}

describe('the chapter model', () => {
  it('records chapter metadata from the outline and front matter', async () => {
    const {spec} = await model()
    const [main] = spec.chapters
    expect(main).toMatchObject({id: 'main', file: 'main.md', title: 'Main chapter', topic: 'main', owners: ['T-lang'], status: 'draft', informative: false})
    expect(spec.parts).toEqual([{id: 'main', title: 'Main', informative: false, chapters: ['main']}])
  })

  it('attaches labels to blocks, with normalized text, hash and position', async () => {
    const {spec} = await model()
    const intro = spec.chapters[0]!.blocks.find((block) => block.ruleId === 'main.intro')!
    expect(intro.type).toBe('paragraph')
    expect(intro.kind).toBe('normative')
    expect(intro.text).toBe('The intro paragraph, wrapped.')
    expect(intro.hash).toBe(sha256('The intro paragraph, wrapped.'))
    expect(intro.position.start).toMatchObject({line: 9, column: 1})
    expect(intro.labelPosition?.start).toMatchObject({line: 8, column: 1})
    expect(spec.rules['main.intro']).toMatchObject({chapter: 'main', block: intro.index})
  })

  it('gives headings mdBook anchors and blocks their section', async () => {
    const {spec} = await model()
    const [main] = spec.chapters
    expect(main!.sections.map((section) => [section.anchor, section.ruleId])).toEqual([
      ['main-chapter', null],
      ['a-section', 'main.section'],
    ])
    expect(main!.blocks.find((block) => block.ruleId === 'main.a')!.section).toBe('a-section')
  })

  it('resolves rule, standard-library, anchor and term references', async () => {
    const {spec} = await model()
    const blocks = spec.chapters[0]!.blocks
    const a = blocks.find((block) => block.ruleId === 'main.a')!
    expect(a.refs.map((ref) => [ref.kind, ref.target, ref.resolved, ref.destination?.anchor ?? null])).toEqual([
      ['rule', 'main.intro', true, 'r-main.intro'],
      ['rule', 'main.section', true, 'r-main.section'],
      ['std', 'Option', true, null],
    ])
    const note = blocks.find((block) => block.kind === 'note' && block.parent !== null)!
    expect(note.refs[0]).toMatchObject({kind: 'anchor', resolved: true})
    expect(spec.terms).toMatchObject([{slug: 'widget', text: 'widget', anchor: 'term-widget'}])
    const termUse = blocks.flatMap((block) => block.refs).find((ref) => ref.kind === 'term')
    expect(termUse).toMatchObject({target: 'widget', resolved: true})
  })

  it('classifies admonitions and code, and keeps code attributes', async () => {
    const {spec} = await model()
    const blocks = spec.chapters[0]!.blocks
    const edition = blocks.find((block) => block.ruleId === 'main.edition')!
    expect(edition).toMatchObject({type: 'admonition', kind: 'edition', text: 'In 2024 things differ.'})
    expect(edition.admonition?.kind).toBe('EDITION-2024')
    const inner = blocks.filter((block) => block.parent === edition.index)
    expect(inner.map((block) => [block.type, block.kind])).toEqual([['paragraph', 'edition']])
    const code = blocks.find((block) => block.type === 'code')!
    expect(code.kind).toBe('example')
    expect(code.code).toEqual({lang: 'rust', attributes: ['compile_fail', 'E0308'], value: 'let x: i32 = "no";'})
  })

  it('is plain JSON', async () => {
    const {spec} = await model()
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec)
  })
})
