/**
 * Makes micromark treat every `[label]`, `[text][label]` and `[label][]` as a reference, defined or not.
 *
 * Why: the dialect resolves references that no markdown definition names (rule links `[a.b.c]`, grammar
 * links `[Name]`, standard-library links ``[`Option`]``). mdbook-spec gets the same effect by appending
 * link definitions for every rule and production to each chapter before parsing
 * (<https://github.com/rust-lang/reference/blob/3b38834b/tools/mdbook-spec/src/lib.rs#L93>); that needs
 * every other chapter first. Instead, CommonMark's "is this label defined?" test (`parser.defined.includes`
 * in micromark-core-commonmark's label-end) is made to answer yes. The model then resolves each reference
 * against the whole specification, and the renderer writes back, as the literal text it was, any
 * reference that resolves to nothing.
 *
 * micromark has no option for this, so a construct that never matches patches the parser's `defined`
 * list the first time a `[` (or an image's `!`) is seen — in text before label-end runs, and in flow before a definition: a
 * definition pushes its label unless `includes` finds it, which made n definitions cost n² comparisons
 * (270,000 of them took minutes); patched, they cost nothing.
 */
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'

const LEFT_SQUARE_BRACKET = 91
const EXCLAMATION_MARK = 33
const patched = new WeakSet<object>()

const everyReferenceDefined: Construct = {
  name: 'specmarkEveryReferenceDefined',
  tokenize(this: TokenizeContext, _effects: Effects, _ok: State, nok: State): State {
    const defined = this.parser.defined
    if (!patched.has(defined)) {
      Object.defineProperty(defined, 'includes', {value: () => true})
      patched.add(defined)
    }
    return (code: Code) => nok(code)
  },
}

/** The micromark extension. */
export function everyReferenceDefinedSyntax(): Extension {
  // `!` too: an image label (`![x]`) starts there, and without it a chapter whose first bracket is an
  // image's read that image's label as undefined (plain text) where a later one was a reference.
  return {text: {[LEFT_SQUARE_BRACKET]: everyReferenceDefined, [EXCLAMATION_MARK]: everyReferenceDefined}, flow: {[LEFT_SQUARE_BRACKET]: everyReferenceDefined}}
}
