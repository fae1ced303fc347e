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
import type {PhrasingContent} from 'mdast'

/**
 * A grammar expression as a tree, the shape of mdbook-spec's `Expression` (`tools/grammar/src/lib.rs`):
 * what a railroad diagram is drawn from. Plain JSON data (it is stored in the model). A sequence or
 * choice of one item is that item; `break` is a line break written inside the expression, `cut` the
 * `^` operator (which applies to the rest of its sequence).
 */
export type GrammarExpression = GrammarNode & {
  /** The `_except …_` suffix as written between its underscores, shown as a subscript. */
  suffix?: string
  /** The `[^name]` footnote marker's name. */
  footnote?: string
}

export type GrammarNode =
  | {kind: 'sequence' | 'choice'; items: GrammarExpression[]}
  | {kind: 'group' | 'optional' | 'zeroOrMore' | 'oneOrMore' | 'negation' | 'notFollowedBy' | 'cut'; expression: GrammarExpression}
  /** `X{min..max}`, `X{min..=max}` or `X{name:…}`; `X{name}` repeats as often as the named repetition did. */
  | {kind: 'repeatRange'; expression: GrammarExpression; name: string | null; min: number | null; max: number | null; inclusive: boolean}
  | {kind: 'nonterminal'; name: string}
  | {kind: 'terminal'; text: string}
  | {kind: 'prose'; text: string}
  /** `U+XXXX`: the hexadecimal digits. */
  | {kind: 'unicode'; code: string}
  | {kind: 'charset'; items: CharsetItem[]}
  | {kind: 'break'}
  | {kind: 'comment'; text: string}

/** An item of a character set `[…]`. */
export type CharsetItem =
  | {kind: 'terminal'; text: string}
  | {kind: 'unicode'; code: string}
  | {kind: 'nonterminal'; name: string}
  | {kind: 'range'; from: CharsetCharacter; to: CharsetCharacter}

export type CharsetCharacter = {kind: 'terminal'; text: string} | {kind: 'unicode'; code: string}

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
   * (hidden), `_except [X]_` suffixes (subscript) and `[^name]` footnote markers (superscript). A
   * suffix's `content` is its markdown parsed (positions in the chapter's file), filled in by the model
   * (`src/model/build-chapter.ts`): its links are the chapter's references, resolved and checked.
   */
  notation: Array<{kind: 'root' | 'suffix' | 'footnote'; offset: number; length: number; content?: PhrasingContent[]}>
  /** The expression as a tree. */
  expression: GrammarExpression
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
    const expression = this.parseExpression()
    if (expression === null) throw new GrammarError('expected an expression', this.index)
    return {name, isRoot, nameOffset, expressionOffset, end: this.index, uses: this.uses, notation: this.notation, expression}
  }

  private parseName(): string | null {
    const first = this.peek()
    if (first === undefined || !isNameStart(first)) return null
    return this.takeWhile(isNameContinue)
  }

  private parseExpression(): GrammarExpression | null {
    const items: GrammarExpression[] = []
    for (;;) {
      const sequence = this.parseSequence()
      if (sequence === null) break
      items.push(sequence)
      this.space()
      if (!this.take('|')) break
    }
    return items.length === 0 ? null : items.length === 1 ? items[0]! : {kind: 'choice', items}
  }

  private parseSequence(): GrammarExpression | null {
    const items: GrammarExpression[] = []
    for (;;) {
      this.space()
      if (this.peek() === '^') {
        this.index++
        const rest = this.parseSequence()
        if (rest === null) throw new GrammarError('expected expression after cut operator', this.index)
        items.push({kind: 'cut', expression: rest})
        break
      }
      const item = this.parseQuantified()
      if (item === null) break
      items.push(item)
    }
    return items.length === 0 ? null : items.length === 1 ? items[0]! : {kind: 'sequence', items}
  }

  /** An atom with its optional quantifier, `_suffix_` and `[^footnote]`. */
  private parseQuantified(): GrammarExpression | null {
    const atom = this.parseAtom()
    if (atom === null) return null
    const next = this.peek()
    let expression: GrammarExpression = atom
    if (next === '?' || next === '*' || next === '+') {
      this.index++
      expression = {kind: next === '?' ? 'optional' : next === '*' ? 'zeroOrMore' : 'oneOrMore', expression: atom}
    } else if (next === '{') expression = this.parseRepeatRange(atom)
    const suffix = this.parseSuffix()
    const footnote = this.parseFootnote()
    if (suffix !== null) expression.suffix = suffix
    if (footnote !== null) expression.footnote = footnote
    return expression
  }

  private parseAtom(): GrammarExpression | null {
    const next = this.peek()
    if (next === undefined) return null
    if (this.take('U+')) return {kind: 'unicode', code: this.parseUnicode()}
    if (isNameStart(next)) return this.parseNonterminal()
    if (next === '\n') {
      this.index++
      if (this.eof() || this.take('\n')) return null
      if (this.takeWhile((ch) => ch === ' ').length === 0) {
        throw new GrammarError('expected indentation on next line', this.index)
      }
      return {kind: 'break'}
    }
    switch (next) {
      case '/': {
        this.expect('//', 'expected `//`')
        return {kind: 'comment', text: this.takeWhile((ch) => ch !== '\n').trim()}
      }
      case '`':
        return {kind: 'terminal', text: this.parseTerminal()}
      case '[':
        return this.parseCharset()
      case '<': {
        this.index++
        const text = this.takeWhile((ch) => ch !== '\n' && ch !== '>')
        if (text.length === 0) throw new GrammarError('expected prose text', this.index)
        this.expect('>', 'expected closing `>`')
        return {kind: 'prose', text}
      }
      case '(': {
        this.index++
        this.space()
        const expression = this.parseExpression()
        if (expression === null) throw new GrammarError('expected expression in parenthesized group', this.index)
        this.space()
        this.expect(')', 'expected closing `)`')
        return {kind: 'group', expression}
      }
      case '~': {
        this.index++
        const negated: GrammarExpression | null =
          this.peek() === '[' ? this.parseCharset() : this.peek() === '`' ? {kind: 'terminal', text: this.parseTerminal()} : this.parseNonterminal()
        if (negated === null) throw new GrammarError('expected a charset, terminal, or name after `~` negation', this.index)
        return {kind: 'negation', expression: negated}
      }
      case '!': {
        this.index++
        this.space()
        const expression = this.parseQuantified()
        if (expression === null) throw new GrammarError('expected expression after `!`', this.index)
        return {kind: 'notFollowedBy', expression}
      }
      default:
        return null
    }
  }

  private parseNonterminal(): {kind: 'nonterminal'; name: string} | null {
    const offset = this.index
    const name = this.parseName()
    if (name === null) return null
    this.uses.push({name, offset})
    return {kind: 'nonterminal', name}
  }

  private parseTerminal(): string {
    this.expect('`', 'expected opening backtick')
    const text = this.takeWhile((ch) => ch !== '\n' && ch !== '`')
    if (text.length === 0) throw new GrammarError('expected terminal', this.index)
    this.expect('`', 'expected closing backtick')
    return text
  }

  private parseCharset(): GrammarExpression {
    this.expect('[', 'expected opening `[`')
    const items: CharsetItem[] = []
    for (;;) {
      this.space()
      const item = this.parseCharsetItem()
      if (item === null) break
      items.push(item)
    }
    if (items.length === 0) throw new GrammarError('expected at least one character in character group', this.index)
    this.space()
    this.expect(']', 'expected closing `]`')
    return {kind: 'charset', items}
  }

  private parseCharsetItem(): CharsetItem | null {
    const from = this.parseCharacter()
    if (from !== null) {
      if (!this.take('-')) return from
      const to = this.parseCharacter()
      if (to === null) throw new GrammarError('expected character in range', this.index)
      return {kind: 'range', from, to}
    }
    return this.parseNonterminal()
  }

  private parseCharacter(): CharsetCharacter | null {
    if (this.peek() === '`') {
      const start = this.index
      const text = this.parseTerminal()
      if ([...text].length > 1) throw new GrammarError('invalid start terminal in range', start + 1)
      return {kind: 'terminal', text}
    }
    if (this.take('U+')) return {kind: 'unicode', code: this.parseUnicode()}
    return null
  }

  private parseUnicode(): string {
    const digits = this.takeWhile((ch) => /[0-9A-F]/.test(ch))
    if (digits.length < 4 || digits.length > 6) {
      throw new GrammarError('expected 4 to 6 uppercase hexadecimal digits after `U+`', this.index)
    }
    return digits
  }

  private parseRepeatRange(expression: GrammarExpression): GrammarExpression {
    this.expect('{', 'expected `{`')
    const name = this.parseName()
    if (name !== null && this.take('}')) return {kind: 'repeatRange', expression, name, min: null, max: null, inclusive: false}
    if (name !== null) this.expect(':', 'expected `:` after the repetition name')
    const number = (digits: string): number | null => (digits.length === 0 ? null : Number(digits))
    const min = number(this.takeWhile((ch) => /[0-9]/.test(ch)))
    let max: number | null
    const inclusive = this.take('..=')
    if (inclusive) {
      max = number(this.takeWhile((ch) => /[0-9]/.test(ch)))
      if (max === null) throw new GrammarError('expected an upper bound after `..=`', this.index)
    } else {
      this.expect('..', 'expected `..` or `..=` in repetition range')
      max = number(this.takeWhile((ch) => /[0-9]/.test(ch)))
    }
    this.expect('}', 'expected closing `}`')
    return {kind: 'repeatRange', expression, name, min, max, inclusive}
  }

  private parseSuffix(): string | null {
    if (!this.startsWith(' _')) return null
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
        return this.input.slice(start + 1, this.index - 1)
      }
    }
    throw new GrammarError('expected closing `_` of the suffix', this.index)
  }

  private parseFootnote(): string | null {
    const start = this.index
    if (!this.take('[^')) return null
    const name = this.takeWhile((ch) => ch !== ']' && ch !== '\n')
    if (name.length === 0) throw new GrammarError('expected footnote name', this.index)
    this.expect(']', 'expected closing `]` of the footnote')
    this.notation.push({kind: 'footnote', offset: start, length: this.index - start})
    return name
  }
}
