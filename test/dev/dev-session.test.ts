/**
 * The dev server's incremental update (`src/dev/dev-session.ts`), without Astro: a save of one chapter
 * re-parses and re-renders that chapter only (other chapters' renderings are kept, also with the disk
 * cache off), the rendered data carries the new text, a save of a non-chapter file reloads the project,
 * and an unreadable save throws an input error that the next good save recovers from. After every save
 * of a series that moves, breaks and mends links, rule IDs, terms, grammar and front matter, the
 * diagnostics are exactly a fresh `check`'s and the rendered data exactly a fresh render's of the same
 * sources (what is kept between saves is never stale); a save of a file that chapters include
 * (`{{#include}}`) re-renders those chapters.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {InputError} from '../../src/diagnostics/diagnostic.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {DevSession, type DevUpdate} from '../../src/dev/dev-session.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const TOPICS = [
  {id: 'alpha', prefix: 'alpha', file: 'alpha.md'},
  {id: 'beta', prefix: 'beta', file: 'beta.md'},
]

function html(update: DevUpdate, chapterId: string): string {
  return update.rendered.chapters.find((candidate) => candidate.id === chapterId)!.blocks.map((block) => block.html).join('\n')
}

describe('dev session', () => {
  it('re-renders only the saved chapter, with its new text', async () => {
    const root = await writeTree({
      'outline.yaml': outlineYaml(TOPICS),
      'alpha.md': chapter('alpha', '# Alpha\n\nr[alpha.intro]\nThe first alpha text.\n'),
      'beta.md': chapter('beta', '# Beta\n\nr[beta.intro]\nBeta links to [alpha.intro].\n'),
    })
    const session = await DevSession.open(root, {cache: false})
    const first = await session.update([])
    expect(first.renderedChapters.sort()).toEqual(['alpha', 'beta'])
    expect(html(first, 'alpha')).toContain('The first alpha text.')

    await fs.writeFile(path.join(root, 'alpha.md'), chapter('alpha', '# Alpha\n\nr[alpha.intro]\nThe second alpha text.\n'))
    const second = await session.update(['alpha.md'])
    expect(second.renderedChapters).toEqual(['alpha'])
    expect(html(second, 'alpha')).toContain('The second alpha text.')
    expect(html(second, 'alpha')).not.toContain('The first alpha text.')
    expect(html(second, 'beta')).toContain('Beta links to')
    expect(second.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([])

    // Nothing changed: nothing is rendered again.
    expect((await session.update(['alpha.md'])).renderedChapters).toEqual([])
  })

  it('re-renders a chapter whose link target disappears, and reports it', async () => {
    const root = await writeTree({
      'outline.yaml': outlineYaml(TOPICS),
      'alpha.md': chapter('alpha', '# Alpha\n\nr[alpha.intro]\nAlpha.\n'),
      'beta.md': chapter('beta', '# Beta\n\nr[beta.intro]\nBeta links to [alpha.intro].\n'),
    })
    const session = await DevSession.open(root, {cache: false})
    await session.update([])
    await fs.writeFile(path.join(root, 'alpha.md'), chapter('alpha', '# Alpha\n\nr[alpha.renamed]\nAlpha.\n'))
    const update = await session.update(['alpha.md'])
    expect(update.renderedChapters.sort()).toEqual(['alpha', 'beta'])
    expect(update.diagnostics.map((diagnostic) => diagnostic.code)).toContain('unresolved-rule-link')
  })

  it('reloads the project when a file that is not a chapter is saved', async () => {
    const root = await writeTree({
      'outline.yaml': outlineYaml(TOPICS.slice(0, 1)),
      'alpha.md': chapter('alpha', '# Alpha\n\nr[alpha.intro]\nAlpha.\n'),
    })
    const session = await DevSession.open(root, {cache: false})
    await session.update([])
    await fs.writeFile(path.join(root, 'beta.md'), chapter('beta', '# Beta\n\nr[beta.intro]\nNew beta.\n'))
    await fs.writeFile(path.join(root, 'outline.yaml'), outlineYaml(TOPICS))
    const update = await session.update(['beta.md', 'outline.yaml'])
    expect(update.renderedChapters).toEqual(['beta'])
    expect(html(update, 'beta')).toContain('New beta.')
  })

  it('reads a chapter written where mdBook would have created it, and stops reporting it missing', async () => {
    const root = await writeTree({'book.toml': '[book]\ntitle = "T"\n', 'src/SUMMARY.md': '- [Layout](layout.md)\n'})
    const session = await DevSession.open(root, {cache: false})
    expect((await session.update([])).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['missing-chapter-file'])
    await fs.writeFile(path.join(root, 'src/layout.md'), '# Layout\n\nWritten at last.\n')
    const update = await session.update(['src/layout.md'])
    expect(update.diagnostics).toEqual([])
    expect(html(update, 'layout')).toContain('Written at last.')
  })

  it('renders again when book.toml changes what the HTML shows, the chapters unchanged', async () => {
    const book = (settings: string): string => `[book]\ntitle = "T"\n\n[output.html]\n${settings}`
    const root = await writeTree({'book.toml': book(''), 'src/SUMMARY.md': '- [Sums](sums.md)\n', 'src/sums.md': '# Sums\n\nThe sum \\\\( a + b \\\\).\n\n```rust\nfn main() {}\n```\n'})
    const session = await DevSession.open(root, {cache: false})
    const first = await session.update([])
    expect(html(first, 'sums')).not.toContain('<math')
    expect(html(first, 'sums')).toContain('data-playground')
    await fs.writeFile(path.join(root, 'book.toml'), book('mathjax-support = true\n\n[output.html.playground]\nrunnable = false\n'))
    const update = await session.update(['book.toml'])
    expect(update.renderedChapters).toEqual(['sums'])
    expect(html(update, 'sums')).toContain('<math')
    expect(html(update, 'sums')).not.toContain('data-playground')
  })

  it('throws an input error for an unreadable save and recovers on the next good one', async () => {
    const root = await writeTree({
      'outline.yaml': outlineYaml(TOPICS.slice(0, 1)),
      'alpha.md': chapter('alpha', '# Alpha\n\nr[alpha.intro]\nAlpha one.\n'),
    })
    const session = await DevSession.open(root, {cache: false})
    await session.update([])
    const good = chapter('alpha', '# Alpha\n\nr[alpha.intro]\nAlpha two.\n')
    await fs.writeFile(path.join(root, 'alpha.md'), Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe])]))
    await expect(session.update(['alpha.md'])).rejects.toBeInstanceOf(InputError)
    await fs.writeFile(path.join(root, 'alpha.md'), good)
    const update = await session.update(['alpha.md'])
    expect(html(update, 'alpha')).toContain('Alpha two.')
  })

  it('keeps diagnostics and rendered data identical to a fresh check and render after every save', async () => {
    const topics = [...TOPICS, {id: 'gamma', prefix: 'gamma', file: 'gamma.md'}]
    const alpha = (text: string): string =>
      chapter('alpha', `# Alpha\n\nr[alpha.intro]\n${text}\n\nr[alpha.syntax]\n\`\`\`grammar,items\nItem -> \`item\` Name\n\nName -> \`name\`\n\`\`\`\n`)
    const root = await writeTree({
      'outline.yaml': outlineYaml(topics),
      'alpha.md': alpha('A [thing](dfn:) is defined here.'),
      'beta.md': chapter('beta', '# Beta\n\nr[beta.intro]\nBeta links to [alpha.intro] and uses a [thing](term:).\n\n## Details\n\nr[beta.details]\nSee [the grammar](alpha.md#r-alpha.syntax).\n'),
      'gamma.md': chapter('gamma', '# Gamma\n\nr[gamma.intro]\nGamma uses [Item] in its grammar.\n\nr[gamma.syntax]\n```grammar,items\nGammaItem -> Item Name\n```\n'),
    })
    const session = await DevSession.open(root, {cache: false})
    await session.update([])
    const saves: Array<[string, string]> = [
      ['alpha.md', alpha('A [thing](dfn:) is defined here, in new words.')],
      // The rule beta links to is renamed away, then back.
      ['alpha.md', alpha('A [thing](dfn:) is defined here.').replace('r[alpha.intro]', 'r[alpha.renamed]')],
      ['alpha.md', alpha('A [thing](dfn:) is defined here.')],
      // The term goes (beta's use is undefined, nothing is unused), and comes back.
      ['alpha.md', alpha('A thing is defined here.')],
      ['alpha.md', alpha('A [thing](dfn:) is defined here.')],
      // A production gamma uses is renamed.
      ['alpha.md', alpha('A [thing](dfn:) is defined here.').replace('Name -> `name`', 'Label -> `name`')],
      ['alpha.md', alpha('A [thing](dfn:) is defined here.')],
      // A duplicate rule ID outside the chapter's prefix, then broken front matter, then mended.
      ['gamma.md', chapter('gamma', '# Gamma\n\nr[beta.intro]\nGamma takes beta’s ID.\n')],
      ['gamma.md', '---\ntopic: [gamma\n---\n# Gamma\n\nr[gamma.intro]\nGamma.\n'],
      ['gamma.md', chapter('gamma', '# Gamma\n\nr[gamma.intro]\nGamma uses [Item] in its grammar.\n\nr[gamma.syntax]\n```grammar,items\nGammaItem -> Item Name\n```\n')],
      // The heading beta's anchor link points at goes.
      ['beta.md', chapter('beta', '# Beta\n\nr[beta.intro]\nBeta links to [alpha.intro] and uses a [thing](term:).\n\nr[beta.details]\nSee [details](#details).\n')],
    ]
    for (const [file, text] of saves) {
      await fs.writeFile(path.join(root, file), text)
      const update = await session.update([file])
      const fresh = await assembleModel(root, {cache: false})
      expect(update.diagnostics).toEqual(runCheck(fresh))
      expect(update.rendered).toEqual((await renderSpec(fresh, {cache: false})).rendered)
    }
    // The series went through the diagnostics it was written to provoke.
    const seen = new Set<string>()
    for (const [file, text] of saves) {
      await fs.writeFile(path.join(root, file), text)
      for (const diagnostic of (await session.update([file])).diagnostics) seen.add(diagnostic.code)
    }
    for (const code of ['unresolved-rule-link', 'undefined-term', 'unresolved-grammar-name', 'duplicate-rule-id', 'rule-id-prefix', 'invalid-front-matter', 'unresolved-internal-link']) expect(seen).toContain(code)
  })

  it('re-renders the chapters that include a saved file, listed as a chapter or not', async () => {
    const root = await writeTree({
      'book.toml': '[book]\ntitle = "Includes"\n',
      'src/SUMMARY.md': '# Summary\n\n- [One](one.md)\n- [Two](two.md)\n- [Three](three.md)\n',
      'src/one.md': '# One\n\n{{#include part.md}}\n\n```rust\n{{#include ../listings/main.rs}}\n```\n',
      'src/two.md': '# Two\n\n{{#include three.md}}\n',
      'src/three.md': 'Three, first version.\n',
      'src/part.md': 'Part, first version.\n',
      'listings/main.rs': 'fn first() {}\n',
    })
    const session = await DevSession.open(root, {cache: false})
    await session.update([])
    const saved = async (file: string, text: string): Promise<DevUpdate> => {
      await fs.writeFile(path.join(root, file), text)
      const update = await session.update([file])
      const fresh = await assembleModel(root, {cache: false})
      expect(update.diagnostics).toEqual(runCheck(fresh))
      expect(update.rendered).toEqual((await renderSpec(fresh, {cache: false})).rendered)
      return update
    }
    let update = await saved('src/part.md', 'Part, second version.\n')
    expect(update.renderedChapters).toEqual(['one'])
    expect(html(update, 'one')).toContain('Part, second version.')
    update = await saved('listings/main.rs', 'fn second() {}\n')
    expect(update.renderedChapters).toEqual(['one'])
    expect(html(update, 'one')).toContain('second')
    update = await saved('src/three.md', 'Three, second version.\n')
    expect(update.renderedChapters.sort()).toEqual(['three', 'two'])
    expect(html(update, 'two')).toContain('Three, second version.')
    // An included file that goes is reported where it is included, and mended when it comes back.
    await fs.rm(path.join(root, 'src/part.md'))
    update = await session.update(['src/part.md'])
    expect(update.diagnostics.map((diagnostic) => diagnostic.code)).toContain('include-refused')
    update = await saved('src/part.md', 'Part, third version.\n')
    expect(update.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('include-refused')
    expect(html(update, 'one')).toContain('Part, third version.')
  })
})
