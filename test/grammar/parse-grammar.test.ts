import {describe, expect, it} from 'vitest'
import {parseGrammar} from '../../src/grammar/parse-grammar.ts'

describe('grammar notation', () => {
  it('parses productions and the nonterminals they use, with offsets', () => {
    const text = '@root Crate -> Item*\n\nItem ->\n      Function\n    | `struct` IDENTIFIER `;`\n'
    const result = parseGrammar(text)
    expect(result.ok).toBe(true)
    expect(result.productions.map((p) => [p.name, p.isRoot, p.uses.map((u) => u.name)])).toEqual([
      ['Crate', true, ['Item']],
      ['Item', false, ['Function', 'IDENTIFIER']],
    ])
    const use = result.productions[1]!.uses[0]!
    expect(text.slice(use.offset, use.offset + 'Function'.length)).toBe('Function')
  })

  it('does not count names inside terminals, prose or comments as nonterminals', () => {
    const result = parseGrammar('// Comment with Words\nA -> `Keyword` <prose Name> [`a`-`z` Digit] ~[`x` LF] !B C? D{2..=3} E{n:1..} F _except G_ H[^note]\n')
    expect(result.productions[0]!.uses.map((u) => u.name)).toEqual(['Digit', 'LF', 'B', 'C', 'D', 'E', 'F', 'H'])
  })

  it('reports the first syntax error with its offset', () => {
    const result = parseGrammar('A -> `x`\n\nB -> ( `y`\n')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.message).toBe('expected closing `)`')
      expect(result.productions.map((p) => p.name)).toEqual(['A'])
    }
  })

  it('rejects an unindented continuation line and a missing arrow', () => {
    expect(parseGrammar('A ->\nB\n').ok).toBe(false)
    expect(parseGrammar('A `x`\n').ok).toBe(false)
  })
})
