import type {RootContent} from 'mdast'
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../../src/parse/parse-markdown.ts'

const types = (markdown: string): string[] =>
  parseMarkdown(markdown).children.map((node: RootContent) => (node.type === 'ruleLabel' ? `ruleLabel:${node.id}` : node.type))

describe('rule label syntax', () => {
  it('reads a label on its own line before a paragraph, without a blank line', () => {
    expect(types('r[expr.if.intro]\nAn if expression.\n')).toEqual(['ruleLabel:expr.if.intro', 'paragraph'])
  })

  it('interrupts a paragraph and a list item, as mdbook-spec’s line regex does', () => {
    expect(types('Text.\nr[a.b]\nMore.\n')).toEqual(['paragraph', 'ruleLabel:a.b', 'paragraph'])
    expect(types('* one\nr[a.b]\n* two\n')).toEqual(['list', 'ruleLabel:a.b', 'list'])
  })

  it('labels headings, lists, tables, blockquotes and code', () => {
    expect(types('r[a]\n## H\nr[b]\n- x\n\nr[c]\n| a |\n|---|\n| 1 |\n\nr[d]\n> [!NOTE]\n> n\n\nr[e]\n```rust\nfn f() {}\n```\n')).toEqual([
      'ruleLabel:a', 'heading', 'ruleLabel:b', 'list', 'ruleLabel:c', 'table', 'ruleLabel:d', 'blockquote', 'ruleLabel:e', 'code',
    ])
  })

  it('is not a label when indented, inside a blockquote or code, or with trailing text', () => {
    expect(types('  r[a.b]\n')).toEqual(['paragraph'])
    expect(types('> r[a.b]\n')).toEqual(['blockquote'])
    expect(types('```\nr[a.b]\n```\n')).toEqual(['code'])
    expect(types('r[a.b] and text\n')).toEqual(['paragraph'])
    expect(types('r[]\n')).toEqual(['paragraph'])
  })

  it('keeps any text between the brackets for the lints to judge', () => {
    expect(types('r[Not Valid]\nx\n')).toEqual(['ruleLabel:Not Valid', 'paragraph'])
  })
})

describe('dialect references', () => {
  it('parses undefined bracketed labels as references so the model can resolve them', () => {
    const paragraph = parseMarkdown('See [expr.if], [text][a.b], [`Option`] and [^1].\n').children[0]
    const kinds = paragraph?.type === 'paragraph' ? paragraph.children.map((node) => node.type) : []
    expect(kinds.filter((kind) => kind === 'linkReference')).toHaveLength(4)
  })

  it('leaves GFM task list items alone', () => {
    const list = parseMarkdown('- [ ] open\n- [x] done\n').children[0]
    expect(list?.type === 'list' && list.children.map((item) => item.checked)).toEqual([false, true])
  })
})
