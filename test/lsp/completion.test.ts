/** Which completion applies, read from the text before the cursor (`contextAt`, pure). */
import {describe, expect, it} from 'vitest'
import {contextAt} from '../../src/lsp/completion.ts'

describe('contextAt', () => {
  it('completes rule IDs and grammar names inside brackets', () => {
    expect(contextAt('See [', false)).toEqual({kind: 'link', prefix: ''})
    expect(contextAt('See [expr.', false)).toEqual({kind: 'link', prefix: 'expr.'})
    expect(contextAt('See [the rule][expr.if', false)).toEqual({kind: 'link', prefix: 'expr.if'})
    expect(contextAt('See [x][grammar-If', false)).toEqual({kind: 'link', prefix: 'grammar-If'})
    expect(contextAt('[the rule]: expr.i', false)).toEqual({kind: 'link', prefix: 'expr.i'})
  })

  it('completes term slugs after `](term:`', () => {
    expect(contextAt('A [place](term:pl', false)).toEqual({kind: 'term', prefix: 'pl'})
    expect(contextAt('A [place](term:', false)).toEqual({kind: 'term', prefix: ''})
  })

  it('completes grammar names in a grammar block, outside terminals', () => {
    expect(contextAt('Expr -> Lit', true)).toEqual({kind: 'grammar', prefix: 'Lit'})
    expect(contextAt('Expr -> `Li', true)).toBeNull()
  })

  it('offers nothing in labels, images, link text and plain text', () => {
    expect(contextAt('r[expr.', false)).toBeNull()
    expect(contextAt('![alt', false)).toBeNull()
    expect(contextAt('See [the rule', false)).toBeNull()
    expect(contextAt('Plain text', false)).toBeNull()
  })

  it('completes after a word ending in r when a bracket follows it', () => {
    expect(contextAt('For [', false)).toEqual({kind: 'link', prefix: ''})
    expect(contextAt('Four[', false)).toEqual({kind: 'link', prefix: ''})
  })
})
