/**
 * Syntax for rule labels: a line `r[a.b.c]` that names the block after it.
 *
 * Registers a micromark flow construct (the syntax) and its mdast-util-from-markdown handlers (the tree),
 * producing `ruleLabel` nodes. Which block a label attaches to is decided by the model, not here.
 *
 * The construct follows mdbook-spec's `(?m)^r\[([^]]+)]$` exactly, so that the Reference builds unmodified:
 * the label must start at column 1 and fill its line, and it interrupts a paragraph (the Reference writes
 * labels directly below list items and HTML lines).
 *
 * Our dialect adds one optional attribute after the closing bracket: `r[pat.guard.let] since=1.95` marks
 * behaviour stabilized in that Rust release, later than the document's baseline (`settings.rustBaseline`).
 * mdbook-spec does not read such a line as a label, so the Reference never writes one.
 * <https://github.com/rust-lang/reference/blob/3b38834b/tools/mdbook-spec/src/rules.rs#L13>
 */
import type {Extension as FromMarkdownExtension, CompileContext} from 'mdast-util-from-markdown'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'
import type {Node} from 'unist'
import {markdownLineEnding} from 'micromark-util-character'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    ruleLabel: 'ruleLabel'
    ruleLabelMarker: 'ruleLabelMarker'
    ruleLabelId: 'ruleLabelId'
    ruleLabelSince: 'ruleLabelSince'
  }
}

/** A rule label, e.g. `r[expr.if.intro]` → `{type: 'ruleLabel', id: 'expr.if.intro'}`. */
export interface RuleLabel extends Node {
  type: 'ruleLabel'
  id: string
  /** The Rust release of a `since=1.95` attribute, if written. */
  since?: string
}

declare module 'mdast' {
  interface RootContentMap {
    ruleLabel: RuleLabel
  }
  interface BlockContentMap {
    ruleLabel: RuleLabel
  }
}

const LOWERCASE_R = 114
const LEFT_SQUARE_BRACKET = 91
const RIGHT_SQUARE_BRACKET = 93
const SPACE = 32
const SINCE = 'since='

const ruleLabelConstruct: Construct = {name: 'ruleLabel', tokenize: tokenizeRuleLabel}

function tokenizeRuleLabel(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  let size = 0
  return start

  function start(code: Code): State | undefined {
    if (code !== LOWERCASE_R || self.now().column !== 1) return nok(code)
    effects.enter('ruleLabel')
    effects.enter('ruleLabelMarker')
    effects.consume(code)
    return open
  }

  function open(code: Code): State | undefined {
    if (code !== LEFT_SQUARE_BRACKET) return nok(code)
    effects.consume(code)
    effects.exit('ruleLabelMarker')
    effects.enter('ruleLabelId')
    return inside
  }

  function inside(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return nok(code)
    if (code === RIGHT_SQUARE_BRACKET) {
      if (size === 0) return nok(code)
      effects.exit('ruleLabelId')
      effects.enter('ruleLabelMarker')
      effects.consume(code)
      effects.exit('ruleLabelMarker')
      return after
    }
    size++
    effects.consume(code)
    return inside
  }

  function after(code: Code): State | undefined {
    if (code !== SPACE) return end(code)
    effects.enter('whitespace')
    return beforeAttribute(code)
  }

  function beforeAttribute(code: Code): State | undefined {
    if (code === SPACE) {
      effects.consume(code)
      return beforeAttribute
    }
    effects.exit('whitespace')
    if (code !== SINCE.charCodeAt(0)) return nok(code)
    effects.enter('ruleLabelSince')
    return attributeName(0)(code)
  }

  /** `since=`, then a release: digits and dots (validated by `check`, so a typo is reported, not lost). */
  function attributeName(at: number): State {
    return (code) => {
      if (at === SINCE.length) return attributeValue(code)
      if (code !== SINCE.charCodeAt(at)) return nok(code)
      effects.consume(code)
      return attributeName(at + 1)
    }
  }

  function attributeValue(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code) || code === SPACE) {
      effects.exit('ruleLabelSince')
      if (code !== SPACE) return end(code)
      effects.enter('whitespace')
      return trailing(code)
    }
    effects.consume(code)
    return attributeValue
  }

  function trailing(code: Code): State | undefined {
    if (code === SPACE) {
      effects.consume(code)
      return trailing
    }
    effects.exit('whitespace')
    return end(code)
  }

  function end(code: Code): State | undefined {
    if (code !== null && !markdownLineEnding(code)) return nok(code)
    effects.exit('ruleLabel')
    return ok(code)
  }
}

/** The micromark syntax extension for rule labels. */
export function ruleLabelSyntax(): Extension {
  return {flow: {[LOWERCASE_R]: ruleLabelConstruct}}
}

/** The mdast-util-from-markdown extension turning rule-label tokens into `ruleLabel` nodes. */
export function ruleLabelFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      ruleLabel(this: CompileContext, token) {
        this.enter({type: 'ruleLabel', id: ''} as RuleLabel as never, token)
      },
    },
    exit: {
      ruleLabelId(this: CompileContext, token) {
        const node = this.stack[this.stack.length - 1] as unknown as RuleLabel
        node.id = this.sliceSerialize(token)
      },
      ruleLabelSince(this: CompileContext, token) {
        const node = this.stack[this.stack.length - 1] as unknown as RuleLabel
        node.since = this.sliceSerialize(token).slice(SINCE.length)
      },
      ruleLabel(this: CompileContext, token) {
        this.exit(token)
      },
    },
  }
}
