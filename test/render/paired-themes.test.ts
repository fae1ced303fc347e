/**
 * Highlighting for two themes with one tokenization gives the tree shiki's `codeToHast` gives with two.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import c from '@shikijs/langs-precompiled/c'
import cpp from '@shikijs/langs-precompiled/cpp'
import rust from '@shikijs/langs-precompiled/rust'
import shellscript from '@shikijs/langs-precompiled/shellscript'
import toml from '@shikijs/langs-precompiled/toml'
import {createHighlighterCoreSync} from 'shiki/core'
import {createJavaScriptRawEngine} from 'shiki/engine/javascript'
import githubDark from 'shiki/themes/github-dark.mjs'
import githubLight from 'shiki/themes/github-light.mjs'
import nord from 'shiki/themes/nord.mjs'
import {describe, expect, it} from 'vitest'
import {withReadableForegrounds} from '../../src/render/contrast.ts'
import {CODE_BACKGROUNDS, THEMES} from '../../src/render/highlight.ts'
import {codeToHastPaired, pairThemes} from '../../src/render/paired-themes.ts'
import {REFERENCE} from '../helpers/shared.ts'

const LANGUAGE: Record<string, string> = {rust: 'rust', c: 'c', cpp: 'cpp', toml: 'toml', sh: 'shellscript', console: 'shellscript'}

function codeBlocks(dir: string): Array<[string, string]> {
  const blocks: Array<[string, string]> = []
  for (const file of readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.md'))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```/gm)) {
      const language = LANGUAGE[match[1]!]
      if (language) blocks.push([language, match[2]!.replace(/\n$/, '')])
    }
  }
  return blocks
}

const highlighter = createHighlighterCoreSync({
  themes: [withReadableForegrounds(githubLight, CODE_BACKGROUNDS.light), withReadableForegrounds(githubDark, CODE_BACKGROUNDS.dark), nord],
  langs: [rust, c, cpp, toml, shellscript],
  engine: createJavaScriptRawEngine(),
})
const options = (lang: string) => ({lang, themes: THEMES, defaultColor: false, tokenizeMaxLineLength: 40, tokenizeTimeLimit: 0}) as const

describe('paired themes', () => {
  const paired = pairThemes(highlighter, THEMES.light, THEMES.dark)

  it('pair GitHub’s light and dark themes, and not two unrelated themes', () => {
    expect(paired).not.toBeNull()
    expect(pairThemes(highlighter, THEMES.light, 'nord')).toBeNull()
  })

  it('highlight every code block of spec/ and the Reference as shiki does with two tokenizations', () => {
    const blocks = [
      ...codeBlocks(join(import.meta.dirname, '../../spec')),
      ...codeBlocks(join(REFERENCE, 'src')),
      // Edge cases: empty, blank lines, whitespace-only tokens, and lines past the tokenizing limit.
      ['rust', ''],
      ['rust', '\n\n  \t\n'],
      ['rust', `fn main() {    let x = 1;\t}\n${'let long_line = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9;'}\n// done`],
      // Font styles: an unknown escape is italic in the GitHub themes.
      ['c', 'char *s = "\\q"; char *t = "\\q\\n"; int bad = 08;'],
      ['toml', 'a = "\\q"\nb = 1_\nc = "plain"'],
    ] satisfies Array<[string, string]>
    expect(blocks.length).toBeGreaterThan(500)
    const differing = blocks.filter(([lang, code]) => JSON.stringify(codeToHastPaired(highlighter, paired!, code, options(lang))) !== JSON.stringify(highlighter.codeToHast(code, options(lang))))
    expect(differing.map(([lang, code]) => `${lang}: ${code.slice(0, 60)}`)).toEqual([])
  })

  it('tell apart tokens of one colour in different font styles', () => {
    // Two palettes of one set of rules, where comments and keywords share a colour but not a font style.
    const theme = (name: string, shared: string, other: string) => ({
      name,
      type: 'light' as const,
      fg: other,
      bg: '#ffffff',
      settings: [
        {scope: ['comment'], settings: {foreground: shared, fontStyle: 'italic'}},
        {scope: ['keyword', 'storage'], settings: {foreground: shared}},
        {scope: ['string'], settings: {foreground: shared, fontStyle: 'bold underline'}},
      ],
    })
    const styled = createHighlighterCoreSync({themes: [theme('one-light', '#112233', '#000000'), theme('one-dark', '#ddeeff', '#ffffff')], langs: [rust], engine: createJavaScriptRawEngine()})
    const pair = pairThemes(styled, 'one-light', 'one-dark')
    expect(pair).not.toBeNull()
    const themed = {lang: 'rust', themes: {light: 'one-light', dark: 'one-dark'}, defaultColor: false} as const
    for (const code of ['fn f() {} // a comment\nlet s = "text"; // another', '// first\nfn g() { let x = "y"; }']) {
      expect(codeToHastPaired(styled, pair!, code, themed)).toEqual(styled.codeToHast(code, themed))
    }
  })
})
