/**
 * Highlighted code written as markup gives the bytes its tree gives through hast-util-to-html and the
 * ReqIF XHTML writer, for every code block of spec/ and the Reference and for any text.
 */
import {join} from 'node:path'
import fc from 'fast-check'
import type {Element} from 'hast'
import {toHtml} from 'hast-util-to-html'
import c from '@shikijs/langs-precompiled/c'
import cpp from '@shikijs/langs-precompiled/cpp'
import rust from '@shikijs/langs-precompiled/rust'
import shellscript from '@shikijs/langs-precompiled/shellscript'
import toml from '@shikijs/langs-precompiled/toml'
import {createHighlighterCoreSync} from 'shiki/core'
import {createJavaScriptRawEngine} from 'shiki/engine/javascript'
import githubDark from 'shiki/themes/github-dark.mjs'
import githubLight from 'shiki/themes/github-light.mjs'
import {describe, expect, it} from 'vitest'
import {hastToReqifXhtml} from '../../src/export/xhtml.ts'
import {codeToMarkupPaired} from '../../src/render/code-markup.ts'
import {CODE_BACKGROUNDS, THEMES} from '../../src/render/highlight.ts'
import {withReadableForegrounds} from '../../src/render/contrast.ts'
import {codeToHastPaired, pairThemes} from '../../src/render/paired-themes.ts'
import {codeBlocks} from '../helpers/code-blocks.ts'
import {REFERENCE} from '../helpers/shared.ts'

const highlighter = createHighlighterCoreSync({
  themes: [withReadableForegrounds(githubLight, CODE_BACKGROUNDS.light), withReadableForegrounds(githubDark, CODE_BACKGROUNDS.dark)],
  langs: [rust, c, cpp, toml, shellscript],
  engine: createJavaScriptRawEngine(),
})
const paired = pairThemes(highlighter, THEMES.light, THEMES.dark)!
const options = (lang: string) => ({lang, themes: THEMES, defaultColor: false, tokenizeMaxLineLength: 40, tokenizeTimeLimit: 0}) as const

/** The tree's HTML and XHTML, and the markup's with its lines put into its `pre`, for `code`. */
function bothWays(lang: string, code: string): {tree: [string, string | null]; markup: [string, string | null]} {
  const pre = codeToHastPaired(highlighter, paired, code, options(lang)).children[0] as Element
  const markup = codeToMarkupPaired(highlighter, paired, code, options(lang))
  const empty = [toHtml(markup.pre), hastToReqifXhtml([markup.pre])] as const
  const into = (around: string, end: string, lines: string) => `${around.slice(0, -end.length)}${lines}${end}`
  return {
    tree: [toHtml(pre), hastToReqifXhtml([pre])],
    markup: [
      into(empty[0], '</code></pre>', markup.html),
      markup.xhtml === null || empty[1] === null ? null : into(empty[1], '</xhtml:code></xhtml:pre>', markup.xhtml),
    ],
  }
}

describe('highlighted code as markup', () => {
  it('writes every code block of spec/ and the Reference as its tree is written', () => {
    const blocks = [...codeBlocks(join(import.meta.dirname, '../../spec')), ...codeBlocks(join(REFERENCE, 'src'))]
    expect(blocks.length).toBeGreaterThan(500)
    const differing = blocks.filter(([lang, code]) => {
      const {tree, markup} = bothWays(lang, code)
      return JSON.stringify(tree) !== JSON.stringify(markup)
    })
    expect(differing.map(([lang, code]) => `${lang}: ${code.slice(0, 60)}`)).toEqual([])
  })

  it('escapes text as the serializers do, and leaves to the HTML what the XHTML writer would', () => {
    const samples: Array<[string, string]> = [
      ['rust', 'let s = "a < b && c > d"; // <tag> &amp;'],
      ['rust', ''],
      ['rust', '\n\n  \t\n'],
      ['rust', 'let r = "\r";\r\nlet nul = "\0";'],
      ['rust', 'let bom = "\uFEFF"; let lone = "\uD800";'],
      ['c', 'char *s = "\\q"; int bad = 08;'],
    ]
    for (const [lang, code] of samples) {
      const {tree, markup} = bothWays(lang, code)
      expect(markup, code).toEqual(tree)
    }
    // The premise of the last two: the XHTML writer leaves such text to the HTML parser.
    expect(bothWays('rust', 'let r = "\r";').markup[1]).toBeNull()
  })

  it('writes any text as its tree is written', () => {
    const text = fc.string({unit: fc.constantFrom('a', 'fn', ' ', '\n', '\t', '"', "'", '<', '>', '&', ';', '//', '/*', '\r', '\0', '\uFEFF', '\uD800', 'é', '🦀', '#[x]', 'r#"', '{', '}')})
    fc.assert(
      fc.property(text, fc.constantFrom('rust', 'c', 'toml'), (code, lang) => {
        const {tree, markup} = bothWays(lang, code)
        expect(markup).toEqual(tree)
      }),
      {numRuns: 300},
    )
  })
})
