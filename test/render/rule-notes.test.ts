/** The notes added to rule margins after the render cache, and the changelog data of the `/changes/` pages. */
import {describe, expect, it} from 'vitest'
import {changelogData} from '../../src/render/changelog-data.ts'
import {addRuleNotes, ruleNotesHtml} from '../../src/render/rule-notes.ts'

const BLOCK = (id: string) => `<div class="rule kind-normative" id="r-${id}" data-rule="${id}" data-hash="abcd1234"><div class="rule-margin"><a class="rule-id" href="#r-${id}">[${id}]</a><span class="rule-hash">#abcd1234</span></div><div class="rule-body"><div class="note"><p>x</p></div></div></div>`

describe('addRuleNotes', () => {
  it('adds each rule’s notes at the end of its own margin', () => {
    const html = addRuleNotes(`${BLOCK('a.b')}\n${BLOCK('a.c')}`, (id) => ({release: id === 'a.b' ? '1.2' : null}))
    expect(html).toContain('#abcd1234</span><span class="rule-release" title="The release this text was last changed in">changed in 1.2</span></div><div class="rule-body">')
    expect(html).toContain('<span class="rule-release unreleased" title="Changed since the last release">unreleased</span></div><div class="rule-body">')
    expect(html.match(/rule-release/g)).toHaveLength(2)
  })

  it('adds nothing when there is nothing to say, and escapes test paths', () => {
    expect(addRuleNotes(BLOCK('a.b'), () => ({}))).toBe(BLOCK('a.b'))
    expect(ruleNotesHtml({tests: ['ui/<a>&"b".rs']})).toBe(
      '<details class="rule-tests"><summary title="Tests that cite this paragraph">1 test</summary><ul><li><code>ui/&#60;a&#62;&#38;&#34;b&#34;.rs</code></li></ul></details>'
    )
  })
})

describe('changelogData', () => {
  it('turns word diffs into ins and del parts and places into names', () => {
    const [changelog] = changelogData([
      {
        version: '2.0',
        previous: '1.0',
        paragraphCount: 3,
        retired: [{id: 'a.gone', reason: 'obsolete'}],
        diff: {
          added: [],
          removed: [],
          renamed: [{id: 'a.old', to: 'a.new', via: 'registry'}],
          moved: [{id: 'a.m', from: {chapter: 'one', section: null}, to: {chapter: 'two', section: 'sec'}}],
          changed: [{id: 'a.c', chapter: 'one', section: null, before: 'A red cat.', after: 'A blue cat.', diff: ''}],
        },
      },
    ])
    expect(changelog!.changed[0]!.diff).toEqual([
      {text: 'A ', change: null},
      {text: 'red', change: 'del'},
      {text: 'blue', change: 'ins'},
      {text: ' cat.', change: null},
    ])
    expect(changelog!.moved).toEqual([{id: 'a.m', from: 'one', to: 'two › sec'}])
    expect(changelog!.renamed).toEqual([{id: 'a.old', to: 'a.new'}])
    expect(changelog!.retired).toEqual([{id: 'a.gone', reason: 'obsolete'}])
  })
})
