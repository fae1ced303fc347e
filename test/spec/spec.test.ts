/**
 * Our own specification (`spec/`) meets the bar the spec team agreed: it checks clean, every outline
 * topic has its chapter with an intro, at least eight labelled normative paragraphs, an example and
 * references into other chapters; the grammar covers the core; every example compiles and behaves.
 */
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {createCollector} from '../../src/diagnostics/diagnostic.ts'
import {runExamples} from '../../src/examples/run-examples.ts'
import {isNormativeKind} from '../../src/model/block-kind.ts'
import {assembleModel, type Model} from '../../src/pipeline/assemble-model.ts'
import os from 'node:os'
import fs from 'node:fs/promises'

const SPEC = path.resolve(import.meta.dirname, '../../spec')

describe('spec/', () => {
  let model: Model
  beforeAll(async () => {
    model = await assembleModel(SPEC, {cache: false})
  })

  it('checks clean (the only warnings: interop claims due for re-verification)', () => {
    const diagnostics = runCheck(model)
    const unexpected = diagnostics.filter((d) => d.severity === 'error' || d.code !== 'interop-stale')
    expect(unexpected.map((d) => `${d.place?.file}:${d.place?.start.line} ${d.code} ${d.reason}`)).toEqual([])
  })

  it('has a chapter for every outline topic, in order, with owners from the outline', () => {
    const topics = model.project.entries.map((entry) => entry.topic)
    expect(model.spec.chapters.map((chapter) => chapter.topic)).toEqual(topics)
    expect(model.spec.chapters.find((chapter) => chapter.topic === 'const-eval')?.ownershipOpen).toBe(true)
  })

  it('gives every normative chapter an intro, 8+ normative rules, an example and 2+ cross-chapter references', () => {
    const shortfalls: string[] = []
    for (const chapter of model.spec.chapters) {
      const prefix = model.project.entries.find((entry) => entry.file === chapter.file)!.prefix
      const rules = chapter.blocks.filter((block) => block.ruleId !== null && block.type !== 'heading')
      const normative = rules.filter((block) => isNormativeKind(block.kind)).length
      const examples = chapter.blocks.filter((block) => block.type === 'code' && block.code?.lang === 'rust').length
      const crossReferences = chapter.blocks.flatMap((block) => block.refs).filter((ref) => ref.kind === 'rule' && ref.resolved && ref.destination?.chapter !== chapter.id).length
      // `overview` where `intro` would repeat a Rust Reference ID (citations must be unambiguous).
      if (!(`${prefix}.intro` in model.spec.rules) && !(`${prefix}.overview` in model.spec.rules)) shortfalls.push(`${chapter.id}: no ${prefix}.intro`)
      if (!chapter.informative && normative < 8) shortfalls.push(`${chapter.id}: ${normative} normative rules`)
      if (!chapter.informative && examples < 1) shortfalls.push(`${chapter.id}: no rust example`)
      if (crossReferences < 2) shortfalls.push(`${chapter.id}: ${crossReferences} references to other chapters`)
    }
    expect(shortfalls).toEqual([])
  })

  it('has a grammar for expressions, statements, items and patterns with one connected root', () => {
    const categories = new Set(model.spec.grammar.map((production) => production.category))
    for (const category of ['expressions', 'statements', 'items', 'patterns']) expect(categories).toContain(category)
    expect(model.spec.grammar.filter((production) => production.isRoot).length).toBeGreaterThanOrEqual(1)
  })

  it('defines terms and uses each of them', () => {
    expect(model.spec.terms.length).toBeGreaterThanOrEqual(30)
  })

  it('compiles and runs every example (rustc and g++ are required under CI=true)', async () => {
    const {report, diagnostics} = createCollector()
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-spec-examples-'))
    const summary = await runExamples(model.spec, report, {defaultEdition: '2024', cacheDir, interop: model.interop})
    expect(diagnostics.map((d) => `${d.place?.file}:${d.place?.start.line} ${d.reason}`)).toEqual([])
    expect(summary.compiled).toBeGreaterThan(50)
    expect(summary.pairs).toBeGreaterThanOrEqual(4)
    expect(summary.layoutRows).toBeGreaterThan(30)
  }, 300_000)
})
