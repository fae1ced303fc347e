/**
 * mdbook-spec's generated-content directives: a paragraph that is only `{{ name }}`. The Reference uses
 * `{{ grammar-summary }}` (every production, on its grammar page) and `{{summary-table}}` (a table of the
 * rust-lang/rust tests citing each rule, which needs that test suite). Other paragraphs render normally.
 * <https://github.com/rust-lang/reference/blob/3b38834b/tools/mdbook-spec/src/lib.rs>
 *
 * To support a directive: add a case to `renderDirective`.
 */
import type {Element, ElementContent} from 'hast'
import type {Paragraph} from 'mdast'
import {defaultHandlers, type Handlers, type State} from 'mdast-util-to-hast'
import {grammarSummary} from './grammar.ts'
import type {RenderContext} from './render-context.ts'

/** The directive a paragraph consists of (`grammar-summary`), or null. */
export function directiveName(node: Paragraph): string | null {
  const only = node.children.length === 1 ? node.children[0] : undefined
  if (only?.type !== 'text') return null
  return /^\{\{\s*([a-z][a-z-]*)\s*\}\}$/.exec(only.value.trim())?.[1] ?? null
}

export function directiveHandlers(context: RenderContext): Handlers {
  return {
    paragraph(state: State, node: Paragraph) {
      const name = directiveName(node)
      const rendered = name === null ? null : renderDirective(name, context)
      return rendered ?? defaultHandlers.paragraph(state, node)
    },
  }
}

function renderDirective(name: string, context: RenderContext): ElementContent[] | null {
  switch (name) {
    case 'grammar-summary':
      return grammarSummary(context.grammar, context)
    case 'summary-table':
      return [note('The table of tests citing each rule is generated from the rust-lang/rust test suite; `specmark trace` produces it for a given test tree.')]
    default:
      return null
  }
}

function note(text: string): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {className: ['directive']},
    children: [{type: 'element', tagName: 'p', properties: {className: ['directive-note']}, children: [{type: 'text', value: text}]}],
  }
}
