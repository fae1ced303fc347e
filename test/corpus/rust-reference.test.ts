/**
 * The real Rust Reference, unmodified (`../shared/corpora/rust-reference`): every rule label is found,
 * every rule link resolves, and `check` reports no errors (its one warning is a genuine problem of the
 * corpus, explained in the README).
 */
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {assembleModel, type Model} from '../../src/pipeline/assemble-model.ts'

const REFERENCE = path.resolve(import.meta.dirname, '../../../shared/corpora/rust-reference')
const available = fs.existsSync(path.join(REFERENCE, 'book.toml'))

describe.runIf(available || process.env.CI === 'true')('the Rust Reference corpus', () => {
  let loaded: Model
  beforeAll(async () => {
    loaded = await assembleModel(REFERENCE, {cache: false})
  })

  it('finds all 2,996 rule labels', () => {
    expect(Object.keys(loaded.spec.rules)).toHaveLength(2996)
    const labels = Object.values(loaded.facts.chapters).reduce((count, chapter) => count + chapter.labels.length, 0)
    expect(labels).toBe(2996)
  })

  it('resolves every rule link and grammar name', () => {
    const unresolved = loaded.spec.chapters
      .flatMap((chapter) => chapter.blocks.flatMap((block) => block.refs))
      .filter((reference) => !reference.resolved)
    // The one exception is a slip of the Reference itself: `[enum]: ../items/enumerations.mdr`.
    expect(unresolved.map((reference) => `${reference.kind} ${reference.target}`)).toEqual(['asset ../items/enumerations.mdr'])
    const ruleLinks = loaded.spec.chapters.flatMap((chapter) => chapter.blocks.flatMap((block) => block.refs)).filter((reference) => reference.kind === 'rule')
    expect(ruleLinks.length).toBeGreaterThan(700)
  })

  it('checks with no errors; the warnings are the unlisted types/textual.md and a link to a `.mdr` file', () => {
    const diagnostics = runCheck(loaded)
    expect(diagnostics.map((d) => `${d.severity} ${d.code} ${d.place?.file}`)).toEqual([
      'warning unresolved-internal-link names/scopes.md',
      'warning unreachable-markdown-file types/textual.md',
    ])
  })

  it('reads every chapter SUMMARY.md lists, and the grammar', () => {
    const listed = loaded.project.entries.filter((entry) => entry.file !== null)
    expect(loaded.spec.chapters.length).toBe(listed.length + 1)
    expect(loaded.spec.grammar.length).toBeGreaterThan(300)
  })
})
