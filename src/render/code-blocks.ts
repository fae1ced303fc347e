/**
 * Fenced code blocks: dispatches ```` ```grammar ```` to `grammar.ts`; a ```` ```data ```` block gets a
 * placeholder here, which `interop-blocks.ts` replaces by its view after the render cache; in an mdBook
 * with mdbook-mermaid, a ```` ```mermaid ```` block is its diagram's `<pre class="mermaid">`; every other
 * block becomes `<pre><code class="language-…">`, highlighted after sanitation by `highlight.ts`. Rust
 * examples lose their hidden `# ` lines (as rustdoc and mdBook show them) and show their rustdoc attributes (`compile_fail`, `should_panic`, `edition2021`…) as flags;
 * blocks in a language an mdBook gives a `hidelines` prefix lose the lines starting with it. A Rust
 * example marked `editable`, in a book whose examples are (`Playground.editable`), shows every line, as
 * mdBook's editor does, and the page's script lets the reader edit it.
 * The text is the model's, so `{{#include …}}` directives show what they include.
 *
 * To show another attribute: add it to `FLAGS`.
 */
import type {Element, ElementContent} from 'hast'
import type {Code, FootnoteReference} from 'mdast'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'
import type {Handlers, State} from 'mdast-util-to-hast'
import {hiddenLinePrefix, isHiddenPrefixedLine, isHiddenRustLine, parseCodeInfo} from '../parse/code-info.ts'
import {dataViewPlaceholder} from './data-views.ts'
import {grammarBlock} from './grammar.ts'
import type {Playground, RenderContext} from './render-context.ts'

/** rustdoc attributes worth showing, with what they mean. */
const FLAGS: Record<string, string> = {
  compile_fail: 'This example deliberately fails to compile',
  should_panic: 'This example panics',
  no_run: 'This example is compiled but not run',
  ignore: 'This example is not tested',
}

/** Words rustdoc accepts as the first word of a Rust block's info string besides `rust`. */
const RUST_FIRST_WORDS = new Set(['rust', ...Object.keys(FLAGS), 'edition2015', 'edition2018', 'edition2021', 'edition2024'])

export function codeHandlers(context: RenderContext): Handlers {
  return {
    code(state: State, node: Code) {
      const info = parseCodeInfo(node)
      const code = context.codeBlocks.take(node.position?.start.offset)
      const value = code?.value ?? node.value
      let result: Element
      if (info.lang === 'grammar') result = grammarBlock(value, code?.grammar ?? {category: '', productions: [], error: null}, context, (label) => footnoteReference(state, label))
      else if (info.lang === 'data') result = dataViewPlaceholder(info.attributes[0] ?? null)
      else if (context.mermaid && node.lang === 'mermaid' && !node.meta) result = mermaidDiagram(value)
      else result = codeBlock(value, info.lang, info.attributes, context.hidelines, context.playground)
      state.patch(node, result)
      return result
    },
  }
}

/**
 * A ```` ```mermaid ```` block (its info string that word alone) as mdbook-mermaid writes it, for the
 * book's own mermaid.js to draw: `<pre class="mermaid">` holding the diagram's text.
 */
function mermaidDiagram(value: string): Element {
  return {type: 'element', tagName: 'pre', properties: {className: ['mermaid']}, children: [{type: 'text', value: value.replace(/\r\n/g, '\n')}]}
}

/** A `[^label]` in a grammar block as the chapter's footnote reference (numbered with the others), if defined. */
function footnoteReference(state: State, label: string): ElementContent | null {
  const identifier = normalizeIdentifier(label).toLowerCase()
  // mdast-util-to-hast keys definitions by their identifier in upper case.
  if (!state.footnoteById.has(identifier.toUpperCase())) return null
  const reference: FootnoteReference = {type: 'footnoteReference', identifier, label}
  return state.handlers.footnoteReference!(state, reference, undefined) as ElementContent
}

/** Whether an info string's first word makes the block a Rust example. */
export function isRustBlock(lang: string | null): boolean {
  return lang !== null && RUST_FIRST_WORDS.has(lang)
}

/** The lines of a Rust example as shown: hidden `# ` lines removed, `##` unescaped to `#`. */
export function visibleRustSource(value: string): string {
  return value
    .split('\n')
    .filter((line) => !isHiddenRustLine(line))
    .map((line) => line.replace(/^(\s*)##/, '$1#'))
    .join('\n')
}

function codeBlock(value: string, lang: string | null, attributes: string[], hidelines: Record<string, string>, playground: Playground | null): Element {
  const rust = isRustBlock(lang)
  const words = rust && lang !== 'rust' && lang !== null ? [lang, ...attributes] : attributes
  const runsIn = rust ? playgroundEdition(words, playground) : null
  const language = rust ? 'rust' : lang
  const editable = rust && playground?.editable === true && words.includes('editable')
  const lines = editable ? wholeRustLines(value) : rust ? rustLines(value) : prefixedLines(value, hiddenLinePrefix({lang, attributes}, hidelines))
  const pre: Element = {
    type: 'element',
    tagName: 'pre',
    properties: {},
    children: [
      {
        type: 'element',
        tagName: 'code',
        properties: language ? {className: codeClasses(language, words)} : {},
        children: [{type: 'text', value: lines.visible}],
      },
    ],
  }
  const flags: ElementContent[] = rust ? words.flatMap(flag) : []
  const hidden = lines.full === null ? [] : [withHiddenLines(lines.full, language)]
  if (flags.length === 0 && hidden.length === 0 && runsIn === null && !editable) return pre
  // The page's script turns `data-playground` into a button running the whole example, and makes a
  // `data-editable` one editable (`code-buttons.ts`).
  const runs = {...(runsIn === null ? {} : {dataPlayground: runsIn}), ...(editable ? {dataEditable: ''} : {}), ...(editable && playground?.lineNumbers ? {dataLineNumbers: ''} : {})}
  return {type: 'element', tagName: 'div', properties: {className: ['code-block'], ...runs}, children: [...flags, pre, ...hidden]}
}

/**
 * The classes of a block's `code`, as mdBook gives them: the language, then the info string's other
 * words (the Rust Book's scripts find `does_not_compile`, `panics` by them), among them the first of a
 * Rust example that starts with an attribute (`ignore`), which our `language-rust` replaces.
 */
function codeClasses(language: string, words: string[]): string[] {
  return [`language-${language}`, ...new Set(words.filter((word) => /^[\w-]+$/.test(word)))]
}

/**
 * The edition a Rust example runs in on the Rust Playground, as mdBook decides which get its play button
 * (mdbook-html `tree.rs`): not `ignore`, `noplayground` or `noplaypen` ones, nor any when the book's
 * examples are not runnable, but always one marked `mdbook-runnable`; the example's own `editionNNNN`,
 * else the book's. Null for none.
 */
function playgroundEdition(words: string[], playground: Playground | null): string | null {
  if (playground === null) return null
  const runs = words.includes('mdbook-runnable') || (playground.runnable && !words.some((word) => word === 'ignore' || word === 'noplayground' || word === 'noplaypen'))
  if (!runs) return null
  return words.find((word) => /^edition\d{4}$/.test(word))?.slice('edition'.length) ?? playground.edition
}

/** A block's text as a reader sees it, and whole (its hidden lines shown) when it hides some. */
interface ShownLines {
  visible: string
  full: string | null
}

/** A Rust example: hidden `# ` lines (and `{{#rustdoc_include}}`'s) out of sight, `##` shown as `#`. */
function rustLines(value: string): ShownLines {
  if (!value.split('\n').some(isHiddenRustLine)) return {visible: visibleRustSource(value), full: null}
  const full = value
    .split('\n')
    .map((line) => line.replace(/^(\s*)# ?/, (match, indent: string) => (isHiddenRustLine(line) ? indent : match)).replace(/^(\s*)##/, '$1#'))
    .join('\n')
  return {visible: visibleRustSource(value), full}
}

/** An editable Rust example: every line shown (hidden ones without their `# `), as mdBook's editor shows them. */
function wholeRustLines(value: string): ShownLines {
  const lines = rustLines(value)
  return {visible: lines.full ?? lines.visible, full: null}
}

/** A block hiding the lines that start with `prefix` after their indentation (mdBook's `hidelines`); whole, the prefix is dropped. */
function prefixedLines(value: string, prefix: string | null): ShownLines {
  if (prefix === null) return {visible: value, full: null}
  const lines = value.split('\n')
  const hidden = (line: string): boolean => isHiddenPrefixedLine(line, prefix)
  if (!lines.some(hidden)) return {visible: value, full: null}
  return {
    visible: lines.filter((line) => !hidden(line)).join('\n'),
    full: lines.map((line) => (hidden(line) ? line.replace(prefix, '') : line)).join('\n'),
  }
}

/**
 * The whole example, hidden lines included (`{{#rustdoc_include}}` and `# ` lines, or those of an
 * mdBook's `hidelines` prefix), shown on demand as mdBook's eye button does, without script: a closed
 * `<details>` under the visible code.
 */
function withHiddenLines(full: string, language: string | null): Element {
  return {
    type: 'element',
    tagName: 'details',
    properties: {className: ['hidden-lines']},
    children: [
      {type: 'element', tagName: 'summary', properties: {}, children: [{type: 'text', value: 'Show hidden lines'}]},
      {type: 'element', tagName: 'pre', properties: {}, children: [{type: 'element', tagName: 'code', properties: language ? {className: [`language-${language}`]} : {}, children: [{type: 'text', value: full}]}]},
    ],
  }
}

function flag(word: string): ElementContent[] {
  const edition = /^edition(\d{4})$/.exec(word)
  const title = edition ? `This example uses the ${edition[1]} edition` : FLAGS[word]
  if (title === undefined) return []
  return [{type: 'element', tagName: 'span', properties: {className: ['code-flag'], title}, children: [{type: 'text', value: word}]}]
}
