import {describe, expect, it} from 'vitest'
import {loadChapters} from './render-helper.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'

describe('rule margin', () => {
  it('wraps every labelled block with its anchor, ID, cite control and short hash', async () => {
    const loaded = await loadChapters({main: 'r[main]\n# Title\n\nr[main.intro]\nThe *intro*.\n\nUnlabelled.\n'})
    const chapter = loaded.spec.chapters[0]!
    const body = renderChapter({chapter, source: loaded.sources.get(chapter.id)!, index: loaded.index, grammar: [], base: '/'})
    const intro = chapter.blocks.find((block) => block.ruleId === 'main.intro')!
    expect(body.blocks.map((block) => [block.index, block.ruleId])).toEqual([[0, 'main'], [1, 'main.intro'], [2, null]])
    const html = body.blocks[1]!.html
    expect(html).toContain(`<div class="rule kind-normative" id="r-main.intro" data-rule="main.intro" data-hash="${intro.hash.slice(0, 8)}">`)
    expect(html).toContain('<a class="rule-id" href="#r-main.intro"')
    expect(html).toContain('<button type="button" class="rule-cite"')
    expect(html).toContain(`#${intro.hash.slice(0, 8)}</span>`)
    expect(html).toContain('<div class="rule-body"><p>The <em>intro</em>.</p></div>')
    expect(body.blocks[0]!.html).toContain('<h1 id="title">Title<a class="heading-anchor" href="#title"')
    expect(body.blocks[2]!.html).toBe('<p>Unlabelled.</p>')
  })
})
