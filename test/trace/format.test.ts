/**
 * The output formats of `specmark trace` on the fixture spec and tests: the JSON document's exact shape,
 * CSV quoting, and the text report's sections.
 */
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {traceToCsv} from '../../src/trace/format-csv.ts'
import {traceToJson} from '../../src/trace/format-json.ts'
import {summarizeTrace, traceToText} from '../../src/trace/format-text.ts'
import {runTrace, type TraceResult} from '../../src/trace/run-trace.ts'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/trace')

let result: TraceResult
beforeAll(async () => {
  result = await runTrace(await assembleModel(path.join(FIXTURES, 'spec'), {cache: false}), [path.join(FIXTURES, 'tests')])
})

describe('traceToJson', () => {
  it('holds paragraphs (id, tests), unknown (id, file, line) and chapters (chapter, covered, total), and the rest', () => {
    const document = JSON.parse(traceToJson(result))
    expect(Object.keys(document)).toEqual(['schemaVersion', 'title', 'version', 'trees', 'scanned', 'summary', 'chapters', 'paragraphs', 'uncovered', 'unknown', 'parents', 'renamed'])
    expect(document).toMatchObject({schemaVersion: 1, title: 'Trace fixture', version: '1.0.0', scanned: {files: 6, binary: 0}})
    expect(document.summary).toEqual({covered: 5, total: 8, percent: 62.5, citations: 11, citingFiles: 5})
    expect(document.chapters).toEqual([
      {chapter: 'expressions', title: 'Expressions', covered: 3, total: 5, percent: 60},
      {chapter: 'items', title: 'Items', covered: 2, total: 3, percent: 66.6},
    ])
    expect(document.paragraphs[1]).toEqual({id: 'expr.if.cond', chapter: 'expressions', normative: true, tests: ['ui/expr/if.rs', 'ui/expr/while.rs']})
    expect(document.paragraphs.map((paragraph: {id: string; tests: string[]}) => `${paragraph.id} ${paragraph.tests.length}`)).toEqual([
      'expr.intro 0',
      'expr.if.cond 2',
      'expr.if.else 1',
      'expr.if.note 1',
      'expr.loop.while 1',
      'expr.loop.break 0',
      'items.intro 0',
      'items.fn.intro 1',
      'items.fn.params 1',
    ])
    expect(document.unknown).toEqual([
      {id: 'expr.if.cnd', file: 'ui/expr/typo.rs', line: 3, column: 16},
      {id: 'expr.nowhere.at.all', file: 'ui/expr/typo.rs', line: 4, column: 16},
    ])
    expect(document.parents.map((parent: {id: string; paragraphs: string[]}) => `${parent.id} ${parent.paragraphs.length}`)).toEqual(['expr 5', 'items.fn 2'])
    expect(document.uncovered[0]).toEqual({id: 'expr.intro', chapter: 'expressions', file: 'expressions.md', line: 9})
  })
})

describe('traceToCsv', () => {
  it('writes one row per paragraph with RFC 4180 quoting', () => {
    const lines = traceToCsv(result).split('\r\n')
    expect(lines[0]).toBe('id,chapter,normative,tests_count,tests')
    expect(lines[1]).toBe('expr.intro,expressions,yes,0,')
    // Several tests share one quoted cell, one per line (a bare LF inside the quotes; rows end in CRLF).
    expect(lines[2]).toBe('expr.if.cond,expressions,yes,2,"ui/expr/if.rs\nui/expr/while.rs"')
    expect(lines[4]).toBe('expr.if.note,expressions,no,1,ui/items/fn.rs')
    expect(lines).toHaveLength(11)
  })

  it('quotes paths with commas, quotes and newlines, and adds a suspect column with --since', () => {
    const odd = {
      ...result,
      report: {...result.report, paragraphs: [{id: 'a.b', chapter: 'c', normative: true, tests: ['dir, with comma/x.rs', 'say "hi".rs']}]},
      suspects: {since: '0.1', links: [{id: 'a.b', chapter: 'c', releasedAs: 'a.b', tests: [], facets: ['normative' as const], before: '', after: '', diff: ''}], reviewed: []},
    }
    expect(traceToCsv(odd)).toBe('id,chapter,normative,tests_count,tests,suspect\r\na.b,c,yes,2,"dir, with comma/x.rs\nsay ""hi"".rs",yes\r\n')
  })
})

describe('traceToText', () => {
  it('prints the chapter table, the uncovered paragraphs, the cited ones and the diagnostics', () => {
    const text = traceToText(result, (file) => `spec/${file}`)
    expect(text).toContain(
      [
        'Coverage by chapter',
        '  covered    total  coverage  chapter',
        '        3        5     60.0%  expressions (Expressions)',
        '        2        3     66.6%  items (Items)',
        '        5        8     62.5%  total',
        '',
        'Uncovered normative paragraphs (3)',
        '  expr.intro       spec/expressions.md:9',
        '  expr.loop.break  spec/expressions.md:31',
        '  items.intro      spec/items.md:9',
      ].join('\n')
    )
    expect(text).toContain('  expr.if.cond: 2 tests\n    ui/expr/if.rs\n    ui/expr/while.rs\n')
    expect(text).toMatch(/typo\.rs:3:16: error\[unknown-rule-cited\]: Unexpected citation of undefined rule `expr\.if\.cnd`/)
    expect(summarizeTrace(result)).toBe(
      'traced 11 citations in 5 test files (6 files scanned): 5 of 8 normative paragraphs covered (62.5%); 2 errors, 2 warnings'
    )
  })
})
