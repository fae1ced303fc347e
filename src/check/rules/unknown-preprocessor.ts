/**
 * `unknown-preprocessor`: `book.toml` configures an mdBook preprocessor (`[preprocessor.<name>]`) that
 * specmark does not run, so whatever it adds to the book (diagrams, captions, generated pages) is missing
 * from specmark's site. specmark implements mdBook's own preprocessors (`links`: includes; `index`:
 * `README.md` chapters), the Reference's `spec` (mdbook-spec: rules, admonitions, grammar, std links)
 * `mermaid` (mdbook-mermaid: diagram blocks for the book's own mermaid.js), `admonish`
 * (mdbook-admonish: its blocks as admonitions), `katex` (mdbook-katex: `$…$` math typeset) and `toc`
 * (mdbook-toc: its marker replaced by the chapter's table of contents), `alerts` (GitHub's alerts) and
 * the Rust Book's `trpl-listing` (its `<Listing>` figures) and `trpl-note` (its notes' sections), and
 * `tabs` (mdbook-tabs: its tabs, for the book's copy of its script).
 * Nothing is said of one with nothing to do in the book: `gettext` (mdbook-i18n-helpers) without a
 * catalog for the book's language, or a preprocessor whose input the book never writes (`INPUTS`: a
 * book may configure mdbook-graphviz and draw no graph); where it does, the warning says how much of it
 * there is and where it starts.
 *
 * ok: `[preprocessor.spec]`. not ok: `[preprocessor.graphviz]` with a ```` ```dot process ```` block.
 */
import path from 'node:path'
import {location} from 'vfile-location'
import type {LintRule} from '../context.ts'

/** The preprocessors whose work specmark does itself (`alerts`: GitHub's alerts, which it reads as mdBook 0.5 does). */
const IMPLEMENTED = new Set(['links', 'index', 'spec', 'mermaid', 'admonish', 'katex', 'toc', 'alerts', 'trpl-listing', 'trpl-note', 'tabs'])

/**
 * Preprocessors whose input a chapter's text shows, as each reads it unless its table says otherwise:
 * mdbook-graphviz's ```` ```dot process ```` blocks, mdbook-plantuml's ```` ```plantuml ```` and
 * mdbook-svgbob's ```` ```bob ````.
 */
const INPUTS: Record<string, {pattern: RegExp; what: string}> = {
  graphviz: {pattern: /^[ \t>]*(?:`{3,}|~{3,})[ \t]*dot[ \t]+process\b/gm, what: '```dot process block'},
  plantuml: {pattern: /^[ \t>]*(?:`{3,}|~{3,})[ \t]*plantuml\b/gm, what: '```plantuml block'},
  svgbob: {pattern: /^[ \t>]*(?:`{3,}|~{3,})[ \t]*bob\b/gm, what: '```bob block'},
}

export const unknownPreprocessor: LintRule = {
  code: 'unknown-preprocessor',
  severity: 'warning',
  description: 'an mdBook preprocessor specmark does not run',
  layouts: ['mdbook'],
  check({project, spec, sources}, report) {
    for (const {name, place, idle, configured} of project.preprocessors ?? []) {
      // One with nothing to do for this book: mdbook-i18n-helpers' `gettext` without a catalog for its language.
      if (IMPLEMENTED.has(name) || idle === true) continue
      const input = Object.hasOwn(INPUTS, name) && configured !== true ? INPUTS[name]! : null
      let uses = ''
      if (input) {
        const found = spec.chapters.flatMap((chapter) => [...(sources.get(chapter.id) ?? '').matchAll(input.pattern)].map((match) => ({chapter, at: match.index + /^[ \t>]*/.exec(match[0])![0].length})))
        if (found.length === 0) continue
        const {chapter, at} = found[0]!
        const {line, column} = location(sources.get(chapter.id) ?? '').toPoint(at)!
        // The chapter's file from the book's folder, where `book.toml` is.
        const file = path.relative(project.root, path.join(project.contentRoot, chapter.file)).split(path.sep).join('/')
        uses = ` (${found.length} ${input.what}${found.length === 1 ? '' : 's'}, the first at ${file}:${line}:${column})`
      }
      report({
        reason: `Unexpected preprocessor \`${name}\`, expected one specmark implements (\`${[...IMPLEMENTED].join('`, `')}\`): what it adds to the book will be missing${uses}`,
        place,
        hint: 'render its output into the sources, or silence this with `lints = { unknown-preprocessor = "off" }` under `[specmark]`',
      })
    }
  },
}
