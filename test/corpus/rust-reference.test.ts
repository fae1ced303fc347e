/**
 * The real Rust Reference, unmodified (`../shared/corpora/rust-reference`): every rule label is found,
 * every rule link resolves, and `check` reports no errors (its one warning is a genuine problem of the
 * corpus, explained in the README); real chapters render through the render workers exactly as on this
 * thread, from the model's parse (grammar included), with every anchor and rule link in place.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {anchorFor} from '../../src/core/anchors.ts'
import type {Chapter} from '../../src/model/types.ts'
import {assembleModel, type Model} from '../../src/pipeline/assemble-model.ts'
import {renderAll} from '../../src/render/render-pool.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {closePool, pooledItems} from '../../src/workers/pool.ts'
import {REFERENCE} from '../helpers/shared.ts'

const available = fs.existsSync(path.join(REFERENCE, 'book.toml'))

describe.runIf(available || process.env.CI === 'true')('the Rust Reference corpus', () => {
  let model: Model
  beforeAll(async () => {
    model = await assembleModel(REFERENCE, {cache: false})
  })

  it('finds all 2,996 rule labels', () => {
    expect(Object.keys(model.spec.rules)).toHaveLength(2996)
    const labels = Object.values(model.facts.chapters).reduce((count, chapter) => count + chapter.labels.length, 0)
    expect(labels).toBe(2996)
  })

  it('resolves every rule link and grammar name', () => {
    const unresolved = model.spec.chapters
      .flatMap((chapter) => chapter.blocks.flatMap((block) => block.refs))
      .filter((reference) => !reference.resolved)
    // Its one slip, `[enum]: ../items/enumerations.mdr`, resolves as mdBook publishes it: `enumerations.html`.
    expect(unresolved.map((reference) => `${reference.kind} ${reference.target}`)).toEqual([])
    const ruleLinks = model.spec.chapters.flatMap((chapter) => chapter.blocks.flatMap((block) => block.refs)).filter((reference) => reference.kind === 'rule')
    expect(ruleLinks.length).toBeGreaterThan(700)
  })

  it('checks with no errors; the warnings are the unlisted types/textual.md, a link written `.mdr` and the theme files this copy lacks', () => {
    const diagnostics = runCheck(model)
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.place?.file}:${d.place?.start.line}`)).toEqual([
      // The corpus is the Reference's `src/` and `book.toml` without its `theme/` folder, which book.toml's
      // `additional-css` and `additional-js` name: mdBook would refuse it; specmark builds without them.
      'warning missing-additional-file ../book.toml:7',
      'warning missing-additional-file ../book.toml:8',
      // mdBook publishes `../items/enumerations.mdr` as `enumerations.html`: the link works, the `r` is a slip.
      'warning unresolved-internal-link names/scopes.md:303',
      'warning unreachable-markdown-file types/textual.md:1',
    ])
  })

  it('reads every chapter SUMMARY.md lists, and the grammar', () => {
    const listed = model.project.entries.filter((entry) => entry.file !== null)
    expect(model.spec.chapters.length).toBe(listed.length + 1)
    expect(model.spec.grammar.length).toBeGreaterThan(300)
  })

  describe('rendered through the render workers', () => {
    afterAll(async () => {
      delete process.env.SPECMARK_WORKERS
      await closePool()
    })

    it('gives what this thread gives: headings and productions anchored, rule links landing on rules', async () => {
      // Real chapters of every kind render needs: grammar blocks, the grammar summary, tables, admonitions.
      const has = (type: string) => (chapter: Chapter) => chapter.blocks.some((block) => block.type === type)
      const summary = model.spec.chapters.filter((chapter) => /\{\{\s*grammar-summary\s*\}\}/.test(model.sources.get(chapter.id) ?? ''))
      const picked = [...new Set([...model.spec.chapters.filter(has('grammar')).slice(0, 4), ...summary, ...model.spec.chapters.filter(has('table')).slice(0, 2), ...model.spec.chapters.filter(has('admonition')).slice(0, 2)])]
      expect(summary).toHaveLength(1)
      expect(picked.length).toBeGreaterThanOrEqual(6)
      const inputs = picked.map((chapter) => chapterRenderInput(model, chapter, '/'))

      process.env.SPECMARK_WORKERS = '1'
      const before = pooledItems()
      const jobs = inputs.map((input) => ({input, store: null}))
      const pooled = await renderAll(jobs)
      expect(pooledItems() - before).toBeGreaterThan(0)
      process.env.SPECMARK_WORKERS = '0'
      expect(pooled).toEqual(await renderAll(jobs))

      let ruleLinkCount = 0
      picked.forEach((chapter, index) => {
        const html = pooled[index]!.blocks.map((block) => block.html).join('\n')
        for (const section of chapter.sections) expect(html, `${chapter.file}#${section.anchor}`).toContain(`id="${section.anchor}"`)
        for (const production of model.spec.grammar.filter((candidate) => candidate.chapter === chapter.id)) {
          expect(html, `${chapter.file}: ${production.name}`).toContain(`id="grammar-${production.name}"`)
        }
        // Every nonterminal of the Reference has a production: none renders as unresolved.
        expect(html).not.toContain('class="unresolved"')
        const ruleLinks = [...html.matchAll(/<a href="[^"]*#([^"]+)" class="rule-ref"/g)].map((match) => match[1]!)
        ruleLinkCount += ruleLinks.length
        for (const anchor of ruleLinks) expect(Object.keys(model.spec.rules).map(anchorFor), `${chapter.file} links #${anchor}`).toContain(anchor)
      })
      expect(ruleLinkCount).toBeGreaterThan(0)
      // The summary lists every production, each linked to its definition.
      const summaryHtml = pooled[picked.indexOf(summary[0]!)]!.blocks.map((block) => block.html).join('\n')
      expect(summaryHtml.match(/class="grammar-name"/g)?.length).toBeGreaterThanOrEqual(model.spec.grammar.length)
    }, 300_000)
  })
})

describe.runIf(available || process.env.CI === 'true')('the Reference multiplied, as the benchmarks build it', () => {
  it('checks with no error: every copy renamed, and book.toml naming each copy’s chapters', async () => {
    const {multiplyBook} = await import('../../bench/navigation-scale.ts')
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-multiplied-'))
    multiplyBook(REFERENCE, root, 2)
    const model = await assembleModel(root, {cache: false})
    expect(model.spec.chapters.length).toBe(2 * 121)
    expect(runCheck(model).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])
    // Each copy's grammar summary, syntax index and test summary stay out of search, as the Reference's.
    expect(model.project.search?.chapters.map((chapter) => chapter.path).sort()).toEqual(
      ['grammar.md', 'syntax-index.md', 'test-summary.md'].flatMap((file) => [`copy1/${file}`, `copy2/${file}`]).sort()
    )
  })
})
