/**
 * Coverage on the fixture spec (`test/fixtures/trace/spec`: 8 normative paragraphs in two chapters,
 * heading IDs, an interior prefix and a labelled note) against the fixture test tree, and what each kind
 * of cited ID counts for.
 */
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {assembleModel, type Model} from '../../src/pipeline/assemble-model.ts'
import {classifyId, indexSpec} from '../../src/trace/cited-ids.ts'
import {percentOf, traceCoverage, type TraceReport} from '../../src/trace/coverage.ts'
import {resolvePatterns} from '../../src/trace/patterns.ts'
import {scanTestTrees} from '../../src/trace/scan.ts'
import {traceForSite} from '../../src/trace/site-trace.ts'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/trace')

let model: Model
let report: TraceReport
beforeAll(async () => {
  model = await assembleModel(path.join(FIXTURES, 'spec'), {cache: false})
  const scan = await scanTestTrees([path.join(FIXTURES, 'tests')], {patterns: resolvePatterns()})
  report = traceCoverage(model.spec, scan.citations)
})

describe('traceCoverage', () => {
  it('counts normative, non-heading paragraphs per chapter, rounding down', () => {
    expect(report.chapters).toEqual([
      {chapter: 'expressions', title: 'Expressions', covered: 3, total: 5, percent: 60},
      {chapter: 'items', title: 'Items', covered: 2, total: 3, percent: 66.6},
    ])
    expect(report.totals).toEqual({covered: 5, total: 8, percent: 62.5, citations: 11, citingFiles: 5})
  })

  it('lists every citable paragraph with its tests, and the uncovered normative ones', () => {
    expect(report.paragraphs).toEqual([
      {id: 'expr.intro', chapter: 'expressions', normative: true, tests: []},
      {id: 'expr.if.cond', chapter: 'expressions', normative: true, tests: ['ui/expr/if.rs', 'ui/expr/while.rs']},
      {id: 'expr.if.else', chapter: 'expressions', normative: true, tests: ['ui/expr/if.rs']},
      {id: 'expr.if.note', chapter: 'expressions', normative: false, tests: ['ui/items/fn.rs']},
      {id: 'expr.loop.while', chapter: 'expressions', normative: true, tests: ['ui/expr/while.rs']},
      {id: 'expr.loop.break', chapter: 'expressions', normative: true, tests: []},
      {id: 'items.intro', chapter: 'items', normative: true, tests: []},
      {id: 'items.fn.intro', chapter: 'items', normative: true, tests: ['ui/items/fn.rs']},
      {id: 'items.fn.params', chapter: 'items', normative: true, tests: ['ui/items/fn.rs']},
    ])
    expect(report.uncovered).toEqual([
      {id: 'expr.intro', chapter: 'expressions', file: 'expressions.md', line: 9},
      {id: 'expr.loop.break', chapter: 'expressions', file: 'expressions.md', line: 31},
      {id: 'items.intro', chapter: 'items', file: 'items.md', line: 9},
    ])
  })

  it('reports unknown IDs as errors with file:line and a likely correction', () => {
    expect(report.unknown).toEqual([
      {id: 'expr.if.cnd', file: 'ui/expr/typo.rs', line: 3, column: 16},
      {id: 'expr.nowhere.at.all', file: 'ui/expr/typo.rs', line: 4, column: 16},
    ])
    const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
    expect(errors.map((diagnostic) => [diagnostic.code, `${path.basename(diagnostic.place!.file)}:${diagnostic.place!.start.line}`, diagnostic.hint])).toEqual([
      ['unknown-rule-cited', 'typo.rs:3', 'did you mean `expr.if.cond`?'],
      ['unknown-rule-cited', 'typo.rs:4', 'the nearest defined parent is `expr`'],
    ])
  })

  it('warns about heading-level IDs and interior prefixes, naming the paragraphs they stand for, and counts them for none', () => {
    expect(report.parents).toEqual([
      {id: 'expr', file: 'ui/expr/broad.rs', line: 2, column: 16, paragraphs: ['expr.intro', 'expr.if.cond', 'expr.if.else', 'expr.loop.while', 'expr.loop.break']},
      {id: 'items.fn', file: 'ui/expr/broad.rs', line: 3, column: 16, paragraphs: ['items.fn.intro', 'items.fn.params']},
    ])
    const warnings = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')
    expect(warnings.map((diagnostic) => diagnostic.reason)).toEqual([
      'Unexpected citation of heading-level rule `expr`, expected one of the 5 paragraphs under it; it covers none of them',
      'Unexpected citation of rule prefix `items.fn`, expected one of the 2 paragraphs under it; it covers none of them',
    ])
    expect(warnings[1]!.hint).toBe('cite the most specific rule: `items.fn.intro`, `items.fn.params`')
    expect(report.paragraphs.some((paragraph) => paragraph.tests.includes('ui/expr/broad.rs'))).toBe(false)
  })

  it('falls back to the section for a heading whose paragraphs do not share its prefix', () => {
    const index = indexSpec(model.spec)
    expect(classifyId(index, 'expr.loop')).toMatchObject({kind: 'parent', heading: true, paragraphs: ['expr.loop.while', 'expr.loop.break']})
    const spec = structuredClone(model.spec)
    const loopHeading = spec.chapters[0]!.sections.find((section) => section.ruleId === 'expr.loop')!
    loopHeading.ruleId = 'expr.repeat'
    spec.chapters[0]!.blocks.find((block) => block.ruleId === 'expr.loop')!.ruleId = 'expr.repeat'
    spec.chapters[0]!.clauses.find((clause) => clause.id === 'expr.loop')!.id = 'expr.repeat'
    spec.rules['expr.repeat'] = spec.rules['expr.loop']!
    delete spec.rules['expr.loop']
    expect(classifyId(indexSpec(spec), 'expr.repeat')).toMatchObject({kind: 'parent', paragraphs: ['expr.loop.while', 'expr.loop.break']})
  })

  it('gives the same report for citations in any order', async () => {
    const scan = await scanTestTrees([path.join(FIXTURES, 'tests')], {patterns: resolvePatterns()})
    expect(traceCoverage(model.spec, [...scan.citations].reverse())).toEqual(report)
  })

  it('treats a spec without normative paragraphs as fully covered', () => {
    const empty = traceCoverage({...model.spec, chapters: []}, [])
    expect(empty.totals).toMatchObject({covered: 0, total: 0, percent: 100})
    expect(percentOf(0, 0)).toBeNull()
    expect(percentOf(1, 3)).toBe(33.3)
    expect(percentOf(9999, 10000)).toBe(99.9)
  })
})

describe('traceForSite', () => {
  it('gives per-rule counts and paths, chapter coverage and the uncovered list as plain data', async () => {
    const scan = await scanTestTrees([path.join(FIXTURES, 'tests')], {patterns: resolvePatterns()})
    const site = traceForSite(model.spec, scan.citations, {trees: ['tests']})
    expect(JSON.parse(JSON.stringify(site))).toEqual(site)
    expect(Object.keys(site.rules)).toHaveLength(9)
    expect(site.rules['expr.if.cond']).toEqual({count: 2, tests: ['ui/expr/if.rs', 'ui/expr/while.rs']})
    expect(site.rules['expr.intro']).toEqual({count: 0, tests: []})
    expect(site.rules.expr).toBeUndefined()
    expect(site.chapters.map((chapter) => `${chapter.chapter} ${chapter.covered}/${chapter.total}`)).toEqual(['expressions 3/5', 'items 2/3'])
    expect(site.uncovered.map((paragraph) => paragraph.id)).toEqual(['expr.intro', 'expr.loop.break', 'items.intro'])
    expect(site.totals).toEqual({covered: 5, total: 8, percent: 62.5})
    expect(site.trees).toEqual(['tests'])
  })
})
