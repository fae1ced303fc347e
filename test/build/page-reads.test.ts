/**
 * What a page read of the data (`page-reads.ts`), the key of a whole-book page: the key changes whenever
 * something the page read changed, and stays when only what it did not read changed. Both by cases (how
 * pages read: fields, searches, lengths, absent fields, enumeration) and as a property over random data,
 * random reads and random edits: equal keys always mean the reads gave the same answers.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readsDigests, recordReads, type Reads} from '../../src/build/page-reads.ts'

interface Data {
  title: string
  chapters: Array<{id: string; title: string; blocks: string[]; number?: string | null}>
  rules: Array<{id: string; normative: boolean; hash: string}>
  trace?: {tests: number} | null
}

const DATA: Data = {
  title: 'Spec',
  chapters: [
    {id: 'one', title: 'One', blocks: ['<p>a</p>'], number: '1'},
    {id: 'two', title: 'Two', blocks: ['<p>b</p>'], number: '2'},
  ],
  rules: [
    {id: 'one.a', normative: true, hash: 'aa'},
    {id: 'two.b', normative: false, hash: 'bb'},
  ],
  trace: null,
}

/** The key of `data` for what `page` read of DATA. */
function keyAfter(page: (data: Data) => unknown): (data: Data) => string {
  const recording = recordReads(structuredClone(DATA))
  page(recording.data)
  const reads = recording.reads()
  return (data) => readsDigests(data)(reads)
}

const changed = (edit: (data: Data) => void): Data => {
  const copy = structuredClone(DATA)
  edit(copy)
  return copy
}

describe('the reads of a page', () => {
  it('are the fields it read, through arrays, and nothing else', () => {
    const key = keyAfter((data) => data.chapters.map((chapter) => chapter.title))
    expect(key(DATA)).toBe(key(structuredClone(DATA)))
    expect(key(changed((data) => (data.chapters[1]!.blocks = ['<p>edited</p>'])))).toBe(key(DATA))
    expect(key(changed((data) => (data.rules[0]!.hash = 'cc')))).toBe(key(DATA))
    expect(key(changed((data) => (data.chapters[1]!.title = 'Second')))).not.toBe(key(DATA))
    expect(key(changed((data) => data.chapters.push({id: 'three', title: 'Three', blocks: []})))).not.toBe(key(DATA))
  })

  it('cover the field a search read on every element, not only those it looked at', () => {
    const key = keyAfter((data) => data.chapters.find((chapter) => chapter.id === 'one')?.title)
    expect(key(changed((data) => (data.chapters[1]!.id = 'one')))).not.toBe(key(DATA))
    expect(key(changed((data) => (data.chapters[1]!.number = '9')))).toBe(key(DATA))
  })

  it('count what is only counted, and the one field a filter looks at', () => {
    const key = keyAfter((data) => [data.chapters.length, data.rules.filter((rule) => rule.normative).length])
    expect(key(changed((data) => (data.rules[0]!.hash = 'edited')))).toBe(key(DATA))
    expect(key(changed((data) => (data.chapters[0]!.title = 'edited')))).toBe(key(DATA))
    expect(key(changed((data) => (data.rules[1]!.normative = true)))).not.toBe(key(DATA))
    expect(key(changed((data) => data.chapters.pop()))).not.toBe(key(DATA))
  })

  it('depend on a field being absent, and on what `in` asks', () => {
    const absent = keyAfter((data) => data.chapters.map((chapter) => chapter.number ?? 'none'))
    expect(absent(changed((data) => delete data.chapters[0]!.number))).not.toBe(absent(DATA))
    const asked = keyAfter((data) => 'trace' in data)
    expect(asked(changed((data) => delete data.trace))).not.toBe(asked(DATA))
    expect(asked(changed((data) => (data.title = 'edited')))).toBe(asked(DATA))
    const truthy = keyAfter((data) => (data.trace ? 'traced' : 'not'))
    expect(truthy(changed((data) => (data.trace = {tests: 3})))).not.toBe(truthy(DATA))
  })

  it('are all of an object whose keys were listed (a spread, JSON, Object.entries)', () => {
    for (const page of [(data: Data) => ({...data.rules[0]}), (data: Data) => JSON.stringify(data.rules), (data: Data) => Object.entries(data.rules[0]!)]) {
      const key = keyAfter(page)
      expect(key(changed((data) => (data.rules[0]!.hash = 'edited')))).not.toBe(key(DATA))
      expect(key(changed((data) => (data.title = 'edited')))).toBe(key(DATA))
    }
  })

  it('keep the data’s identities: the same object read twice from the same place is the same', () => {
    const {data} = recordReads(structuredClone(DATA))
    expect(data.chapters[0]).toBe(data.chapters[0])
    expect(Array.isArray(data.chapters)).toBe(true)
    expect([...data.chapters].map((chapter) => chapter.id)).toEqual(['one', 'two'])
  })

  it('give the same key only when every read gives the same answer (random data, reads and edits)', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({depthSize: 'small', withCrossShrink: true}, fc.constantFrom(null, true, 0, 1, 'a', 'b'), tie('array'), tie('object')),
      array: fc.array(tie('value'), {maxLength: 3}),
      object: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), {maxKeys: 3}),
    }))
    const step = fc.oneof(fc.constantFrom('a', 'b', 'c', 'length'), fc.nat({max: 3}).map(String))
    const paths = fc.array(fc.array(step, {maxLength: 4}), {minLength: 1, maxLength: 4})
    // A page: follows each path; what it shows of an object at the end is its JSON (all of it).
    const page = (data: unknown, walks: string[][]): unknown[] =>
      walks.map((walk) => {
        let at: unknown = data
        for (const property of walk) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[property] : undefined
        return at !== null && typeof at === 'object' ? JSON.stringify(at) : at
      })
    // An edit: the value at a path replaced (or added).
    const edited = (data: unknown, walk: string[], value: unknown): unknown => {
      const copy = structuredClone(data)
      let at: unknown = copy
      for (const [index, property] of walk.entries()) {
        if (at === null || typeof at !== 'object') return copy
        const holder = at as Record<string, unknown>
        // The data stays JSON: an array gets no named properties, nor holes.
        if (Array.isArray(holder) && !(/^\d+$/.test(property) && Number(property) <= holder.length)) return copy
        if (index === walk.length - 1) holder[property] = value
        else at = holder[property]
      }
      return copy
    }
    const RUNS = 2000
    let kept = 0
    fc.assert(
      fc.property(json.object, fc.array(step, {minLength: 1, maxLength: 4}), json.value, paths, (before, walk, value, walks) => {
        const after = edited(before, walk, value)
        const recording = recordReads(structuredClone(before))
        const shown = page(recording.data, walks)
        const reads: Reads = recording.reads()
        if (readsDigests(before)(reads) !== readsDigests(after as object)(reads)) return
        kept++
        expect(page(after, walks)).toEqual(shown)
      }),
      {numRuns: RUNS},
    )
    // Edits the reads did not see were common: the claim was put to the test.
    expect(kept).toBeGreaterThan(RUNS / 10)
  })
})
