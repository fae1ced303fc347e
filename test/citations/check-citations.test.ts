/**
 * The citation check on hand-made release data (pure, as the site's page runs it): every status, and the
 * three input forms.
 */
import {describe, expect, it} from 'vitest'
import {checkCitations, type CitableClause, type CitableText} from '../../src/citations/check-citations.ts'
import {classifyChanges, statusesOf} from '../../src/diff/classify.ts'
import {citationsToJson, citationsToText} from '../../src/citations/format-citations.ts'
import {parseCitations} from '../../src/citations/parse-citations.ts'
import {diffText} from '../../src/diff/word-diff.ts'

const hash = (seed: string): string => seed.repeat(64).slice(0, 64)
const clause = (id: string, text: string, sha: string, extra: Partial<CitableClause> = {}): CitableClause => ({
  id,
  kind: 'normative',
  text,
  sha256: hash(sha),
  links: [],
  informativeText: '',
  informativeLinks: [],
  informativeSha256: null,
  chapter: 'ch',
  section: 'sec',
  ...extra,
})

const v1: CitableText = {
  version: '1.0',
  clauses: [
    clause('a.same', 'Same text.', 'a'),
    clause('a.edit', 'The old rule.', 'b'),
    clause('a.note', 'Normative part.', 'c', {informativeText: 'For example, one.', informativeSha256: hash('1')}),
    clause('a.move', 'Moving text.', 'd'),
    clause('a.rename', 'Renamed text.', 'e'),
    clause('a.rename-edit', 'Renamed and edited.', 'f'),
    clause('a.retire', 'Going away.', '9'),
    clause('a.link', 'See the rule.', '5', {links: ['rule:a.same']}),
    clause('a.follows', 'Follows a.rename.', '6', {links: ['rule:a.rename']}),
    clause('a.renret', 'Renamed, then retired.', '7'),
  ],
  withdrawn: [{id: 'a.older', status: 'retired', to: null, release: '0.9', reason: 'obsolete'}],
}
const v2: CitableText = {
  version: '1.1',
  clauses: [
    clause('a.same', 'Same text.', 'a'),
    clause('a.edit', 'The new rule.', '2'),
    clause('a.note', 'Normative part.', 'c', {informativeText: 'For example, two.', informativeSha256: hash('3')}),
    clause('a.move', 'Moving text.', 'd', {chapter: 'other', section: null}),
    clause('b.renamed', 'Renamed text.', 'e'),
    clause('b.renamed-edit', 'Renamed and changed.', '4'),
    clause('a.link', 'See the rule.', '8', {links: ['rule:a.edit']}),
    // The rename of what it links to changes its text and hash, but no word an auditor cited.
    clause('a.follows', 'Follows b.renamed.', '0', {links: ['rule:b.renamed']}),
  ],
  withdrawn: [
    {id: 'a.rename', status: 'renamed', to: 'a.rename2', release: null, reason: null},
    {id: 'a.rename2', status: 'renamed', to: 'b.renamed', release: null, reason: null},
    {id: 'a.rename-edit', status: 'renamed', to: 'b.renamed-edit', release: null, reason: null},
    {id: 'a.retire', status: 'retired', to: null, release: '1.1', reason: 'merged into a.edit'},
    {id: 'a.older', status: 'retired', to: null, release: '0.9', reason: 'obsolete'},
    {id: 'a.renret', status: 'renamed', to: 'b.renret', release: null, reason: null},
    {id: 'b.renret', status: 'retired', to: null, release: 'unreleased', reason: 'folded into a.same'},
  ],
}
const releases = new Map([v1, v2].map((text) => [text.version, text]))

describe('checkCitations', () => {
  const input = [
    '1.0 a.same aaaaaaaa',
    '1.0, a.edit, bbbbbbbb',
    '1.0\ta.note',
    'Test spec (1.0), [a.move] #dddddddd, https://example.org/v/1.0/ch/#r-a.move',
    '1.0 [a.rename] #eeee',
    '1.0 a.rename-edit',
    '1.0 a.retire',
    '1.0 a.nothing',
    '2.0 a.same',
    '1.0 a.same 12345678',
    '1.0 a.older',
    '1.0 a.link',
    '1.0 a.follows',
    '1.0 a.renret',
  ].join('\n')
  const {citations, problems} = parseCitations(input)
  const result = checkCitations(citations, releases, v2)

  it('reports each kind of change with whether the citation holds', () => {
    expect(problems).toEqual([])
    expect(result.results.map((item) => [item.citation.id, item.status, item.holds])).toEqual([
      ['a.same', 'unchanged', true],
      ['a.edit', 'normative-changed', false],
      ['a.note', 'informative-changed', true],
      ['a.move', 'moved', true],
      ['a.rename', 'renamed', true],
      ['a.rename-edit', 'renamed', false],
      ['a.retire', 'retired', false],
      ['a.nothing', 'unknown-id', false],
      ['a.same', 'unknown-version', false],
      ['a.same', 'hash-mismatch', false],
      ['a.older', 'unknown-id', false],
      ['a.link', 'normative-changed', false],
      ['a.follows', 'unchanged', true],
      ['a.renret', 'retired', false],
    ])
    expect(result.failing).toBe(9)
  })

  it('says what changed: word diff, rename target (through chains), retirement, place', () => {
    const [, edit, note, move, rename, renameEdit, retire, , , mismatch, , link, follows, renamedRetired] = result.results
    expect(note!.message).toBe('only the informative part (examples, notes) changed')
    expect(edit!.diff).toBe('The [-old-]{+new+} rule.')
    expect(diffText(edit!.diffParts!)).toBe(edit!.diff)
    expect(move!.moved).toEqual({from: {chapter: 'ch', section: 'sec'}, to: {chapter: 'other', section: null}})
    expect([rename!.currentId, rename!.changed, rename!.message]).toEqual(['b.renamed', false, 'renamed to `b.renamed` (via `a.rename2`), text unchanged'])
    expect([renameEdit!.currentId, renameEdit!.changed, renameEdit!.diff]).toEqual(['b.renamed-edit', true, 'Renamed and [-edited-]{+changed+}.'])
    expect(retire!.retired).toEqual({release: '1.1', reason: 'merged into a.edit'})
    expect(retire!.message).toBe('retired in 1.1: merged into a.edit')
    expect(mismatch!.expectedHash).toBe(hash('a'))
    expect([link!.message, link!.links, link!.diff]).toEqual(['its links were retargeted (same words)', {removed: ['rule:a.same'], added: ['rule:a.edit']}, undefined])
    expect([follows!.currentHash, follows!.message]).toEqual([hash('0'), 'unchanged'])
    expect(renamedRetired!.message).toBe('retired since the last release (renamed to `b.renret` first): folded into a.same')
  })

  it('answers as `classifyChanges` does for every cited ID (one classification)', () => {
    const changes = new Map(classifyChanges(v1.clauses, v2.clauses, {registry: statusesOf(v2.withdrawn)}).map((change) => [change.previousId, change]))
    for (const item of result.results.filter((candidate) => candidate.citation.version === '1.0' && candidate.status !== 'hash-mismatch' && candidate.status !== 'unknown-id')) {
      const change = changes.get(item.citation.id)!
      expect(item.currentId ?? change.id).toBe(change.id)
      const normative = change.facets.includes('normative') || change.facets.includes('links')
      expect(item.holds).toBe(change.status !== 'retired' && !normative)
    }
  })

  it('checks against the release cited itself: everything holds', () => {
    const same = checkCitations(citations.slice(0, 7), releases, v1)
    expect(same.results.map((item) => item.status)).toEqual(Array(7).fill('unchanged'))
  })

  it('answers a repeated check of the same texts alike (the site checks on every submit)', () => {
    expect(checkCitations(citations, releases, v2)).toEqual(result)
  })

  it('writes text and JSON reports', () => {
    const text = citationsToText(result)
    expect(text).toContain('FAIL 1.0 [a.edit] #bbbbbbbb: normative-changed: normative text changed\n       The [-old-]{+new+} rule.')
    expect(text).toContain('ok   1.0 [a.same] #aaaaaaaa: unchanged: unchanged')
    expect(text.trim().split('\n').at(-1)).toBe('14 citations: 5 hold, 9 no longer hold')
    const json = JSON.parse(citationsToJson(result)) as {summary: Record<string, number>; results: unknown[]}
    expect(json.summary).toMatchObject({total: 14, holding: 5, failing: 9, renamed: 2, retired: 2, 'unknown-id': 2})
  })
})

describe('parseCitations', () => {
  it('reads JSON and CSV, and names unreadable lines', () => {
    expect(parseCitations('[{"version": "1.0", "id": "a.b", "hash": "ABCDEF12"}, {"version": "1.0", "id": "c"}]').citations).toEqual([
      {version: '1.0', id: 'a.b', hash: 'abcdef12', line: 1},
      {version: '1.0', id: 'c', hash: null, line: 2},
    ])
    expect(parseCitations('id,version,hash\n"a.b",1.0,\nc.d,1.1,0123abcd\n').citations).toEqual([
      {version: '1.0', id: 'a.b', hash: null, line: 2},
      {version: '1.1', id: 'c.d', hash: '0123abcd', line: 3},
    ])
    expect(parseCitations('# mine\n1.0 a.b\n1.0 Not.An.Id\n1.0 a.b zz\n').problems).toEqual([
      {line: 3, message: 'Unexpected `Not.An.Id`, expected a rule ID such as `expr.if.cond`'},
      {line: 4, message: 'Unexpected hash `zz`, expected 4 to 64 hexadecimal digits'},
    ])
  })

  it('reads the cite string of an unreleased text', () => {
    expect(parseCitations('Spec (unreleased (since 1.0)), [a.b] #abcd1234, https://x/id/a.b/').citations).toEqual([
      {version: 'unreleased (since 1.0)', id: 'a.b', hash: 'abcd1234', line: 1},
    ])
  })
})
