/**
 * Highlighting for two themes with one tokenization gives the tree shiki's `codeToHast` gives with two,
 * each token's classes read through the token stylesheet, which the site carries as shiki's themes give it.
 */
import {readFileSync} from 'node:fs'
import type {Root} from 'hast'
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
import {CODE_BACKGROUNDS, codeTokenStylesheet, THEMES} from '../../src/render/highlight.ts'
import {codeToHastPaired, pairThemes, tokenStylesheet} from '../../src/render/paired-themes.ts'
import {visit} from 'unist-util-visit'
import {codeBlocks} from '../helpers/code-blocks.ts'
import {REFERENCE} from '../helpers/shared.ts'

const highlighter = createHighlighterCoreSync({
  themes: [withReadableForegrounds(githubLight, CODE_BACKGROUNDS.light), withReadableForegrounds(githubDark, CODE_BACKGROUNDS.dark), nord],
  langs: [rust, c, cpp, toml, shellscript],
  engine: createJavaScriptRawEngine(),
})
/** Each class of a token stylesheet → its declarations. */
function readStylesheet(css: string): Map<string, string[]> {
  return new Map([...css.matchAll(/^\.shiki \.(\w+)\{([^}]*)\}$/gm)].map((rule) => [rule[1]!, rule[2]!.split(';')]))
}

/**
 * The tree with each token's classes replaced by the declarations `sheet` gives them, and every token's
 * declarations sorted (shiki writes a colour's and a font style's interleaved, light then dark).
 */
function asStyles(tree: Root, sheet: Map<string, string[]>): Root {
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'span') return
    const classes = typeof node.properties.class === 'string' ? node.properties.class.split(' ') : []
    const declared = classes.flatMap((name) => sheet.get(name) ?? [])
    if (declared.length > 0) {
      expect(declared.length, `every class of \`${String(node.properties.class)}\` is in the stylesheet`).toBe(classes.reduce((sum, name) => sum + (sheet.get(name)?.length ?? NaN), 0))
      delete node.properties.class
    }
    const inline = typeof node.properties.style === 'string' ? node.properties.style.split(';') : []
    const style = [...inline, ...declared].sort().join(';')
    if (style) node.properties.style = style
  })
  return tree
}

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
    const sheet = readStylesheet(tokenStylesheet(paired!))
    const differing = blocks.filter(([lang, code]) => JSON.stringify(asStyles(codeToHastPaired(highlighter, paired!, code, options(lang)), sheet)) !== JSON.stringify(asStyles(highlighter.codeToHast(code, options(lang)), sheet)))
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
    const sheet = readStylesheet(tokenStylesheet(pair!))
    for (const code of ['fn f() {} // a comment\nlet s = "text"; // another', '// first\nfn g() { let x = "y"; }']) {
      expect(asStyles(codeToHastPaired(styled, pair!, code, themed), sheet)).toEqual(asStyles(styled.codeToHast(code, themed), sheet))
    }
  })

  it('write tokens’ colours as classes, which the site’s stylesheet declares as the themes give them', () => {
    const tree = codeToHastPaired(highlighter, paired!, 'fn main() { let x = "text"; }', options('rust'))
    const tokens: Array<Record<string, unknown>> = []
    visit(tree, 'element', (node) => {
      if (node.tagName === 'span' && node.properties.class !== 'line') tokens.push(node.properties)
    })
    expect(tokens.length).toBeGreaterThan(5)
    for (const properties of tokens) {
      expect(properties.style).toBeUndefined()
      expect(properties.class).toMatch(/^c[0-9a-z]+( f\d+)?$/)
    }
    const file = join(import.meta.dirname, '../../site/styles/code-tokens.css')
    expect(readFileSync(file, 'utf8'), 'site/styles/code-tokens.css is not the stylesheet the code themes give: run `npm run code-token-css`').toBe(codeTokenStylesheet())
  })
})
