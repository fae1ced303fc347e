/**
 * fast-check generators of hostile markdown: fragments of the dialect (labels, links, admonitions,
 * fences, grammar, front matter, includes) glued with random text, deep nesting, huge lines, NUL and
 * lone surrogates, CRLF — the shapes that break parsers.
 */
import fc from 'fast-check'

const fragments = [
  'r[', ']', 'r[a.b]', 'r[A..b]', 'r[]', '[', '][', '[x.y]', '[t][a.b]', '[`Option`]', '[^1]', '[^1]: note', '[d]: a.b', '[d]: grammar-X',
  '> ', '> [!NOTE]', '> [!EDITION-2024]', '> [!BOGUS]', '>>>>', '- ', '* ', '1. ', '   ', '\t', '#', '## H', '---', '***', '|a|b|', '|---|---|',
  '```', '```rust', '```rust,compile_fail', '```grammar,x', '```data,type-map', '~~~', '`', 'A -> B', '@root A -> `x`', 'X -> ( `y`', '<', '<!--', '-->',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '[t](dfn:)', '[t](term:)', '[t](term:zz)', '[s](#nowhere)',
  '[c](other.md#a)', '{{#include ../../etc/passwd}}', '{{#include x.rs:2:5}}', '\u0000', '\uFFFD', '\uD800', 'é', '𝔘', '\r\n', '\n', '\n\n', '\\', '*', '_', '~',
]

export const markdownFragment = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...fragments)},
  {weight: 3, arbitrary: fc.string({maxLength: 12})},
  {weight: 1, arbitrary: fc.integer({min: 1, max: 300}).map((depth) => '> '.repeat(depth) + 'deep')},
  {weight: 1, arbitrary: fc.integer({min: 1, max: 200}).map((depth) => Array.from({length: depth}, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))},
  {weight: 1, arbitrary: fc.integer({min: 1000, max: 50_000}).map((length) => 'x'.repeat(length))}
)

/** A markdown document built from fragments, separated by spaces or line breaks. */
export const markdownDocument = fc
  .array(fc.tuple(markdownFragment, fc.constantFrom('', ' ', '\n', '\n\n')), {maxLength: 40})
  .map((parts) => parts.map(([fragment, separator]) => fragment + separator).join(''))

/** YAML front matter, well-formed or not. */
export const frontMatter = fc.oneof(
  fc.constant('---\ntopic: main\nowner: [T-lang]\nstatus: draft\n---\n'),
  fc.constant('---\ntopic: [unclosed\n---\n'),
  fc.constant('---\n- a list\n---\n'),
  fc.constant('---\ntopic: main\nowner: [T-lang]\nstatus: draft\nextra: {a: &x 1, b: *x}\n---\n'),
  fc.string({maxLength: 40}).map((text) => `---\n${text}\n---\n`),
  fc.constant('')
)
