/** The search dialog's reading of IDs, citations and hashes, and the not-found page's "did you mean". */
import {describe, expect, it} from 'vitest'
import {closestIds, parseLookup, sameHash} from '../../site/scripts/lookup.ts'

describe('parseLookup', () => {
  it('reads a pasted citation in each form it is written', () => {
    const expected = {kind: 'citation', id: 'expr.if.result', hash: '06eb9b08'}
    expect(parseLookup('expr.if.result #06eb9b08')).toEqual(expected)
    expect(parseLookup('[expr.if.result] #06EB9B08')).toEqual(expected)
    expect(parseLookup('The Rust Reference (unversioned), [expr.if.result] #06eb9b08, https://example.org/ref/id/expr.if.result/')).toEqual(expected)
  })

  it('reads a bare hash, with or without #, but not a word made of hex letters', () => {
    expect(parseLookup('#06eb9b08')).toEqual({kind: 'hash', hash: '06eb9b08'})
    expect(parseLookup('06eb9b08')).toEqual({kind: 'hash', hash: '06eb9b08'})
    expect(parseLookup('decade')).toBeNull()
    expect(parseLookup('#decade')).toEqual({kind: 'hash', hash: 'decade'})
  })

  it('reads a permanent URL as its ID, and leaves words and IDs alone', () => {
    expect(parseLookup('https://example.org/id/type.bool/')).toEqual({kind: 'id', id: 'type.bool'})
    expect(parseLookup('if expression')).toBeNull()
    expect(parseLookup('expr.if')).toBeNull()
  })

  it('compares hashes of different lengths by their common start', () => {
    expect(sameHash('06eb9b08', '06eb9b')).toBe(true)
    expect(sameHash('06eb9b08', '06eb9b08ffff')).toBe(true)
    expect(sameHash('06eb9b08', '16eb9b08')).toBe(false)
  })
})

describe('closestIds', () => {
  const ids = ['expr.if', 'expr.if.let', 'expr.if.cond', 'expr.match', 'type.bool', 'Expr.Loop']
  it('finds another case of the same ID first', () => {
    expect(closestIds('EXPR.IF.COND', ids)).toEqual(['expr.if.cond'])
    expect(closestIds('expr.loop', ids)).toEqual(['Expr.Loop'])
  })

  it('suggests IDs a typo away, then IDs under the same prefix', () => {
    expect(closestIds('expr.if.lett', ids)[0]).toBe('expr.if.let')
    expect(closestIds('expr.if.nothing-like-it', ids)).toEqual(['expr.if.let', 'expr.if.cond'])
    expect(closestIds('zzz.qqq', ids)).toEqual([])
  })
})
