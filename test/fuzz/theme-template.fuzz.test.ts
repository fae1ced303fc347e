/**
 * Fuzzing an mdBook theme's templates (`head.hbs`, `header.hbs`): whatever a book's template holds,
 * `check` says what is wrong with it at a place inside it, never throws; and a template it finds nothing
 * wrong with renders on every page without throwing. `npm run fuzz` runs many more cases (FUZZ_RUNS).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {templateIcons, themeTemplateProblem} from '../../src/parse/theme-template.ts'
import {renderThemeTemplate} from '../../src/render/mdbook-theme.ts'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

/** Pieces of Handlebars and HTML as templates are written, mostly well-formed, some not. */
const piece = fc.oneof(
  fc.constantFrom('{{', '}}', '{{{', '}}}', '{{#if ', '{{/if}}', '{{else}}', '{{#each ', '{{/each}}', '{{#with ', '{{/with}}', '{{> ', '{{!', '{{!--', '--}}', '{{~', '~}}', '(', ')', '"', "'", '=', ' ', '\n', '\\'),
  fc.constantFrom('path_to_root', 'path', 'title', 'previous.link', 'next', 'language', 'is_print', 'this', '../title', '@index', 'constructor', '__proto__', 'toString'),
  fc.constantFrom('fa', 'resource', 'eq', 'ne', 'and', 'or', 'not', 'len', 'gt', 'lookup', 'log', 'toc', 'unknown'),
  fc.constantFrom('"solid"', '"brands"', '"regular"', '"globe"', '"github"', '"nope"', '"fa-eye"', '1', 'true', 'null'),
  fc.constantFrom('<script>', '</script>', '<link rel="stylesheet" href="', '">', '<p class="notice">', '</p>'),
  fc.string({maxLength: 6})
)
const template = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))

const BOOK = {title: 'Book', description: null, language: 'en', textDirection: null, mathjaxSupport: false, searchEnabled: true}
const PAGE = {url: 'a/b.html', path: 'a/b.md', title: 'B - Book', chapterTitle: 'B', section: '1.', previous: {title: 'A', link: 'a.html'}, next: null, isPrint: false, isIndex: false}

describe('fuzzing theme templates', () => {
  it('are checked without throwing, any problem placed inside them; those without one render', () => {
    fc.assert(
      fc.property(template, (source) => {
        const problem = themeTemplateProblem(source)
        if (problem !== null) {
          const lines = source.split('\n')
          expect(problem.line).toBeGreaterThanOrEqual(1)
          expect(problem.line).toBeLessThanOrEqual(lines.length)
          expect(problem.column).toBeGreaterThanOrEqual(1)
          expect(problem.column).toBeLessThanOrEqual(lines[problem.line - 1]!.length + 1)
          return
        }
        expect(typeof renderThemeTemplate(source, {...BOOK, icons: templateIcons(source)}, PAGE)).toBe('string')
      }),
      {numRuns: RUNS}
    )
  })
})
