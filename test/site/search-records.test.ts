import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {searchRecords} from '../../src/search/search-records.ts'
import {recordPage, SECTION_TEXT_ID} from '../../src/search/pagefind-shards.ts'
import {FIXTURE_ROOT} from './build-fixture.ts'

describe('search records', () => {
  it('has one record per section, each block in it with its paragraph’s anchor when labelled', async () => {
    const {spec} = await assembleModel(FIXTURE_ROOT, {cache: false})
    const records = searchRecords(spec)
    const byUrl = new Map(records.map((record) => [record.url, record]))
    // One record a section: every URL a section's (or a chapter's, for its text before the first heading).
    expect(new Set(records.map((record) => record.url)).size).toBe(records.length)
    expect(records.every((record) => !record.url.includes('#r-'))).toBe(true)
    const section = byUrl.get('/main/expressions/#if-expressions')!
    expect(section.meta).toEqual({title: 'if expressions', chapter: 'Expressions'})
    expect(section.filters).toEqual({part: ['Core language'], team: ['T-lang']})
    const cond = section.blocks.find((block) => block.anchor === 'r-expr.if.cond')!
    expect(cond.text).toMatch(/^The condition of an if expression/)
    // The admonitions after it are unlabelled: in the same record, with no anchor (they land on the section).
    const text = section.blocks.filter((block) => block.anchor === null).map((block) => block.text)
    expect(text.join('\n')).toContain('A note with the word admonition in it.')
    // An example's hidden `# ` lines are not what readers see: not indexed; its visible lines are.
    expect(text.join('\n')).toContain('let x = if true { 1 } else { 2 };')
    expect(text.join('\n')).toContain('## not a hidden line')
    const everything = records.flatMap((record) => record.blocks.map((block) => block.text)).join('\n')
    expect(everything).not.toContain('quokkasetup')
    expect(records.find((record) => record.blocks.some((block) => block.anchor === 'r-type.intro'))!.filters).toEqual({part: ['Core language'], team: ['T-types', 'T-lang']})
    expect(byUrl.get('/guide/safety/#safe-rendering')!.filters).toEqual({part: ['Guidance'], team: ['spec team']})
    // Every rule's paragraph is in the index once, by its anchor.
    const anchors = records.flatMap((record) => record.blocks.flatMap((block) => (block.anchor ? [block.anchor] : [])))
    expect(anchors.sort()).toEqual(Object.keys(spec.rules).map((id) => `r-${id}`).sort())
  })

  it('is the page pagefind indexes: metadata and filters in the head, each block an element with an id, text escaped', () => {
    const page = recordPage({
      url: '/c/#s',
      language: 'en',
      meta: {title: 'Sizes, <and> “layout”', chapter: 'Types'},
      filters: {part: ['Core'], team: ['T-lang', 'T-types']},
      blocks: [
        {anchor: null, text: 'Before <b>any</b> rule & more.'},
        {anchor: 'r-type.size', text: 'A size.'},
      ],
    })
    expect(page).toBe(
      '<!doctype html><html lang="en"><head>' +
        '<meta data-pagefind-meta="title[content]" content="Sizes, <and> “layout”"><meta data-pagefind-meta="chapter[content]" content="Types">' +
        '<meta data-pagefind-filter="part[content]" content="Core"><meta data-pagefind-filter="team[content]" content="T-lang"><meta data-pagefind-filter="team[content]" content="T-types">' +
        `</head><body><div id="${SECTION_TEXT_ID}">Before &#x3C;b>any&#x3C;/b> rule &#x26; more.</div><p id="r-type.size">A size.</p></body></html>`
    )
  })
})
