import {describe, expect, it} from 'vitest'
import {loadChapters} from './render-helper.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {splitRuleId} from '../../src/render/rule-margin.ts'

describe('rule margin', () => {
  it('gives every labelled block its margin as data, apart from its HTML', async () => {
    const model = await loadChapters({main: 'r[main]\n# Title\n\nr[main.intro]\nThe *intro*.\n\nUnlabelled.\n'})
    const chapter = model.spec.chapters[0]!
    const body = renderChapter(chapterRenderInput(model, chapter, '/'))
    const intro = chapter.blocks.find((block) => block.ruleId === 'main.intro')!
    expect(body.blocks.map((block) => [block.index, block.ruleId, block.heading])).toEqual([
      [0, 'main', 1],
      [1, 'main.intro', null],
      [2, null, null],
    ])
    // The margin shows the clause's hash: "Unlabelled." is part of main.intro's clause, so it is covered.
    const clause = chapter.clauses.find((candidate) => candidate.id === 'main.intro')!
    expect(clause.text).toBe('The intro. Unlabelled.')
    expect(clause.hash).not.toBe(intro.hash)
    expect(body.blocks[1]!.margin).toEqual({id: 'main.intro', anchor: 'r-main.intro', hash: clause.hash, shortHash: clause.hash.slice(0, 8)})
    expect(body.blocks[1]!.html).toBe('<p>The <em>intro</em>.</p>')
    expect(body.blocks[0]!.html).toContain('<h1 id="title">Title<a class="heading-anchor" href="#title"')
    expect(body.blocks[2]!.margin).toBeNull()
    expect(body.blocks[2]!.html).toBe('<p>Unlabelled.</p>')
  })

  it('cuts an ID before its last segment, for a margin that shortens only the head', () => {
    expect(splitRuleId('destructors.scope.temporary.edition2024')).toEqual({head: 'destructors.scope.temporary.', tail: 'edition2024'})
    expect(splitRuleId('main')).toEqual({head: '', tail: 'main'})
  })
})
