/**
 * A pagefind result (a section) as the search list shows it (`site/scripts/section-results.ts`): one
 * result per block holding a match, on its paragraph's anchor or on the section, with its own excerpt.
 */
import {describe, expect, it} from 'vitest'
import {EXCERPT_WORDS, sectionResults, type SectionData} from '../../site/scripts/section-results.ts'

/** A section as pagefind gives it: its content's words, each block's element and where it starts. */
function section(blocks: Array<{element: 'p' | 'div'; id: string; text: string}>, matched: (word: string) => boolean): SectionData {
  const words: string[] = []
  const anchors = blocks.map((block) => {
    const location = words.length
    words.push(...block.text.split(' '))
    return {element: block.element, id: block.id, location}
  })
  return {
    url: '/base/types/#layout',
    content: words.join(' '),
    locations: words.flatMap((word, at) => (matched(word) ? [at] : [])),
    anchors,
    meta: {title: 'Layout', chapter: 'Types'},
  }
}

describe('a section’s results', () => {
  it('lands each match on its paragraph, or on the section for its unlabelled text, most matches first', () => {
    const data = section(
      [
        {element: 'div', id: 'section-text', text: 'Layout is how values sit in memory.'},
        {element: 'p', id: 'r-layout.size', text: 'The size of a value is a multiple of its alignment.'},
        {element: 'p', id: 'r-layout.align', text: 'The alignment of a value is a power of two; alignment is at least one.'},
        {element: 'p', id: 'r-layout.other', text: 'Nothing to see.'},
      ],
      (word) => word.startsWith('alignment')
    )
    const results = sectionResults(data, 'alignment')
    expect(results.map((result) => [result.url, result.rule])).toEqual([
      ['/base/types/#r-layout.align', 'layout.align'],
      ['/base/types/#r-layout.size', 'layout.size'],
    ])
    expect(results[0]).toMatchObject({title: 'Layout', context: 'Types'})
    expect(results[0]!.excerpt).toBe('The <mark>alignment</mark> of a value is a power of two; <mark>alignment</mark> is at least one.')
    // A match in the section's own text lands on the section, with no rule.
    const loose = sectionResults(section([{element: 'div', id: 'section-text', text: 'Layout is how values sit.'}, {element: 'p', id: 'r-a', text: 'Other words.'}], (word) => word === 'values'), 'values')
    expect(loose).toEqual([{url: '/base/types/#layout', title: 'Layout', context: 'Types', excerpt: 'Layout is how <mark>values</mark> sit.'}])
    // Its unlabelled text on either side of a paragraph is one result for the section, its matches counted together.
    const around = section(
      [
        {element: 'div', id: 'section-text', text: 'Values first.'},
        {element: 'p', id: 'r-b', text: 'One values here.'},
        {element: 'div', id: 'section-text', text: 'More values and values.'},
      ],
      (word) => word.startsWith('values') || word.startsWith('Values')
    )
    expect(sectionResults(around, 'values').map((result) => [result.url, result.excerpt])).toEqual([
      ['/base/types/#layout', '<mark>Values</mark> first.'],
      ['/base/types/#r-b', 'One <mark>values</mark> here.'],
    ])
  })

  it('puts first the paragraphs holding more of the query’s words, then those whose matches pagefind scores higher', () => {
    const data = section(
      [
        {element: 'p', id: 'r-repeats', text: 'A closure is a closure is a closure.'},
        {element: 'p', id: 'r-both', text: 'A closure captures its environment.'},
        {element: 'p', id: 'r-longer', text: 'ClosureExpression and ClosureParameters.'},
        {element: 'p', id: 'r-once', text: 'One closure.'},
      ],
      (word) => /^(closure|captures)/i.test(word)
    )
    // Pagefind scores an exact match above the start of a longer word.
    data.weighted_locations = data.locations.map((location) => ({location, balanced_score: /^closure\w/i.test(data.content.split(' ')[location]!) ? 128 : 512}))
    expect(sectionResults(data, 'closure capture').map((result) => result.rule)).toEqual(['both', 'repeats', 'once', 'longer'])
  })

  it('keeps an excerpt within its paragraph, around its first match, and escapes every word', () => {
    const long = Array.from({length: 60}, (_, at) => `w${at}`)
    long[40] = '<target>'
    const data = section(
      [
        {element: 'p', id: 'r-long', text: long.join(' ')},
        {element: 'p', id: 'r-next', text: 'after after after'},
      ],
      (word) => word === '<target>'
    )
    const [result] = sectionResults(data, '<target>')
    const words = result!.excerpt.split(' ')
    expect(words).toHaveLength(EXCERPT_WORDS)
    expect(words).toContain('<mark>&#60;target&#62;</mark>')
    expect(result!.excerpt).not.toContain('after')
    expect(words[0]).toBe(`w${40 - EXCERPT_WORDS / 2}`)
  })
})
