/**
 * A chapter's link reference definitions, found without entering paragraphs, headings and tables: the
 * same as a walk over every node, on the containers that may hold one and on every chapter of the
 * real books in the shared corpora.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Definition, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {firstDefinitions} from '../../src/parse/definitions.ts'
import {parseMarkdown} from '../../src/parse/parse-markdown.ts'
import {CORPORA} from '../helpers/shared.ts'

/** What `firstDefinitions` must equal: every node visited, the first of each identifier kept. */
function everyNodeWalked(tree: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>()
  visit(tree, 'definition', (node) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node)
  })
  return definitions
}

const urls = (definitions: Map<string, Definition>): Array<[string, string]> => [...definitions].map(([identifier, node]) => [identifier, node.url])

describe('firstDefinitions', () => {
  it('finds definitions in every container that may hold one, the first of an identifier winning', () => {
    const markdown = [
      '[top]: /top',
      '',
      '> [quoted]: /quoted',
      '>',
      '> - [in-list-in-quote]: /deep',
      '',
      '- item',
      '',
      '  [in-item]: /item',
      '',
      'Term',
      ': [in-details]: /details',
      '',
      '[^note]: A footnote.',
      '',
      '    [footnote-def]: /footnote',
      '',
      '[TOP]: /second-top',
      '',
      '| [not-a-definition]: /cell |',
      '| --- |',
      '',
    ].join('\n')
    const tree = parseMarkdown(markdown, {definitionLists: true})
    const found = firstDefinitions(tree)
    expect(urls(found)).toEqual(urls(everyNodeWalked(tree)))
    expect(urls(found)).toEqual([
      ['top', '/top'],
      ['quoted', '/quoted'],
      ['in-list-in-quote', '/deep'],
      ['in-item', '/item'],
      ['in-details', '/details'],
      ['footnote-def', '/footnote'],
    ])
  })

  it('finds what a walk over every node finds, in every chapter of the shared corpora', () => {
    let chapters = 0
    let definitions = 0
    for (const book of ['rust-reference', 'mdbook-guide', 'async-book', 'embedded-book']) {
      const src = path.join(CORPORA, book, 'src')
      for (const name of fs.readdirSync(src, {recursive: true}).map(String)) {
        if (!name.endsWith('.md')) continue
        const tree = parseMarkdown(fs.readFileSync(path.join(src, name), 'utf8'), {definitionLists: true})
        const expected = urls(everyNodeWalked(tree))
        expect(urls(firstDefinitions(tree)), `${book}/src/${name}`).toEqual(expected)
        chapters++
        definitions += expected.length
      }
    }
    // The corpora are read, and hold definitions (the Reference links through them throughout).
    expect(chapters).toBeGreaterThan(200)
    expect(definitions).toBeGreaterThan(1000)
  })
})
