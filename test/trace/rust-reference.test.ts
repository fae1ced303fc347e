/**
 * Traceability on the real Rust Reference (`../shared/corpora/rust-reference`, unmodified): a synthetic
 * rust-lang/rust-style test tree cites 100 known rules across 60 files (10 of them twice), 3 unknown IDs
 * and 2 heading-level IDs (`expr`, `items.fn`); the counts are exact.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {classifyId, indexSpec} from '../../src/trace/cited-ids.ts'
import {runTrace, type TraceResult} from '../../src/trace/run-trace.ts'
import {REFERENCE} from '../helpers/shared.ts'

const available = fs.existsSync(path.join(REFERENCE, 'book.toml'))

describe.runIf(available || process.env.CI === 'true')('trace on the Rust Reference', () => {
  let tree: string
  let cited: string[]
  let result: TraceResult
  let index: ReturnType<typeof indexSpec>

  beforeAll(async () => {
    const model = await assembleModel(REFERENCE, {cache: false})
    // 100 normative paragraphs spread over the whole book: every 23rd in document order.
    index = indexSpec(model.spec)
    cited = index
      .paragraphs.filter((paragraph) => paragraph.normative)
      .filter((_, index) => index % 23 === 0)
      .slice(0, 100)
      .map((paragraph) => paragraph.id)
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-trace-reference-'))
    const extra: Record<number, string> = {10: 'expr.if.nonexistent', 20: 'items.fn.vanished', 30: 'no.such.rule', 50: 'expr', 51: 'items.fn'}
    for (let file = 0; file < 60; file++) {
      // Files 0–39 cite two rules, 40–59 one; the last file also cites the first ten again.
      const ids = file < 40 ? [cited[2 * file]!, cited[2 * file + 1]!] : [cited[40 + file]!]
      if (file === 59) ids.push(...cited.slice(0, 10))
      const more = extra[file]
      if (more) ids.push(more)
      const lines = ['//@ check-pass', '//@ edition: 2021', ...ids.map((id) => `//@ reference: ${id}`), '', 'fn main() {', '    let _ = 1 + 1;', '}']
      fs.mkdirSync(path.join(tree, 'ui', `group-${file % 6}`), {recursive: true})
      fs.writeFileSync(path.join(tree, 'ui', `group-${file % 6}`, `test-${String(file).padStart(2, '0')}.rs`), `${lines.join('\n')}\n`)
    }
    result = await runTrace(model, [tree])
  })

  afterAll(() => {
    if (tree) fs.rmSync(tree, {recursive: true, force: true})
  })

  it('covers exactly the 100 cited paragraphs of 2,505 normative clauses', () => {
    expect(new Set(cited).size).toBe(100)
    expect(result.report.totals).toEqual({covered: 100, total: 2505, percent: 3.9, citations: 115, citingFiles: 60})
    expect(result.report.uncovered).toHaveLength(2405)
    expect(result.report.chapters.reduce((sum, chapter) => sum + chapter.covered, 0)).toBe(100)
    expect(result.report.chapters.reduce((sum, chapter) => sum + chapter.total, 0)).toBe(2505)
    expect(result.report.chapters).toHaveLength(121)
    expect(result.scanned).toEqual({files: 60, binary: 0})
  })

  it('lists the tests of each paragraph; the first ten rules have two', () => {
    const byId = new Map(result.report.paragraphs.map((paragraph) => [paragraph.id, paragraph.tests]))
    expect(byId.get(cited[0]!)).toEqual(['ui/group-0/test-00.rs', 'ui/group-5/test-59.rs'])
    expect(result.report.paragraphs.filter((paragraph) => paragraph.tests.length === 2)).toHaveLength(10)
    expect(result.report.paragraphs.filter((paragraph) => paragraph.tests.length === 1)).toHaveLength(90)
  })

  it('reports the unknown IDs with file:line and the heading-level ones with the paragraphs they stand for', () => {
    expect(result.report.unknown.map((entry) => `${entry.file}:${entry.line} ${entry.id}`)).toEqual([
      'ui/group-0/test-30.rs:5 no.such.rule',
      'ui/group-2/test-20.rs:5 items.fn.vanished',
      'ui/group-4/test-10.rs:5 expr.if.nonexistent',
    ])
    expect(result.report.parents.map((entry) => `${entry.file}:${entry.line} ${entry.id} ${entry.paragraphs.length}`)).toEqual([
      'ui/group-2/test-50.rs:4 expr 454',
      'ui/group-3/test-51.rs:4 items.fn 53',
    ])
    expect(result.report.diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.code}`).sort()).toEqual([
      'error unknown-rule-cited',
      'error unknown-rule-cited',
      'error unknown-rule-cited',
      'warning parent-rule-cited',
      'warning parent-rule-cited',
    ])
  })

  it('counts a labelled heading with text of its own as a citable clause; only pure sections are parents', () => {
    // `type.pointer.smart` labels "## Smart pointers", followed by a paragraph of its own.
    expect(classifyId(index, 'type.pointer.smart')).toMatchObject({kind: 'paragraph', paragraph: {normative: true}})
    expect(classifyId(index, 'type.pointer.smart').kind === 'paragraph' && classifyId(index, 'type.pointer.smart')).toMatchObject({
      paragraph: {text: expect.stringMatching(/^Smart pointers The standard library contains additional 'smart pointer' types/)},
    })
    // `destructors.scope.operands` labels "### Operands" with a normative paragraph under it; `items.fn`
    // labels "# Functions", followed at once by another label: a pure section.
    expect(classifyId(index, 'destructors.scope.operands')).toMatchObject({kind: 'paragraph'})
    expect(classifyId(index, 'items.fn')).toMatchObject({kind: 'parent', heading: true})
  })
})
