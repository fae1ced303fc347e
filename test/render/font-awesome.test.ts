/**
 * mdBook's Font Awesome icons: `<i class="fa fa-eye"></i>` in a chapter becomes mdBook's
 * `<span class="fa-svg">` with the icon's SVG, in the style its classes name (the other classes the
 * sanitizer lets through stay); what is no icon stays, and `check` says where (`unknown-icon`).
 */
import {describe, expect, it} from 'vitest'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'
import {renderMarkdown} from './render-helper.ts'

describe('Font Awesome icons', () => {
  it('draw an empty <i> naming an icon as mdBook does, in the style its classes name', async () => {
    const html = await renderMarkdown(
      [
        'An eye (<i class="fa fa-eye"></i>), a play button (<i class="fas fa-play" title="Run"></i>),',
        'a printer (<i class="fa-solid fa-print"></i>) and a brand (<i class="fab fa-github left"></i>).',
        '',
      ].join('\n')
    )
    const icons = [...html.matchAll(/<span class="(fa-svg[^"]*)"([^>]*)><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) 512" aria-hidden="true"><path fill="currentColor" d="M([\d.]+)/g)]
    expect(icons.map((icon) => [icon[1], icon[2]])).toEqual([
      ['fa-svg', ''],
      ['fa-svg', ' title="Run"'],
      ['fa-svg', ''],
      ['fa-svg left', ''],
    ])
    // The regular eye (`fa`, mdBook's default style) is not the solid one.
    const solid = await renderMarkdown('<i class="fas fa-eye"></i>\n')
    expect(/d="([^"]+)"/.exec(solid)![1]).not.toBe(/d="([^"]+)"/.exec(html)![1])
    expect(html).not.toContain('<i')
  })

  it('leave what names no icon as it was', async () => {
    const html = await renderMarkdown('<i class="fa fa-no-such-icon"></i> <i class="fa fa-eye">text</i> <i class="other">x</i> <i class="fa"></i>\n')
    expect(html).toContain('<i class="fa fa-no-such-icon"></i>')
    expect(html).toContain('<i class="fa fa-eye">text</i>')
    expect(html).toMatch(/<i[^>]*>x<\/i>/)
    expect(html).toContain('<i class="fa"></i>')
    expect(html).not.toContain('<svg')
  })

  it('are reported where an icon that does not exist is named, with the style that has it', async () => {
    const chapter = [
      '# Icons',
      '',
      'Known <i class="fa fa-eye"></i> and <i class="fab fa-github"></i>; unknown <i class="fas fa-plya"></i>.',
      '',
      '> A brand in the wrong style: <i class="fa fa-github"></i>',
      '',
      '<p>In a block: <i class="fa-solid fa-nonesuch"></i> and again <i class="fa-solid fa-nonesuch"></i></p>',
      '',
      'Not empty, so not drawn and not reported: <i class="fa fa-bogus">text</i>.',
      '',
    ].join('\n')
    const root = await writeTree({'book.toml': '[book]\ntitle = "Icons"\n', 'src/SUMMARY.md': '- [Icons](icons.md)\n', 'src/icons.md': chapter})
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'unknown-icon')).toEqual(['icons.md:3:76', 'icons.md:5:31', 'icons.md:7:16', 'icons.md:7:63'])
    const [unknown, brand] = diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-icon')
    expect(unknown!.reason).toContain('`fa-plya` in the solid style')
    expect(brand!.hint).toBe('it is a brands icon: write `fab fa-github`')
  })
})
