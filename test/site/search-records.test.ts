import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {searchRecords} from '../../src/search/search-records.ts'
import {FIXTURE_ROOT} from './build-fixture.ts'

describe('search records', () => {
  it('has one record per labelled paragraph and one per section of unlabelled text', async () => {
    const {spec} = await assembleModel(FIXTURE_ROOT, {cache: false})
    const records = searchRecords(spec)
    const byUrl = new Map(records.map((record) => [record.url, record]))
    const cond = byUrl.get('/main/expressions/#r-expr.if.cond')!
    expect(cond.meta).toEqual({title: '`if` expressions'.replace(/`/g, ''), chapter: 'Expressions', rule: 'expr.if.cond'})
    expect(cond.content).toMatch(/^The condition of an if expression/)
    expect(cond.filters).toEqual({part: ['Core language'], team: ['T-lang']})
    // The admonitions after it are unlabelled: one record for them, landing on their section.
    const notes = byUrl.get('/main/expressions/#if-expressions')!
    expect(notes.content).toContain('A note with the word admonition in it.')
    expect(notes.meta).toEqual({title: 'if expressions', chapter: 'Expressions'})
    // An example's hidden `# ` lines are not what readers see: not indexed; its visible lines are.
    expect(notes.content).toContain('let x = if true { 1 } else { 2 };')
    expect(notes.content).toContain('## not a hidden line')
    expect(records.map((record) => record.content).join('\n')).not.toContain('quokkasetup')
    expect(byUrl.get('/main/types/#r-type.intro')!.filters).toEqual({part: ['Core language'], team: ['T-types', 'T-lang']})
    expect(byUrl.get('/guide/safety/#safe-rendering')!.filters).toEqual({part: ['Guidance'], team: ['spec team']})
    expect(records.filter((record) => record.meta.rule !== undefined)).toHaveLength(Object.keys(spec.rules).length)
  })
})
