/**
 * An mdBook's `[output.html.search]`: the chapters it turns off are left out of the search index, as
 * mdBook leaves them out of its own (mdbook-html `search.rs`), and a key naming no chapter is refused.
 */
import {describe, expect, it} from 'vitest'
import {isSearched, type SearchSettings} from '../../src/load/project.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {searchRecords} from '../../src/search/search-records.ts'
import {check, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

const place = {file: '../book.toml', start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
const settings = (chapters: Record<string, boolean | null>, enabled = true): SearchSettings => ({
  enabled,
  chapters: Object.entries(chapters).map(([path, enable]) => ({path, enable, place})),
})

describe("an mdBook's search settings", () => {
  it('decide per chapter as mdBook does: the most specific key wins, whatever order they are written in', () => {
    // mdBook's own test of the priority (`chapter_settings_priority`), its keys written in another order.
    const search = settings({'cli/inner': true, foo: null, 'cli/inner/foo.md': false, cli: false, 'cli/watch.md': true})
    expect(['foo.md', 'cli/watch.md', 'cli/index.md', 'cli/inner/index.md', 'cli/inner/foo.md'].map((file) => isSearched(search, file))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ])
    // A key is a path's components, not a prefix of its text.
    expect(isSearched(settings({cli: false}), 'client.md')).toBe(true)
    expect(isSearched(settings({}, false), 'foo.md')).toBe(false)
    expect(isSearched(undefined, 'foo.md')).toBe(true)
  })

  const book = {
    'book.toml': [
      '[book]',
      'title = "Searchable"',
      '',
      '[output.html.search]',
      'use-boolean-and = true',
      '',
      '[output.html.search.chapter]',
      '"index.md" = { enable = false }',
      'appendix = { enable = false }',
      '"appendix/kept.md" = { enable = true }',
      '',
    ].join('\n'),
    'src/SUMMARY.md': '# Summary\n\n- [Body](body.md)\n- [Index](index.md)\n- [Appendix](appendix/README.md)\n    - [Kept](appendix/kept.md)\n    - [Left out](appendix/out.md)\n',
    'src/body.md': '# Body\n\nThe quokka is searchable.\n',
    'src/index.md': '# Index\n\nquokka, see Body.\n',
    'src/appendix/README.md': '# Appendix\n\nMore about the quokka.\n',
    'src/appendix/kept.md': '# Kept\n\nThe kept quokka.\n',
    'src/appendix/out.md': '# Left out\n\nThe left-out quokka.\n',
  }

  it('leave the chapters turned off out of the search records', async () => {
    const {spec, project} = await assembleModel(await writeTree(book), {cache: false})
    const pages = new Set(searchRecords(spec, {search: project.search}).map((record) => record.url.split('#')[0]))
    expect([...pages].sort()).toEqual(['/appendix/kept.html', '/body.html'])
    // The chapters are still built and checked: only the index leaves them out.
    expect(spec.chapters).toHaveLength(5)
    expect(await check(await writeTree(book))).toEqual([])
  })

  it('refuse a key that names no chapter, at the key, while the search is on', async () => {
    const misspelt = book['book.toml'].replace('appendix = ', 'apendix = ')
    const diagnostics = await check(await writeTree({...book, 'book.toml': misspelt}))
    expect(positionsOf(diagnostics, 'unmatched-search-chapter')).toEqual(['../book.toml:9:1'])
    expect(diagnostics.find((d) => d.code === 'unmatched-search-chapter')!.severity).toBe('error')
    const off = misspelt.replace('use-boolean-and = true', 'enable = false')
    expect(await check(await writeTree({...book, 'book.toml': off}))).toEqual([])
  })
})
