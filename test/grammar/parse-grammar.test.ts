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

  it('builds the expression of each production as a tree (what railroad diagrams draw)', () => {
    const result = parseGrammar('A -> `a` B? | ( C D )* ^ E{2..=3}\n')
    expect(result.productions[0]!.expression).toEqual({
      kind: 'choice',
      items: [
        {kind: 'sequence', items: [{kind: 'terminal', text: 'a'}, {kind: 'optional', expression: {kind: 'nonterminal', name: 'B'}}]},
        {
          kind: 'sequence',
          items: [
            {kind: 'zeroOrMore', expression: {kind: 'group', expression: {kind: 'sequence', items: [{kind: 'nonterminal', name: 'C'}, {kind: 'nonterminal', name: 'D'}]}}},
            {kind: 'cut', expression: {kind: 'repeatRange', expression: {kind: 'nonterminal', name: 'E'}, name: null, min: 2, max: 3, inclusive: true}},
          ],
        },
      ],
    })
  })

  it('keeps character sets, negation, lookahead, prose, breaks, comments, suffixes and footnotes in the tree', () => {
    const result = parseGrammar('A ->\n    [`a`-`z` U+0041 Digit] ~`x` !B <some prose> // trailing\n    C _except D_ E[^note] F{n}\n')
    expect(result.ok).toBe(true)
    const expression = result.productions[0]!.expression
    expect(expression.kind).toBe('sequence')
    if (expression.kind !== 'sequence') return
    expect(expression.items).toEqual([
      {kind: 'break'},
      {
        kind: 'charset',
        items: [
          {kind: 'range', from: {kind: 'terminal', text: 'a'}, to: {kind: 'terminal', text: 'z'}},
          {kind: 'unicode', code: '0041'},
          {kind: 'nonterminal', name: 'Digit'},
        ],
      },
      {kind: 'negation', expression: {kind: 'terminal', text: 'x'}},
      {kind: 'notFollowedBy', expression: {kind: 'nonterminal', name: 'B'}},
      {kind: 'prose', text: 'some prose'},
      {kind: 'comment', text: 'trailing'},
      {kind: 'break'},
      {kind: 'nonterminal', name: 'C', suffix: 'except D'},
      {kind: 'nonterminal', name: 'E', footnote: 'note'},
      {kind: 'repeatRange', expression: {kind: 'nonterminal', name: 'F'}, name: 'n', min: null, max: null, inclusive: false},
    ])
  })
})
