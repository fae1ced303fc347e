/**
 * `diff` on two real revisions of the Rust Reference (`../shared/corpora/rust-reference-2026-03-01` and
 * `../shared/corpora/rust-reference`), checked against clause texts computed independently from the raw
 * lines (`raw-clauses.ts`): every rule whose clause changed beyond white space, list markers and
 * link-definition placement is reported, and no other; a hand-checked sample pins the class of each rule;
 * and real Reference chapters rewrapped, with their link definitions moved and their list markers changed,
 * hash exactly as before.
 */
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {classifyChanges, isChange, type ClauseChange} from '../../src/diff/classify.ts'
import {exportedParagraphs} from '../../src/export/paragraphs.ts'
import type {Clause} from '../../src/model/types.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {writeTree} from '../helpers/spec-fixture.ts'
import {rawClauseTexts} from './raw-clauses.ts'
import {rewrite} from './rewrite-source.ts'
import {CORPORA} from '../helpers/shared.ts'

const OLD = path.join(CORPORA, 'rust-reference-2026-03-01')
const NEW = path.join(CORPORA, 'rust-reference')
const available = fs.existsSync(path.join(OLD, 'book.toml')) && fs.existsSync(path.join(NEW, 'book.toml'))

/** How a change reads in the sample: its status and facets (`kept` is left out). */
function classOf(change: ClauseChange): string {
  return [...(change.status === 'kept' ? [] : [change.status]), ...change.facets].join('+')
}

describe.runIf(available || process.env.CI === 'true')('diff of two real Reference revisions', () => {
  let changes: ClauseChange[]
  let ids: {old: string[]; new: string[]}

  beforeAll(async () => {
    const [before, after] = [await assembleModel(OLD), await assembleModel(NEW)]
    ids = {old: Object.keys(before.spec.rules), new: Object.keys(after.spec.rules)}
    changes = classifyChanges(exportedParagraphs(before.spec, null), exportedParagraphs(after.spec, null)).filter(isChange)
  }, 600_000)

  it('reports exactly the rules whose clause text changed, as computed from the raw lines', () => {
    const raw = {old: rawClauseTexts(OLD), new: rawClauseTexts(NEW)}
    // The raw computation finds the same rules as the model, on both sides.
    expect([...raw.old.keys()].sort()).toEqual([...ids.old].sort())
    expect([...raw.new.keys()].sort()).toEqual([...ids.new].sort())
    const kept = ids.new.filter((id) => raw.old.has(id))
    const rawChanged = kept.filter((id) => raw.old.get(id)!.text !== raw.new.get(id)!.text).sort()
    const reported = changes.filter((change) => change.status === 'kept' && change.facets.some((facet) => facet !== 'moved')).map((change) => change.id).sort()
    expect(reported).toEqual(rawChanged)
    // 131 rules changed; the other kept rules (only rewrapped, re-marked, definitions moved, or not
    // touched at all) are not reported.
    expect(rawChanged).toHaveLength(131)
    expect(kept.length).toBeGreaterThan(2800)
  })

  it('counts every class', () => {
    const counts: Record<string, number> = {}
    for (const change of changes) counts[classOf(change)] = (counts[classOf(change)] ?? 0) + 1
    expect(counts).toEqual({
      added: 71,
      removed: 9,
      renamed: 10,
      'renamed+moved': 2,
      normative: 73,
      'normative+informative': 19,
      informative: 20,
      links: 18,
      'links+informative': 1,
    })
  })

  it('classifies a hand-checked sample of rules', () => {
    // Each checked against both revisions' sources by hand; the comment says what changed.
    const sample: Array<[string, string]> = [
      // Normative text: a word or a sentence changed, a list item added or moved out.
      ['input.shebang.removal', 'normative'], // "The shebang is removed" → "If a shebang is present, it is removed"
      ['lex.keywords.strict.intro', 'normative'], // "These keywords" → "Strict keywords"
      ['lex.keywords.reserved.intro', 'normative'], // "These keywords" → "Reserved keywords"
      ['lex.keywords.weak.intro', 'normative'], // the list of weak keywords moved out into its own rule
      ['comments.syntax', 'normative'], // the grammar of block comments rewritten
      ['lex.token.literal.str.syntax', 'normative'], // STRING_CONTINUE may be followed by white space
      ['macro.intro', 'normative'], // "Macros by Example" → "Macros by example"
      ['macro.decl.meta.specifier', 'normative'], // block: BlockExpression → BlockExpressionNoInnerAttributes
      // Normative and informative: the rule and its example both changed.
      ['items.fn.params.varargs', 'normative+informative'], // C-variadic rewording, new examples
      ['items.extern.attributes.link_name.duplicates', 'normative+informative'], // last → first; the lint note
      ['attributes.diagnostics.must_use.allowed-positions', 'normative+informative'], // a list of positions; a note
      ['attributes.diagnostics.must_use.type', 'normative+informative'], // reworded; a new example
      ['attributes.diagnostics.must_use.fn', 'normative+informative'],
      ['attributes.diagnostics.must_use.trait', 'normative+informative'],
      // Informative only: an example or a note changed; the cited hash did not.
      ['crate.attributes', 'informative'], // the example mentions a shebang
      ['items.use.as-underscore.intro', 'informative'], // an example moved here from the next rule
      ['items.use.as-underscore.glob', 'informative'], // ... and out of this one
      ['items.enum.discriminant.restrictions.same-discriminant', 'informative'], // trailing commas in the example
      ['items.enum.discriminant.restrictions.above-max-discriminant', 'informative'],
      // Links retargeted: the same words now link elsewhere (or a word became a link).
      ['items.fn.fn-item-type', 'links'], // "zero-sized" now links to glossary.zst
      ['attributes.codegen.naked.body', 'links'], // page anchors → rule links (items.fn.body, asm)
      ['attributes.codegen.naked.track_caller', 'links'], // #the-track_caller-attribute → the rule
      ['attributes.codegen.naked.testing', 'links'], // testing.md → attributes.testing
      ['expr.move.movable-place', 'links'], // `Box<T>` to the standard library → the Reference's own page
      ['expr.as.pointer.discard-metadata', 'links'], // a new link to dynamic-sized.pointer-types
      ['items.use.self.intro', 'links+informative'], // #brace-syntax → items.use.multiple-syntax; "usage" → "use"
      // Renamed (found by equal hashes, as the Reference has no registry), and moved.
      ['items.union.ref.use', 'renamed'], // was items.union.ref.usage
      ['patterns.use', 'renamed'], // was patterns.usage
      ['type.bool.use-in-condition', 'renamed'], // was type.bool.usage-condition
      ['shebang.intro', 'renamed+moved'], // was input.shebang.intro, now in its own chapter
      ['shebang.position', 'renamed+moved'],
      // Added and removed.
      ['shebang.syntax', 'added'],
      ['lex.keywords.strict.syntax', 'added'],
      ['input.shebang.syntax', 'removed'],
      ['lex.keywords.strict.list', 'removed'],
      ['type.trait-object.name', 'removed'],
    ]
    expect(sample.length).toBeGreaterThanOrEqual(30)
    const byId = new Map(changes.map((change) => [change.id, change]))
    expect(sample.map(([id]) => [id, byId.has(id) ? classOf(byId.get(id)!) : 'unchanged'])).toEqual(sample)
    expect(byId.get('items.union.ref.use')).toMatchObject({previousId: 'items.union.ref.usage', renamedVia: 'text'})
    expect(byId.get('shebang.intro')).toMatchObject({previousId: 'input.shebang.intro', from: {chapter: 'input-format'}, to: {chapter: 'shebang'}})
    expect(byId.get('lex.keywords.strict.intro')!.diff).toMatch(/^\[-These-\]\{\+Strict\+\} keywords can only be used/)
    expect(byId.get('items.fn.fn-item-type')!.links).toEqual({removed: [], added: ['rule:glossary.zst']})
    // A rule whose clause did not change at all is not listed.
    expect(byId.has('destructors.scope.operands')).toBe(false)
  })
})

describe.runIf(available || process.env.CI === 'true')('clause hashes of real Reference text', () => {
  const chapters = ['destructors.md', 'behavior-considered-undefined.md', 'items/functions.md', 'expressions/operator-expr.md', 'attributes/codegen.md']

  async function clausesOf(transform: (source: string) => string): Promise<Clause[]> {
    const files: Record<string, string> = {
      'book.toml': '[book]\ntitle = "Reference excerpt"\n',
      'src/SUMMARY.md': `# Summary\n\n${chapters.map((file) => `- [${file}](${file})`).join('\n')}\n`,
    }
    for (const file of chapters) files[`src/${file}`] = transform(fs.readFileSync(path.join(NEW, 'src', file), 'utf8'))
    const {spec} = await assembleModel(await writeTree(files), {cache: false})
    return spec.chapters.flatMap((chapter) => chapter.clauses)
  }

  it('are unchanged by rewrapping, moving link definitions and changing list markers', async () => {
    const original = await clausesOf((source) => source)
    const rewritten = await clausesOf(rewrite)
    // The rewrite did rewrap: the sources differ a lot.
    const sample = fs.readFileSync(path.join(NEW, 'src', chapters[0]!), 'utf8')
    expect(rewrite(sample).split('\n').filter((line, index) => line !== sample.split('\n')[index]).length).toBeGreaterThan(100)
    expect(original.length).toBeGreaterThan(300)
    expect(rewritten.map((clause) => [clause.id, clause.hash, clause.informativeHash])).toEqual(original.map((clause) => [clause.id, clause.hash, clause.informativeHash]))
  }, 300_000)
})
