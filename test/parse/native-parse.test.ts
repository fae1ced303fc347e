/**
 * The fast parse (satteri) against the reference parse (micromark): the same tree, positions included,
 * or no tree at all (then `parseMarkdown` uses micromark). Checked on real books, on the dialect's own
 * constructs, and on generated markdown built from the pieces where the two parsers were found to differ.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import fc from 'fast-check'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parseNative} from '../../src/parse/native-parse.ts'
import {parseMarkdown, parseWithMicromark} from '../../src/parse/parse-markdown.ts'
import {CORPORA} from '../helpers/shared.ts'

const corpora = CORPORA
const root = join(import.meta.dirname, '../..')

/**
 * The trees as compared: without `data` and `undefined` fields, and without the positions micromark leaves
 * out (its GFM transform gives a literal autolink like `www.example.com` none; satteri gives it one).
 */
function comparable(reference: Root, fast: Root): [unknown, unknown] {
  dropPositionsMissingIn(reference, fast)
  return [plain(reference), plain(fast)]
}

function dropPositionsMissingIn(reference: unknown, fast: unknown): void {
  if (typeof reference !== 'object' || reference === null || typeof fast !== 'object' || fast === null) return
  const a = reference as Record<string, unknown>
  const b = fast as Record<string, unknown>
  if ('type' in a && !a.position && b.position) delete b.position
  for (const key of Object.keys(a)) if (key !== 'position') dropPositionsMissingIn(a[key], b[key])
}

function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain)
  if (typeof node !== 'object' || node === null) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node).sort(([a], [b]) => a.localeCompare(b))) {
    if (key !== 'data' && value !== undefined) out[key] = plain(value)
  }
  return out
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md') && !file.split(/[\\/]/).some((part) => part === 'node_modules' || part.startsWith('.')))
    .map((file) => join(dir, file))
}

/** Whether the fast parse gave a tree, and if so the same tree as micromark. */
function agrees(text: string): {fast: boolean; same: boolean} {
  const fast = parseNative(text)
  if (fast === null) return {fast: false, same: true}
  const [a, b] = comparable(parseWithMicromark(text), fast)
  return {fast: true, same: JSON.stringify(a) === JSON.stringify(b)}
}

describe('the fast parse', () => {
  it('gives micromark’s tree for every chapter of the real books (a tenth of them also in CRLF), and declines almost none', () => {
    const files = [
      ...['rust-reference', 'async-book', 'embedded-book', 'mdbook-guide'].flatMap((book) => markdownFiles(join(corpora, book))),
      ...markdownFiles(join(root, 'spec')),
    ]
    expect(files.length).toBeGreaterThan(300)
    const differing: string[] = []
    let declined = 0
    files.forEach((file, index) => {
      const text = readFileSync(file, 'utf8')
      for (const variant of index % 10 === 0 ? [text, text.replace(/\r?\n/g, '\r\n')] : [text]) {
        const {fast, same} = agrees(variant)
        if (!fast) declined++
        if (!same) differing.push(file)
      }
    })
    expect(differing).toEqual([])
    // Declining is always safe (micromark parses), but a fast parse that declines everything is no use.
    expect(declined).toBeLessThan(files.length * 0.02)
  })

  it('reads the dialect itself: rule labels (in place, interrupting, with `since`), and every label as a reference', () => {
    const dialect = [
      'r[expr.if.intro]\nAn if expression.\n',
      'Text.\nr[a.b]\nMore [undefined label] and [text][other] and [`Option`].\n',
      '* one\nr[a.b]\n* two\n',
      'r[pat.guard.let] since=1.95\nA guard.\n',
      '```\nr[a.b]\n```\n\n<div>\nr[c.d]\n</div>\n',
      '> [!NOTE]\n> A note with [a.rule].\n\nr[x]\n| a |\n|---|\n| [b.c] |\n',
      '- item\n    r[not.a.label]\n\n  r[also.not]\n',
      '[defined]: https://example.com\n\nSee [defined] and [Defined][] and [x][defined].\n',
      '---\ntitle: front matter\n---\n\nr[a]\nText.\n',
      'Astral 😀 [x] and 𝒜 *e*, combining é\u0301 [É].\n\n[é]: /u\n',
      '![x] before any other bracket, then [y].\n',
    ]
    for (const text of dialect) {
      expect(parseNative(text), text).not.toBeNull()
      expect(agrees(text), text).toEqual({fast: true, same: true})
    }
    const labels = parseNative('r[a.b]\nText.\n```\nr[c.d]\n```\n')!.children.filter((node) => node.type === 'ruleLabel')
    expect(labels.map((node) => node.id)).toEqual(['a.b'])
  })

  it('declines where satteri reads markdown otherwise than micromark, so micromark decides', () => {
    const differences = [
      'A <svg onload=a=1> tag CommonMark does not accept.\n', // satteri: HTML; micromark: text
      '***_*em*\n', // satteri closes emphasis with a run that cannot close
      'A [![badge](i.png)] without a link.\n', // micromark: a reference around the image
      'An undefined footnote[^x].\n', // micromark: a reference named `^x`
      'A blank [ ] label.\n',
      '- ```\n\n- [ ] x\n', // a fence left open in a list item
      '1. r[a.b]\n<T>\n', // a tag line after a list item
      '+++\ntoml = true\n+++\n', // TOML front matter, not the dialect's
      'a\0b\n', // micromark replaces NUL
      'clone ssh://git@github.com/a/b\n', // micromark links the address after `/`
      '- a `x\n   *em*\n', // a line indented past the item's content after a failed code span
      '1. See [the\n rule].\n', // a lazy line in a label
      '> [a\n>\tb]\n', // a tab in a label's container prefix
      '[^a]:[^b]:\n', // footnote definitions nested on one line
      '\ude00\n', // a lone surrogate
    ]
    for (const text of differences) {
      expect(parseNative(text), text).toBeNull()
      expect(plain(parseMarkdown(text))).toEqual(plain(parseWithMicromark(text)))
    }
  })

  it('gives micromark’s tree or none for generated markdown mixing the constructs where the two differed', () => {
    const piece = fc.constantFrom(
      'r[a.b]', 'r[x.y] since=1.90', '- ', '* ', '1. ', '1) ', '> ', '  ', '    ', '\t', '```', '```rust', '~~~', '[x]', '[a][b]',
      '[a]: /u', '[a]: <u> "t"', '[`Option`]', '[a\nb]', '> [a\n> b]', '<div>', '</div>', '<!-- c -->', '<!--', '-->', '<span a=1>',
      '<x y=a=1>', '*em*', '**b**', '__c__', '**', '_', '| a | b |', '|---|---|', ':---:', '[^1]', '[^1]: note', '---', '# h',
      '## h {#id}', 'a\n===', '<T>', '\\<', '\\*', '\\[', '&amp;', '&#42;', '`c`', '``', 'text', 'word ', '\n', '\n\n', '  \n',
      '![i](u)', '[t](u "x")', '[![b](i)](u)', '[![b](i)]', '<https://e.x>', 'www.e.com', '~~d~~', '- [ ] ', '- [x] ', '+++',
      '***', 'a\\', '[]', '[ ]', ' [', ']', '<?x?>', '<pre>', 'x|y', '- a\n  b', '  [x]', '\n    code', 'r[a.b]\n',
    )
    const markdown = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))
    let fast = 0
    fc.assert(
      fc.property(markdown, (text) => {
        const result = agrees(text)
        if (result.fast) fast++
        return result.same
      }),
      {numRuns: 2_000, seed: 17},
    )
    expect(fast).toBeGreaterThan(1_000)
  })
})
