/**
 * The dev server's incremental update (`src/dev/dev-session.ts`), without Astro: a save of one chapter
 * re-parses and re-renders that chapter only (other chapters' renderings are kept, also with the disk
 * cache off), the rendered data carries the new text, a save of a non-chapter file reloads the project,
 * and an unreadable save throws an input error that the next good save recovers from.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/diagnostic.ts'
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
})
