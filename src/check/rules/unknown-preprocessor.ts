/**
 * `unknown-preprocessor`: `book.toml` configures an mdBook preprocessor (`[preprocessor.<name>]`) that
 * specmark does not run, so whatever it adds to the book (diagrams, captions, generated pages) is missing
 * from specmark's site. specmark implements mdBook's own preprocessors (`links`: includes; `index`:
 * `README.md` chapters), the Reference's `spec` (mdbook-spec: rules, admonitions, grammar, std links)
 * `mermaid` (mdbook-mermaid: diagram blocks for the book's own mermaid.js), `admonish`
 * (mdbook-admonish: its blocks as admonitions), `katex` (mdbook-katex: `$…$` math typeset) and `toc`
 * (mdbook-toc: its marker replaced by the chapter's table of contents), `alerts` (GitHub's alerts) and
 * the Rust Book's `trpl-listing` (its `<Listing>` figures) and `trpl-note` (its notes' sections);
 * nor `gettext` (mdbook-i18n-helpers) when it has no catalog for the book's language, where it changes nothing.
 *
 * ok: `[preprocessor.spec]`. not ok: `[preprocessor.graphviz]`.
 */
import type {LintRule} from '../context.ts'

/** The preprocessors whose work specmark does itself (`alerts`: GitHub's alerts, which it reads as mdBook 0.5 does). */
const IMPLEMENTED = new Set(['links', 'index', 'spec', 'mermaid', 'admonish', 'katex', 'toc', 'alerts', 'trpl-listing', 'trpl-note'])

export const unknownPreprocessor: LintRule = {
  code: 'unknown-preprocessor',
  severity: 'warning',
  description: 'an mdBook preprocessor specmark does not run',
  layouts: ['mdbook'],
  check({project}, report) {
    for (const {name, place, idle} of project.preprocessors ?? []) {
      // One with nothing to do for this book: mdbook-i18n-helpers' `gettext` without a catalog for its language.
      if (IMPLEMENTED.has(name) || idle === true) continue
      report({
        reason: `Unexpected preprocessor \`${name}\`, expected one specmark implements (\`${[...IMPLEMENTED].join('`, `')}\`): what it adds to the book will be missing`,
        place,
        hint: 'render its output into the sources, or silence this with `lints = { unknown-preprocessor = "off" }` under `[specmark]`',
      })
    }
  },
}
