import {describe, expect, it} from 'vitest'
import {renderMarkdown} from './render-helper.ts'

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src="x" onerror="alert(2)">',
  '<a href="javascript:alert(3)">js link</a>',
  '<a href="JaVaScRiPt:alert(4)">mixed case</a>',
  '<a href="  javascript:alert(5)">spaced</a>',
  '<div onclick="alert(6)" style="color:red">div</div>',
  '<svg><script>alert(7)</script></svg>',
  '<iframe src="https://evil.example/"></iframe>',
  '<form action="https://evil.example/"><button formaction="javascript:alert(8)">x</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(9)>',
  '[md link](javascript:alert(10))',
  '<javascript:alert(11)>',
  '[def link][evil]\n\n[evil]: javascript:alert(12)',
  '<p>inline <span onmouseover="alert(13)">span</span></p>',
  '<object data="javascript:alert(14)"></object>',
]

describe('sanitation of raw HTML and URLs', () => {
  for (const payload of PAYLOADS) {
    it(`neutralizes ${JSON.stringify(payload)}`, async () => {
      const html = await renderMarkdown(`${payload}\n`)
      expect(html).not.toMatch(/<script|<iframe|<object|<form|<style/i)
      // Inside tags only: an escaped payload shown as text (`&#x3C;img onerror=…>`) is harmless.
      expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i)
      expect(html).not.toMatch(/<[^>]*(?:href|src|action|data)\s*=\s*"\s*javascript:/i)
      expect(html).not.toMatch(/<[^>]*style=/i)
    })
  }

  it('keeps harmless HTML and the anchors chapters link to', async () => {
    const html = await renderMarkdown(
      'E = mc<sup>2</sup>, <abbr title="dynamically sized type">DST</abbr>, <span id="old-anchor" class="parenthetical">(aside)</span> <a id="object-safety"></a>\n'
    )
    expect(html).toContain('<sup>2</sup>')
    expect(html).toContain('<abbr title="dynamically sized type">DST</abbr>')
    expect(html).toContain('<span id="old-anchor" class="parenthetical">(aside)</span>')
    expect(html).toContain('<a id="object-safety"></a>')
  })

  it('drops classes the renderer does not produce', async () => {
    const html = await renderMarkdown('<span class="rule-id evil">x</span>\n')
    expect(html).not.toMatch(/rule-id|evil/)
  })

  it('keeps the classes mdBook’s stylesheet gives raw HTML, on any element: hidden, left, right', async () => {
    const html = await renderMarkdown('<div class="hidden">Not to be seen.</div>\n\n<p>An image <img class="right evil" src="x.svg" alt="logo"> and <em class="left">text</em>.</p>\n')
    expect(html).toContain('<div class="hidden">Not to be seen.</div>')
    expect(html).toContain('<img class="right" src="x.svg" alt="logo">')
    expect(html).toContain('<em class="left">text</em>')
  })
})

describe('DOM clobbering (issue 20)', () => {
  it('prefixes ids and names that could shadow what page scripts use, and keeps the anchors chapters link to', async () => {
    const html = await renderMarkdown(
      [
        '<img src="x.png" name="querySelectorAll"> <span id="search-dialog">x</span> <a id="__pwned">y</a> <b id="addEventListener">z</b>',
        '',
        '<a id="object-safety"></a> <span id="syntax">s</span> and a note[^n].',
        '',
        '## Some heading',
        '',
        '[^n]: The note.',
        '',
      ].join('\n')
    )
    expect(html).toContain('name="user-content-querySelectorAll"')
    expect(html).toContain('id="user-content-search-dialog"')
    expect(html).toContain('id="user-content-__pwned"')
    expect(html).toContain('id="user-content-addEventListener"')
    expect(html).not.toMatch(/\s(?:id|name)="(?:querySelectorAll|search-dialog|__pwned|addEventListener)"/)
    expect(html).toContain('<a id="object-safety"></a>')
    expect(html).toContain('id="syntax"')
    expect(html).toContain('id="some-heading"')
    // A footnote reference and its note agree on the (prefixed, as remark-rehype writes it) id.
    const href = /href="#(user-content-fn-[^"]+)"/.exec(html)?.[1]
    expect(href).toBeDefined()
    expect(html).toContain(`id="${href}"`)
  })

  it('knows every id the site itself uses', async () => {
    const {SITE_IDS} = await import('../../src/core/anchors.ts')
    const fs = await import('node:fs/promises')
    const path = await import('node:path')
    const root = path.resolve(import.meta.dirname, '../../site')
    const ids = new Set<string>()
    for (const file of (await fs.readdir(root, {recursive: true})) as string[]) {
      if (!/\.(astro|ts)$/.test(file)) continue
      const text = await fs.readFile(path.join(root, file), 'utf8')
      for (const match of text.matchAll(/\bid="([^"{}]+)"|getElementById\(['"]([^'"]+)['"]\)/g)) ids.add(match[1] ?? match[2]!)
    }
    expect([...ids].filter((id) => !SITE_IDS.has(id))).toEqual([])
  })
})
