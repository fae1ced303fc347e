/** Contrast ratios, and syntax-highlighting colours made readable on the site's code background. */
import fs from 'node:fs'
import path from 'node:path'
import githubDark from 'shiki/themes/github-dark.mjs'
import githubLight from 'shiki/themes/github-light.mjs'
import {describe, expect, it} from 'vitest'
import {contrastRatio, readableOn, withReadableForegrounds} from '../../src/render/contrast.ts'
import {CODE_BACKGROUNDS} from '../../src/render/highlight.ts'
import {renderMarkdown} from './render-helper.ts'

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#d73a49', '#f4f2ee')).toBeCloseTo(4.09, 2)
    expect(contrastRatio('#fff', '#fff')).toBe(1)
  })

  it('moves a colour just far enough to be readable, and leaves readable ones alone', () => {
    const fixed = readableOn('#d73a49', '#f4f2ee')
    expect(contrastRatio(fixed, '#f4f2ee')).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(fixed, '#f4f2ee')).toBeLessThan(5.5)
    expect(readableOn('#1d2125', '#f4f2ee')).toBe('#1d2125')
    expect(contrastRatio(readableOn('#6a737d', '#202429'), '#202429')).toBeGreaterThanOrEqual(4.5)
  })

  it('makes every token colour of both shiki themes readable on the code background of its theme', () => {
    const colours = (theme: unknown): string[] => JSON.stringify(theme).match(/"foreground":"(#[0-9a-fA-F]{6})"/g)!.map((entry) => entry.slice(-8, -1))
    for (const [theme, background] of [[githubLight, CODE_BACKGROUNDS.light], [githubDark, CODE_BACKGROUNDS.dark]] as const) {
      const before = colours(theme)
      expect(before.some((colour) => contrastRatio(colour, background) < 4.5)).toBe(true)
      for (const colour of colours(withReadableForegrounds(theme, background))) expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('uses the code background the stylesheet draws', () => {
    const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../site/styles/global.css'), 'utf8')
    expect(css).toContain(`--bg-sunken: light-dark(${CODE_BACKGROUNDS.light}, ${CODE_BACKGROUNDS.dark});`)
  })

  it('highlights with the readable colours', async () => {
    const html = await renderMarkdown('```rust\nlet x = 1;\n```\n')
    // The token's colour class, as the site's token stylesheet declares it.
    const colourClass = /<span class="(c[0-9a-z]+)[^"]*">let</.exec(html)![1]!
    const sheet = fs.readFileSync(path.resolve(import.meta.dirname, '../../site/styles/code-tokens.css'), 'utf8')
    const [, light, dark] = new RegExp(`^\\.shiki \\.${colourClass}\\{--shiki-light:(#[0-9A-F]{6});--shiki-dark:(#[0-9A-F]{6})\\}$`, 'm').exec(sheet)!
    expect(contrastRatio(light!, CODE_BACKGROUNDS.light)).toBeGreaterThanOrEqual(4.5)
    expect(contrastRatio(dark!, CODE_BACKGROUNDS.dark)).toBeGreaterThanOrEqual(4.5)
  })
})
