/**
 * Clauses: what a rule ID stands for (from its label to the next label or heading), and what its hash
 * covers (the main text and the identity of its link targets, not the informative part; normalized so
 * that rewrapping, moving link definitions and changing list markers are no change).
 */
import {describe, expect, it} from 'vitest'
import {clauseHash} from '../../src/model/clauses.ts'
import {sha256} from '../../src/model/text.ts'
import type {Clause, Spec} from '../../src/model/types.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

/** A one-chapter mdBook (the Reference's dialect) whose chapter is `body`. */
async function book(body: string, extra: Record<string, string> = {}): Promise<Spec> {
  const root = await writeTree({
    'book.toml': '[book]\ntitle = "Clauses"\n',
    'src/SUMMARY.md': '# Summary\n\n- [Main](main.md)\n- [Other](other.md)\n',
    'src/main.md': body,
    'src/other.md': '# Other\n\nr[other.a]\nTarget a.\n\nr[other.b]\nTarget b.\n',
    ...extra,
  })
  return (await assembleModel(root, {cache: false})).spec
}

function clauses(spec: Spec): Record<string, Clause> {
  return Object.fromEntries(spec.chapters.find((chapter) => chapter.id === 'main')!.clauses.map((clause) => [clause.id, clause]))
}

describe('a clause', () => {
  it('runs from its label to the next label, with every block between', async () => {
    // destructors.scope.lifetime-extension.exprs.extending in the Reference: the list is the rule.
    const spec = await book(
      '# Main\n\nr[main.extending]\nAn extending expression is one of the following:\n\n* The operand of a borrow.\n* The operand of a cast.\n\n```rust\nlet x = &temp();\n```\n\n> [!NOTE]\n> Notes belong to the clause too.\n\nr[main.next]\nNext rule.\n'
    )
    const {'main.extending': extending, 'main.next': next} = clauses(spec)
    expect(extending).toMatchObject({
      kind: 'clause',
      normative: true,
      text: 'An extending expression is one of the following: The operand of a borrow. The operand of a cast.',
      informativeText: 'let x = &temp(); Notes belong to the clause too.',
    })
    expect(extending!.blocks).toHaveLength(5) // paragraph, list, code, admonition, the note's paragraph
    expect(extending!.informativeHash).toBe(sha256(extending!.informativeText))
    expect(next).toMatchObject({text: 'Next rule.', informativeHash: null})
    const main = spec.chapters.find((chapter) => chapter.id === 'main')!
    expect(main.blocks.filter((block) => block.clause === 'main.extending')).toHaveLength(5)
  })

  it('ends at the next heading, labelled or not; text after an unlabelled heading is in no clause', async () => {
    const spec = await book('# Main\n\nr[main.a]\nRule a.\n\n## Plain heading\n\nExposition.\n')
    const main = spec.chapters.find((chapter) => chapter.id === 'main')!
    expect(clauses(spec)['main.a']!.text).toBe('Rule a.')
    expect(main.blocks.find((block) => block.text === 'Exposition.')).toMatchObject({clause: null, kind: 'informative'})
  })

  it('of a labelled heading holds the heading and the text after it; followed at once by a label it is a section', async () => {
    // destructors.scope.operands in the Reference labels a heading with a normative paragraph under it.
    const spec = await book('# Main\n\nr[main.section]\n## Section\n\nr[main.operands]\n### Operands\n\nOperands are dropped last.\n\nr[main.after]\nAfter.\n')
    const {'main.section': section, 'main.operands': operands} = clauses(spec)
    expect(section).toMatchObject({kind: 'section', normative: false, text: 'Section'})
    expect(operands).toMatchObject({kind: 'clause', normative: true, text: 'Operands Operands are dropped last.'})
    expect(spec.rules['main.operands']).toMatchObject({chapter: 'main', clause: 1})
  })

  it('whose labelled block is a note is informative as a whole, and hashes all of it', async () => {
    const spec = await book('# Main\n\nr[main.note]\n> [!NOTE]\n> Only a note.\n\nMore of it.\n')
    expect(clauses(spec)['main.note']).toMatchObject({normative: false, text: 'Only a note. More of it.', informativeHash: null})
  })
})

describe('a clause hash', () => {
  const base = '# Main\n\nr[main.a]\nA rule that links to [the target][other.a] and\nlists:\n\n- one\n- two\n\n[unused]: https://example.com\n\nr[main.b]\nB.\n'

  it('covers the main text and the identity of link targets; a one-block clause without links hashes like its text', async () => {
    const spec = await book(base)
    const a = clauses(spec)['main.a']!
    expect(a.links).toEqual(['rule:other.a'])
    expect(a.hash).toBe(clauseHash(a.text, ['rule:other.a']))
    expect(clauses(spec)['main.b']!.hash).toBe(sha256('B.'))
  })

  it('is unchanged by rewrapping, moving link definitions, changing list markers and link style', async () => {
    const before = clauses(await book(base))['main.a']!
    const rewritten = clauses(
      await book('# Main\n\n[unused]: https://example.com\n\nr[main.a]\nA rule that links to\n[the target](other.md#r-other.a) and lists:\n\n* one\n* two\n\nr[main.b]\nB.\n')
    )['main.a']!
    expect(rewritten.hash).toBe(before.hash)
  })

  it('changes when a link is retargeted, with the same text', async () => {
    // `[borrow checker][borrowck.intro]` → `[borrow checker][unsafeck.intro]` in the issue.
    const before = clauses(await book(base))['main.a']!
    const after = clauses(await book(base.replace('[other.a]', '[other.b]')))['main.a']!
    expect(after.text).toBe(before.text)
    expect(after.links).toEqual(['rule:other.b'])
    expect(after.hash).not.toBe(before.hash)
  })

  it('changes with the informative part only in the informative hash', async () => {
    const text = '# Main\n\nr[main.a]\nRule.\n\n> [!NOTE]\n> A note.\n'
    const before = clauses(await book(text))['main.a']!
    const after = clauses(await book(text.replace('A note.', 'A better note.')))['main.a']!
    expect(after.hash).toBe(before.hash)
    expect(after.informativeHash).not.toBe(before.informativeHash)
  })

  it('follows registry renames, so that renaming a linked rule changes no linker', async () => {
    const body = (target: string): string => `# Main\n\nr[main.a]\nSee [${target}].\n`
    const hash = `${'0'.repeat(64)}\t-`
    const before = clauses(await book(body('other.a')))['main.a']!
    const registry = `# schema: 2\nother.a\trenamed:other.renamed\t1.0\t1.0\t${hash}\n`
    const after = clauses(
      await book(body('other.renamed'), {'registry.txt': registry, 'src/other.md': '# Other\n\nr[other.renamed]\nTarget a.\n\nr[other.b]\nTarget b.\n'})
    )['main.a']!
    expect(after.links).toEqual(['rule:other.a'])
    expect(after.hash).toBe(before.hash)
  })
})
