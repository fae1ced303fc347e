/**
 * The scanner on fixture trees: the default `//@ reference:` pattern (several per file, indented, not in
 * quoted `.stderr` lines), skipped folders and binaries, the Ferrocene preset, custom regexes, and exact
 * positions.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {InputError} from '../../src/diagnostics/diagnostic.ts'
import {compilePattern, resolvePatterns, splitIds} from '../../src/trace/patterns.ts'
import {scanTestTrees, scanText} from '../../src/trace/scan.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/trace')
const at = (citations: Array<{id: string; file: string; line: number; column: number}>): string[] =>
  citations.map((citation) => `${citation.file}:${citation.line}:${citation.column} ${citation.id}`)

describe('scanTestTrees', () => {
  it('finds `//@ reference:` headers, several per file, with exact positions, in file order', async () => {
    const scan = await scanTestTrees([path.join(FIXTURES, 'tests')], {patterns: resolvePatterns()})
    expect(at(scan.citations)).toEqual([
      'ui/expr/broad.rs:2:16 expr',
      'ui/expr/broad.rs:3:16 items.fn',
      'ui/expr/if.rs:2:16 expr.if.cond',
      'ui/expr/if.rs:3:16 expr.if.else',
      'ui/expr/typo.rs:3:16 expr.if.cnd',
      'ui/expr/typo.rs:4:16 expr.nowhere.at.all',
      'ui/expr/while.rs:2:16 expr.loop.while',
      'ui/expr/while.rs:3:16 expr.if.cond',
      'ui/items/fn.rs:2:16 items.fn.intro',
      'ui/items/fn.rs:3:16 expr.if.note',
      'ui/items/fn.rs:8:20 items.fn.params',
    ])
    // node_modules is skipped; the quoted line in fn.stderr is read but is no citation.
    expect(scan.files).toBe(6)
    expect(scan.citations[0]!.source).toBe(path.relative(process.cwd(), path.join(FIXTURES, 'tests/ui/expr/broad.rs')))
  })

  it('skips binary files, `.git` and `node_modules`, and reads whole files', async () => {
    const filler = Array.from({length: 5000}, (_, line) => `let x${line} = ${line};`).join('\n')
    const tree = await writeTree({
      'a.rs': `fn main() {}\n${filler}\n//@ reference: late.in.the.file\n`,
      'blob.bin': new Uint8Array([0x2f, 0x2f, 0x40, 0x00, ...Buffer.from('\n//@ reference: in.a.binary\n')]),
      '.git/HEAD': '//@ reference: in.git\n',
      'node_modules/x/y.rs': '//@ reference: in.node.modules\n',
    })
    const scan = await scanTestTrees([tree], {patterns: resolvePatterns()})
    expect(at(scan.citations)).toEqual(['a.rs:5002:16 late.in.the.file'])
    expect(scan).toMatchObject({files: 1, binary: 1})
  })

  it('prefixes paths with the tree as given when several trees are given, and accepts single files', async () => {
    const tests = path.relative(process.cwd(), path.join(FIXTURES, 'tests'))
    const trees = [path.join(tests, 'ui/expr/if.rs'), `${path.join(tests, 'ui/items')}/`]
    const scan = await scanTestTrees(trees, {patterns: resolvePatterns()})
    const posix = (file: string): string => file.split(path.sep).join('/')
    expect(scan.citations.map((citation) => citation.file)).toEqual([
      ...Array(2).fill(posix(path.join(tests, 'ui/expr/if.rs'))),
      ...Array(3).fill(posix(path.join(tests, 'ui/items/fn.rs'))),
    ])
  })

  it('scans large trees in a pool of worker threads with the same result', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 4500; index++) files[`t/${String(index).padStart(4, '0')}.rs`] = index % 3 === 0 ? `//@ reference: a.b${index}\n` : 'fn main() {}\n'
    const tree = await writeTree(files)
    const here = await scanTestTrees([tree], {patterns: resolvePatterns(), workers: 0})
    const pooled = await scanTestTrees([tree], {patterns: resolvePatterns(), workers: 2})
    expect(here.citations).toHaveLength(1500)
    expect(pooled).toEqual(here)
  })

  it('reports a missing tree as an input error', async () => {
    await expect(scanTestTrees(['/nonexistent/tests'], {patterns: resolvePatterns()})).rejects.toThrow(
      new InputError('/nonexistent/tests: test tree does not exist')
    )
  })
})

describe('annotation patterns', () => {
  it('reads Ferrocene annotations, several IDs per line separated by spaces or commas', async () => {
    const scan = await scanTestTrees([path.join(FIXTURES, 'ferrocene')], {patterns: resolvePatterns({annotations: ['ferrocene']})})
    expect(at(scan.citations)).toEqual([
      'annotated.rs:7:27 fls_z7q8kbjwdc7g',
      'annotated.rs:10:27 fls_wqazkzle0ix9',
      'annotated.rs:10:45 fls_abc123',
      'annotated.rs:10:56 fls_def456',
    ])
  })

  it('combines presets and custom regexes (first group, or the group named `id`)', () => {
    const text = '// covers: expr.if.cond\n//@ reference: a.b\n/* @spec expr.loop.while */\n'
    const patterns = resolvePatterns({annotations: ['reference'], patterns: ['^// covers: (\\S+)', '@spec (?<id>[a-z.]+) \\*/']})
    expect(scanText(text, patterns)).toEqual([
      {id: 'expr.if.cond', line: 1, column: 12, offset: 11},
      {id: 'a.b', line: 2, column: 16, offset: 39},
      {id: 'expr.loop.while', line: 3, column: 10, offset: 52},
    ])
    // A custom pattern alone replaces the default preset.
    expect(scanText(text, resolvePatterns({patterns: ['^// covers: (\\S+)']})).map((found) => found.id)).toEqual(['expr.if.cond'])
  })

  it('accepts comma-separated presets and rejects unknown ones and unusable regexes', () => {
    expect(resolvePatterns({annotations: ['reference,ferrocene']}).map((pattern) => pattern.name)).toEqual(['reference', 'ferrocene'])
    expect(() => resolvePatterns({annotations: ['doctest']})).toThrow('unknown annotation preset `doctest`, expected one of `reference`, `ferrocene`')
    expect(() => compilePattern('covers: \\S+')).toThrow('expected a capture group around the ID')
    expect(() => compilePattern('covers: (')).toThrow('invalid --pattern `covers: (`')
    expect(() => compilePattern('(x)?')).toThrow('it matches the empty string')
  })

  it('does not take quoted test lines in `.stderr` snapshots for citations', () => {
    expect(scanText('LL | //@ reference: items.intro\n', resolvePatterns())).toEqual([])
  })

  it('finds a header on the first line of a file that starts with a byte order mark', () => {
    // The column is as an editor shows it (the mark is invisible); the offset indexes the text as read.
    expect(scanText('\uFEFF//@ reference: lex.input.bom\n//@ check-pass\n', resolvePatterns())).toEqual([{id: 'lex.input.bom', line: 1, column: 16, offset: 16}])
  })

  it('splits a captured value into IDs at spaces and commas', () => {
    expect(splitIds('a.b, c.d  e.f,g')).toEqual([
      {id: 'a.b', offset: 0},
      {id: 'c.d', offset: 5},
      {id: 'e.f', offset: 10},
      {id: 'g', offset: 14},
    ])
  })
})
