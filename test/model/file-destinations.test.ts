/**
 * Links and images naming a file resolve by one rule, in both layouts: in an mdBook, a file of the book
 * (found, or reported missing), whichever of a link or an image names it; in the outline layout, which
 * publishes no files of its own, a URL kept as written; never a rule ID (`x.png`).
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const body = 'Text with ![a diagram](images/present.png), ![lost](lost.png), [the diagram](images/present.png), [a lost file](files/lost.svg) and [a sibling book](../../std/index.html).\n'

function refsOf(model: Awaited<ReturnType<typeof assembleModel>>): string[] {
  return model.spec.chapters[0]!.blocks.flatMap((block) => block.refs).map((ref) => `${ref.kind} ${ref.target} ${ref.resolved}`)
}

describe('file destinations', () => {
  it('resolve links and images alike in an mdBook', async () => {
    const root = await writeTree({
      'book.toml': '[book]\ntitle = "Files"\n',
      'src/SUMMARY.md': '- [Main](main.md)\n',
      'src/main.md': `# Main\n\n${body}`,
      'src/images/present.png': 'png',
    })
    expect(refsOf(await assembleModel(root, {cache: false}))).toEqual([
      'asset images/present.png true',
      'asset lost.png false',
      'asset images/present.png true',
      'asset files/lost.svg false',
      'url ../../std/index.html true',
    ])
  })

  it('resolve links and images alike in the outline layout, as URLs', async () => {
    const root = await writeTree({'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]), 'main.md': chapter('main', `# Main\n\n${body}`)})
    expect(refsOf(await assembleModel(root, {cache: false}))).toEqual([
      'url images/present.png true',
      'url lost.png true',
      'url images/present.png true',
      'url files/lost.svg true',
      'url ../../std/index.html true',
    ])
  })
})
