/**
 * `unknown-preprocessor`: `book.toml` configures an mdBook preprocessor (`[preprocessor.<name>]`) that
 * specmark does not run, so whatever it adds to the book (diagrams, captions, generated pages) is missing
 * from specmark's site. specmark implements mdBook's own preprocessors (`links`: includes; `index`:
 * `README.md` chapters), the Reference's `spec` (mdbook-spec: rules, admonitions, grammar, std links)
 * `mermaid` (mdbook-mermaid: diagram blocks for the book's own mermaid.js), `admonish`
 * (mdbook-admonish: its blocks as admonitions), `katex` (mdbook-katex: `$…$` math typeset) and `toc`
 * (mdbook-toc: its marker replaced by the chapter's table of contents).
 *
 * ok: `[preprocessor.spec]`. not ok: `[preprocessor.graphviz]`.
 */
import type {LintRule} from '../context.ts'

/** The preprocessors whose work specmark does itself. */
const IMPLEMENTED = new Set(['links', 'index', 'spec', 'mermaid', 'admonish', 'katex', 'toc'])

export const unknownPreprocessor: LintRule = {
  code: 'unknown-preprocessor',
  severity: 'warning',
  description: 'an mdBook preprocessor specmark does not run',
  layouts: ['mdbook'],
  check({project}, report) {
    for (const {name, place} of project.preprocessors ?? []) {
      if (IMPLEMENTED.has(name)) continue
      report({
        reason: `Unexpected preprocessor \`${name}\`, expected one specmark implements (\`${[...IMPLEMENTED].join('`, `')}\`): what it adds to the book will be missing`,
        place,
        hint: 'render its output into the sources, or silence this with `lints = { unknown-preprocessor = "off" }` under `[specmark]`',
      })
    }
  },
}
