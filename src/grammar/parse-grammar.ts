/**
 * A parser for the Reference's grammar notation (` ```grammar,<category> ` blocks).
 *
 * The notation is documented in the Reference's dev guide (`dev-guide/src/grammar.md`); this follows the
 * behaviour of its own parser (`tools/grammar/src/parser.rs` at 3b38834b) so that every block of the
 * Reference parses the same way. It returns the productions with the nonterminals each one uses (with
 * offsets, so the renderer can link them and `check` can point at them), or the first syntax error.
 *
 * To support a new construct: add it to `parseAtom` (or the quantifiers in `parseQuantified`), record any
 * nonterminal it contains with `use`, and add a case to `test/grammar/parse-grammar.test.ts`.
 */

export interface ParsedProduction {
  name: string
  isRoot: boolean
  /** Offset of the production name in the block. */
  nameOffset: number
  /** Offset just after the `->` arrow: where the expression starts. */
  expressionOffset: number
  /** Offset where the production ends (exclusive). */
  end: number
  /** Nonterminals used, with their offsets in the block. */
  uses: Array<{name: string; offset: number}>
  /**
   * Notation the renderer shows differently from its text (the Reference's dev-guide): the `@root` marker
   * (hidden), `_except [X]_` suffixes (subscript) and `[^name]` footnote markers (superscript).
   */
  notation: Array<{kind: 'root' | 'suffix' | 'footnote'; offset: number; length: number}>
}

export interface GrammarSyntaxError {
  message: string
  offset: number
}

export type GrammarParseResult =
  | {ok: true; productions: ParsedProduction[]}
  | {ok: false; error: GrammarSyntaxError; productions: ParsedProduction[]}

class GrammarError extends Error {
  readonly offset: number
  constructor(message: string, offset: number) {
    super(message)
    this.offset = offset
  }
}

const isNameStart = (ch: string): boolean => /[\p{Alphabetic}_]/u.test(ch) || ch.charCodeAt(0) > 127
const isNameContinue = (ch: string): boolean => /[\p{Alphabetic}\p{Nd}_]/u.test(ch) || ch.charCodeAt(0) > 127

/** Parses the content of one grammar block. */
export function parseGrammar(input: string): GrammarParseResult {
  const parser = new Parser(input.replace(/\r\n?/g, '\n'))
  const productions: ParsedProduction[] = []
  try {
    parser.takeWhile((ch) => ch === '\n')
    while (!parser.eof()) {
      productions.push(parser.parseProduction())
      parser.takeWhile((ch) => ch === '\n')
    }
    return {ok: true, productions}
  } catch (error) {
    if (error instanceof GrammarError) {
      return {ok: false, error: {message: error.message, offset: error.offset}, productions}
    }
    throw error
  }
}

class Parser {
  private readonly input: string
  private index = 0
  private uses: Array<{name: string; offset: number}> = []
  private notation: ParsedProduction['notation'] = []

  constructor(input: string) {
    this.input = input
  }

  eof(): boolean {
    return this.index >= this.input.length
  }

  private peek(): string | undefined {
    return this.input[this.index]
  }

  private startsWith(text: string): boolean {
    return this.input.startsWith(text, this.index)
  }

  takeWhile(predicate: (ch: string) => boolean): string {
    const start = this.index
    while (this.index < this.input.length && predicate(this.input[this.index]!)) this.index++
    return this.input.slice(start, this.index)
  }

  private take(text: string): boolean {
    if (!this.startsWith(text)) return false
    this.index += text.length
    return true
  }

  private expect(text: string, message: string): void {
    if (!this.take(text)) throw new GrammarError(message, this.index)
  }

  private space(): void {
    this.takeWhile((ch) => ch === ' ')
  }

  parseProduction(): ParsedProduction {
    this.uses = []
    this.notation = []
    // Comment lines before a production belong to it.
    while (this.startsWith('//')) {
      this.takeWhile((ch) => ch !== '\n')
      this.expect('\n', 'expected newline after comment')
    }
    const rootOffset = this.index
    const isRoot = this.take('@root')
    this.space()
    if (isRoot) this.notation.push({kind: 'root', offset: rootOffset, length: this.index - rootOffset})
    const nameOffset = this.index
    const name = this.parseName()
    if (name === null) throw new GrammarError('expected production name', this.index)
    if (this.takeWhile((ch) => ch === ' ').length === 0 || !this.take('->')) {
      throw new GrammarError('expected ` ->` after the production name', this.index)
    }
    const expressionOffset = this.index
    if (!this.parseExpression()) throw new GrammarError('expected an expression', this.index)
    return {name, isRoot, nameOffset, expressionOffset, end: this.index, uses: this.uses, notation: this.notation}
  }

  private parseName(): string | null {
    const first = this.peek()
    if (first === undefined || !isNameStart(first)) return null
    return this.takeWhile(isNameContinue)
  }

  private parseExpression(): boolean {
    let any = false
    for (;;) {
      if (!this.parseSequence()) break
      any = true
      this.space()
      if (!this.take('|')) break
    }
    return any
  }

  private parseSequence(): boolean {
    let any = false
    for (;;) {
      this.space()
      if (this.peek() === '^') {
        this.index++
        if (!this.parseSequence()) throw new GrammarError('expected expression after cut operator', this.index)
        return true
      }
      if (!this.parseQuantified()) break
      any = true
    }
    return any
  }

  /** An atom with its optional quantifier, `_suffix_` and `[^footnote]`. */
  private parseQuantified(): boolean {
    if (!this.parseAtom()) return false
    const next = this.peek()
    if (next === '?' || next === '*' || next === '+') this.index++
    else if (next === '{') this.parseRepeatRange()
    this.parseSuffix()
    this.parseFootnote()
    return true
  }

  private parseAtom(): boolean {
    const next = this.peek()
    if (next === undefined) return false
    if (this.take('U+')) {
      this.parseUnicode()
      return true
    }
    if (isNameStart(next)) {
      this.parseNonterminal()
      return true
    }
    if (next === '\n') {
      this.index++
      if (this.eof() || this.take('\n')) return false
      if (this.takeWhile((ch) => ch === ' ').length === 0) {
        throw new GrammarError('expected indentation on next line', this.index)
      }
      return true
    }
    switch (next) {
      case '/':
        this.expect('//', 'expected `//`')
        this.takeWhile((ch) => ch !== '\n')
        return true
      case '`':
        this.parseTerminal()
        return true
      case '[':
        this.parseCharset()
        return true
      case '<':
        this.index++
        if (this.takeWhile((ch) => ch !== '\n' && ch !== '>').length === 0) {
          throw new GrammarError('expected prose text', this.index)
        }
        this.expect('>', 'expected closing `>`')
        return true
      case '(':
        this.index++
        this.space()
        if (!this.parseExpression()) {
          throw new GrammarError('expected expression in parenthesized group', this.index)
        }
        this.space()
        this.expect(')', 'expected closing `)`')
        return true
      case '~':
        this.index++
        if (this.peek() === '[') this.parseCharset()
        else if (this.peek() === '`') this.parseTerminal()
        else if (!this.parseNonterminal()) {
          throw new GrammarError('expected a charset, terminal, or name after `~` negation', this.index)
        }
        return true
      case '!':
        this.index++
        this.space()
        if (!this.parseQuantified()) throw new GrammarError('expected expression after `!`', this.index)
        return true
      default:
        return false
    }
  }

  private parseNonterminal(): boolean {
    const offset = this.index
    const name = this.parseName()
    if (name === null) return false
    this.uses.push({name, offset})
    return true
  }

  private parseTerminal(): string {
    this.expect('`', 'expected opening backtick')
    const text = this.takeWhile((ch) => ch !== '\n' && ch !== '`')
    if (text.length === 0) throw new GrammarError('expected terminal', this.index)
    this.expect('`', 'expected closing backtick')
    return text
  }

  private parseCharset(): void {
    this.expect('[', 'expected opening `[`')
    let count = 0
    for (;;) {
      this.space()
      if (!this.parseCharacters()) break
      count++
    }
    if (count === 0) throw new GrammarError('expected at least one character in character group', this.index)
    this.space()
    this.expect(']', 'expected closing `]`')
  }

  private parseCharacters(): boolean {
    if (this.parseCharacter()) {
      if (this.take('-') && !this.parseCharacter()) {
        throw new GrammarError('expected character in range', this.index)
      }
      return true
    }
    return this.parseNonterminal()
  }

  private parseCharacter(): boolean {
    if (this.peek() === '`') {
      const start = this.index
      const text = this.parseTerminal()
      if ([...text].length > 1) throw new GrammarError('invalid start terminal in range', start + 1)
      return true
    }
    if (this.take('U+')) {
      this.parseUnicode()
      return true
    }
    return false
  }

  private parseUnicode(): void {
    const digits = this.takeWhile((ch) => /[0-9A-F]/.test(ch))
    if (digits.length < 4 || digits.length > 6) {
      throw new GrammarError('expected 4 to 6 uppercase hexadecimal digits after `U+`', this.index)
    }
  }

  private parseRepeatRange(): void {
    this.expect('{', 'expected `{`')
    const name = this.parseName()
    if (name !== null && this.take('}')) return
    if (name !== null) this.expect(':', 'expected `:` after the repetition name')
    this.takeWhile((ch) => /[0-9]/.test(ch))
    if (this.take('..=')) {
      if (this.takeWhile((ch) => /[0-9]/.test(ch)).length === 0) {
        throw new GrammarError('expected an upper bound after `..=`', this.index)
      }
    } else {
      this.expect('..', 'expected `..` or `..=` in repetition range')
      this.takeWhile((ch) => /[0-9]/.test(ch))
    }
    this.expect('}', 'expected closing `}`')
  }

  private parseSuffix(): void {
    if (!this.startsWith(' _')) return
    const start = this.index + 1
    this.index += 2
    let inBackticks = false
    while (!this.eof()) {
      const ch = this.input[this.index]!
      if (ch === '\n') throw new GrammarError('expected closing `_` of the suffix', this.index)
      if (ch === '`') inBackticks = !inBackticks
      this.index++
      if (ch === '_' && !inBackticks) {
        this.notation.push({kind: 'suffix', offset: start, length: this.index - start})
        return
      }
    }
    throw new GrammarError('expected closing `_` of the suffix', this.index)
  }

  private parseFootnote(): void {
    const start = this.index
    if (!this.take('[^')) return
    if (this.takeWhile((ch) => ch !== ']' && ch !== '\n').length === 0) {
      throw new GrammarError('expected footnote name', this.index)
    }
    this.expect(']', 'expected closing `]` of the footnote')
    this.notation.push({kind: 'footnote', offset: start, length: this.index - start})
  }
}
