/**
 * Definition lists (mdBook 0.5) in both parses: satteri reads them, and the reference parse, micromark
 * with `micromark-extension-definition-list` reshaped by `asDescriptionLists`, gives the same tree,
 * positions and looseness included — on mdBook's guide, which has one, and on the shapes that differ
 * between the two before reshaping. Inside a list item only satteri reads one (the extension does not).
 */
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseNative} from '../../src/parse/native-parse.ts'
import {parseWithMicromark} from '../../src/parse/parse-markdown.ts'
import {CORPORA} from '../helpers/shared.ts'

/** A tree without `data` and `undefined` fields, keys sorted, as the parity tests compare trees. */
function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain)
  if (typeof node !== 'object' || node === null) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node).sort(([a], [b]) => a.localeCompare(b))) if (key !== 'data' && value !== undefined) out[key] = plain(value)
  return out
}

const GUIDE_CHAPTER = join(CORPORA, 'mdbook-guide/src/format/markdown.md')

const SHAPES = {
  'indented definitions, one spanning lines, a term with two': 'term A\n  : This is a definition of term A. Text\n    can span multiple lines.\n\nterm B\n  : This is a definition of term B.\n  : This has more than one definition.\n',
  'a loose definition of two paragraphs': 'Apple\n: Pomaceous fruit\n\n  Second paragraph.\n',
  'a list in a definition, emphasis in a term': 'Orange *x*\n: - list item\n',
  'a blank line before the definition': 'term\n\n: loose by a blank before\n',
  'a blank line between two definitions': 'term\n: one\n\n: two\n',
  'terms following definitions without a blank line': 'a\n: b\nc\n: d\n',
  'in a blockquote': '> term\n> : quoted def\n',
  'between paragraphs, with code and a link': 'Intro.\n\nterm\n: def with `code` and [link](x.md)\n\nAfter.\n',
  'indented code in a definition': 'term\n: def\n\n    indented code in def\n',
  'a fenced block as the definition': 'term\n: ```\n  code\n  ```\n',
}

describe('definition lists, in both parses', () => {
  for (const [name, text] of Object.entries(SHAPES)) {
    it(`give the same tree: ${name}`, () => {
      const fast = parseNative(text, false, true)
      expect(fast).not.toBeNull()
      expect(JSON.stringify(plain(fast))).toContain('"descriptionList"')
      expect(plain(parseWithMicromark(text, true))).toEqual(plain(fast))
    })
  }

  it.runIf(existsSync(GUIDE_CHAPTER) || process.env.CI === 'true')('give the same tree for mdBook’s guide, whose markdown chapter has one', () => {
    const text = readFileSync(GUIDE_CHAPTER, 'utf8')
    const fast = parseNative(text, false, true)
    expect(JSON.stringify(plain(fast))).toContain('"descriptionTerm"')
    expect(plain(parseWithMicromark(text, true))).toEqual(plain(fast))
  })

  it('differ inside a list item, which only satteri reads', () => {
    const text = '- item\n\n  term\n  : in a list\n'
    expect(JSON.stringify(plain(parseNative(text, false, true)))).toContain('"descriptionList"')
    expect(JSON.stringify(plain(parseWithMicromark(text, true)))).not.toContain('"descriptionList"')
  })
})
