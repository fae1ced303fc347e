import {describe, expect, it} from 'vitest'
import {admonitionStyle} from '../../src/render/admonitions.ts'
import {renderMarkdown} from './render-helper.ts'

describe('admonitions', () => {
  it('renders each kind as a titled box with its family as class', async () => {
    const html = await renderMarkdown('> [!NOTE]\n> Some *note*.\n\n> [!EDITION-2024]\n> Changed.\n\n> [!WARNING]\n> Careful.\n')
    expect(html).toContain('<div class="admonition note" data-kind="NOTE">\n<p class="admonition-title">Note</p>\n<p>Some <em>note</em>.</p>')
    expect(html).toContain('<div class="admonition edition" data-kind="EDITION-2024">\n<p class="admonition-title">2024 Edition differences</p>')
    expect(html).toContain('<div class="admonition warning" data-kind="WARNING">')
    expect(html).not.toContain('[!NOTE]')
  })

  it('keeps a plain blockquote a blockquote', async () => {
    const html = await renderMarkdown('> Quoted [text].\n')
    expect(html).toContain('<blockquote>\n<p>Quoted [text].</p>\n</blockquote>')
  })

  it('renders code and lists inside an admonition', async () => {
    const html = await renderMarkdown('> [!EXAMPLE]\n> ```rust\n> let x = 1;\n> ```\n> - item\n')
    expect(html).toMatch(/<div class="admonition example"[^>]*>\n<p class="admonition-title">Example<\/p>\n<div class="code-block"[^>]*><pre class="shiki/)
    expect(html).toContain('<li>item</li>')
  })

  it('renders all five GFM alerts, as mdBook does, with no diagnostics', async () => {
    const kinds = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION']
    const html = await renderMarkdown(kinds.map((kind) => `> [!${kind}]\n> Text.\n`).join('\n'))
    for (const family of ['note', 'tip', 'important', 'warning', 'caution']) expect(html).toContain(`<div class="admonition ${family}"`)
    expect(admonitionStyle('CAUTION')).toEqual({family: 'caution', title: 'Caution'})
  })

  it('names every family', () => {
    expect(['NOTE', 'EXAMPLE', 'WARNING', 'TARGET-SPECIFIC', 'EDITION-2018', 'CUSTOM-KIND'].map((kind) => admonitionStyle(kind))).toEqual([
      {family: 'note', title: 'Note'},
      {family: 'example', title: 'Example'},
      {family: 'warning', title: 'Warning'},
      {family: 'target', title: 'Target-specific behavior'},
      {family: 'edition', title: '2018 Edition differences'},
      {family: 'other', title: 'Custom kind'},
    ])
  })
})
