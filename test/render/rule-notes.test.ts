/** The notes shown in rule margins, and the changelog data of the `/changes/` pages. */
import {describe, expect, it} from 'vitest'
import {changelogData} from '../../src/render/changelog-data.ts'
import {releaseNote, testCount} from '../../src/render/rule-notes.ts'

describe('releaseNote', () => {
  it('says when a released paragraph last changed, or that it changed since the last release', () => {
    expect(releaseNote({firstRelease: '1.0', lastChangedRelease: '1.2'}, true)).toEqual({kind: 'changed', release: '1.2'})
    expect(releaseNote({firstRelease: null, lastChangedRelease: null}, true)).toEqual({kind: 'unreleased'})
    expect(releaseNote({firstRelease: '1.0', lastChangedRelease: null}, true)).toEqual({kind: 'unreleased'})
  })

  it('says nothing for a paragraph unchanged since the release that introduced it, or without releases', () => {
    expect(releaseNote({firstRelease: '0.1.0', lastChangedRelease: '0.1.0'}, true)).toBeNull()
    expect(releaseNote({firstRelease: '1.0', lastChangedRelease: '1.2'}, false)).toBeNull()
    expect(releaseNote(undefined, true)).toBeNull()
  })

  it('counts tests in words', () => {
    expect([testCount(0), testCount(1), testCount(2)]).toEqual(['0 tests', '1 test', '2 tests'])
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
          changes: [],
          added: [],
          removed: [],
          retired: [],
          renamed: [{id: 'a.old', to: 'a.new', via: 'registry', changed: true}],
          moved: [{id: 'a.m', from: {chapter: 'one', section: null}, to: {chapter: 'two', section: 'sec'}}],
          changed: [{id: 'a.c', chapter: 'one', section: null, before: 'A red cat.', after: 'A blue cat.', diff: '', renamedFrom: null}],
          informative: [{id: 'a.i', chapter: 'one', section: null, before: 'Note.', after: 'A note.', diff: ''}],
          retargeted: [{id: 'a.l', chapter: 'one', section: null, removed: ['rule:a.x'], added: ['rule:a.y']}],
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
    expect(changelog!.renamed).toEqual([{id: 'a.old', to: 'a.new', changed: true}])
    expect(changelog!.informative[0]!.diff).toEqual([
      {text: 'Note', change: 'del'},
      {text: 'A note', change: 'ins'},
      {text: '.', change: null},
    ])
    expect(changelog!.retargeted).toEqual([{id: 'a.l', chapter: 'one', removed: ['rule:a.x'], added: ['rule:a.y']}])
    expect(changelog!.retired).toEqual([{id: 'a.gone', reason: 'obsolete'}])
  })
})
