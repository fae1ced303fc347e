/**
 * TeX math in text, found as MathJax 2's defaults find it (its `tex2jax` preprocessor), which is what
 * mdBook's `mathjax-support` loads: `\(…\)` inline, `\[…\]`, `$$…$$` and `\begin{…}…\end{…}`
 * environments displayed, in the text as markdown leaves it (the author writes `\\(`). The renderer
 * typesets what it finds (`src/render/math.ts`); `check` reports TeX that does not typeset
 * (`invalid-math`). KaTeX does both, loaded on first use: most books have no math.
 */
import {createRequire} from 'node:module'
import type Katex from 'katex'
import type {KatexSettings} from '../katex.ts'

export interface FoundMath {
  /** Where the math starts and ends in the text, delimiters included. */
  start: number
  end: number
  /** The TeX between the delimiters (an environment's with its `\begin` and `\end`). */
  tex: string
  display: boolean
}

/** Each opening delimiter, and what closes it. */
const DELIMITERS = [
  {open: '\\(', close: '\\)', display: false},
  {open: '\\[', close: '\\]', display: true},
  {open: '$$', close: '$$', display: true},
] as const

/** `\begin{name}` opening an environment (`align`, `equation*`, …). */
const ENVIRONMENT = /^\\begin\{([A-Za-z]+\*?)\}/

/** Whether `text` may hold math: cheap enough to ask of every block. */
export function mayHoldMathText(text: string): boolean {
  return DELIMITERS.some((delimiter) => text.includes(delimiter.open)) || text.includes('\\begin{')
}

/** The first math at or after `from`, found as tex2jax finds it. */
function nextMath(text: string, from: number): FoundMath | null {
  for (let start = from; start < text.length - 1; start++) {
    const char = text[start]
    if (char !== '\\' && char !== '$') continue
    const environment = char === '\\' ? ENVIRONMENT.exec(text.slice(start, start + 80)) : null
    if (environment) {
      // MathJax's `processEnvironments`: `\begin{align}…\end{align}` is math without delimiters.
      const end = text.indexOf(`\\end{${environment[1]}}`, start + environment[0].length)
      if (end === -1) continue
      const after = end + `\\end{${environment[1]}}`.length
      return {start, end: after, tex: text.slice(start, after), display: true}
    }
    const delimiter = DELIMITERS.find((candidate) => text.startsWith(candidate.open, start))
    if (delimiter === undefined) continue
    const close = closing(text, start + delimiter.open.length, delimiter.close)
    if (close === -1) continue
    return {start, end: close + delimiter.close.length, tex: text.slice(start + delimiter.open.length, close), display: delimiter.display}
  }
  return null
}

/**
 * Where `close` ends math that starts at `from`: the first one outside braces, else the first one at
 * all (unbalanced braces are KaTeX's to report), else -1. Escaped characters are skipped.
 */
function closing(text: string, from: number, close: string): number {
  let depth = 0
  let first = -1
  for (let at = from; at < text.length; at++) {
    if (text.startsWith(close, at)) {
      if (depth === 0) return at
      if (first === -1) first = at
    }
    const char = text[at]
    if (char === '\\') at++
    else if (char === '{') depth++
    else if (char === '}' && depth > 0) depth--
  }
  return first
}

/** Every math of `text`, in order. */
export function findMath(text: string): FoundMath[] {
  const found: FoundMath[] = []
  for (let math = nextMath(text, 0); math !== null; math = nextMath(text, math.end)) found.push(math)
  return found
}

let loaded: typeof Katex | null = null

/** KaTeX, loaded the first time a book has math (most have none). */
export function katex(): typeof Katex {
  loaded ??= createRequire(import.meta.url)('katex') as typeof Katex
  return loaded
}

/**
 * How KaTeX reads a book's TeX, for the page and for `check` alike: MathML only; no console warnings for
 * TeX that is merely not LaTeX (MathJax takes it too); no size beyond what a page can show (`\rule` of a
 * kilometre); `\href` and the other commands that need trust stay off, as KaTeX has them by default.
 * An mdBook with mdbook-katex adds the options its table sets (`KatexSettings`): its macros (a copy: KaTeX
 * writes `\gdef`'s into the object it is given), `leqno`, `fleqn`, `trust`, ….
 */
export function katexOptions(display: boolean, throwOnError: boolean, book?: KatexSettings['options']): Katex.KatexOptions {
  const base: Katex.KatexOptions = {displayMode: display, output: 'mathml', throwOnError, strict: 'ignore', maxSize: 50}
  if (book === undefined) return base
  const {macros, ...options} = book
  return {...base, ...options, macros: {...macros}}
}
