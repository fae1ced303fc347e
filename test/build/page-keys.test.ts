/**
 * Chapter page keys (`page-keys.ts`): with the render keys `renderSpec` gives, a chapter's blocks are
 * hashed as their render key plus the blocks decorated after it, and the key still changes with
 * everything a chapter page shows: its render key, a decorated block, its own fields, its rules.
 */
import {describe, expect, it} from 'vitest'
import {chapterPageKeys} from '../../src/build/page-keys.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import type {RenderedSpec} from '../../src/render/types.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

async function rendered(): Promise<RenderedSpec> {
  const root = await writeTree({
    'outline.yaml': outlineYaml([
      {id: 'one', prefix: 'one', file: 'one.md'},
      {id: 'two', prefix: 'two', file: 'two.md'},
    ]),
    'one.md': chapter('one', '# One\n\nr[one.rule]\nThe first rule.\n\nSome prose.\n'),
    'two.md': chapter('two', '# Two\n\nr[two.rule]\nThe second rule.\n'),
  })
  return (await renderSpec(await assembleModel(root, {cache: false}), {cache: false})).rendered
}

describe('chapter page keys from render keys', () => {
  it('change with the render key, a decorated block, the chapter’s fields and its rules, and with nothing else', async () => {
    const spec = await rendered()
    const bodyKeys = new Map([
      ['one', {key: 'render-one', decorated: [1]}],
      ['two', {key: 'render-two', decorated: []}],
    ])
    const keys = (data: RenderedSpec, body = bodyKeys): Map<string, string> => chapterPageKeys(data, 'site', body)
    const base = keys(spec)
    const one = spec.chapters[0]!
    const withChapter = (change: Partial<(typeof spec.chapters)[number]>): RenderedSpec => ({...spec, chapters: [{...one, ...change}, spec.chapters[1]!]})

    // A block the render key covers: the key stands for it.
    const covered = withChapter({blocks: one.blocks.map((block, position) => (position === 0 ? {...block, html: '<p>other</p>'} : block))})
    expect(keys(covered).get('one')).toBe(base.get('one'))
    // A decorated block is hashed itself.
    const decorated = withChapter({blocks: one.blocks.map((block, position) => (position === 1 ? {...block, html: '<p>a data view</p>'} : block))})
    expect(keys(decorated).get('one')).not.toBe(base.get('one'))
    // Another render key, a field of the chapter, a rule of the chapter.
    expect(keys(spec, new Map([...bodyKeys, ['one', {key: 'render-one-edited', decorated: [1]}]])).get('one')).not.toBe(base.get('one'))
    expect(keys(withChapter({number: '9'})).get('one')).not.toBe(base.get('one'))
    expect(keys({...spec, rules: spec.rules.map((rule) => (rule.chapter === 'one' ? {...rule, excerpt: 'changed'} : rule))}).get('one')).not.toBe(base.get('one'))
    // The other chapter's key is its own.
    expect(keys(covered).get('two')).toBe(base.get('two'))
    // Without render keys, the chapter's blocks are hashed as they are.
    expect(keys(covered, new Map()).get('one')).not.toBe(keys(spec, new Map()).get('one'))
  })
})
