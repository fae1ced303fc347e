/**
 * The language-server fixture: a two-chapter spec of our layout with a registry in which `main.a` was
 * released, rule links to `main.a` in every form (plain, full reference, link definition, `#r-` anchor),
 * a grammar block, a term, a non-ASCII line, and one unresolved rule link (`main.missing`).
 */
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

export const MAIN = [
  '# Main',
  '',
  'r[main.intro]',
  'The intro uses a [widget](term:).',
  '',
  '## Details',
  '',
  'r[main.a]',
  'A [widget](dfn:) is a rule with text.',
  '',
  'r[main.syntax]',
  '```grammar,test',
  '@root Start -> Item `;`',
  '',
  'Item -> `x`',
  '```',
  '',
  'r[main.b]',
  'Héllo 😀 see [main.a] and [main.missing], also [Item].',
  '',
].join('\n')

export const OTHER = [
  '# Other',
  '',
  'r[other.intro]',
  'See [main.a], [the rule][main.a], [this rule] and [the anchor](main.md#r-main.a).',
  '',
  '[this rule]: main.a',
  '',
].join('\n')

const HASH = '0'.repeat(64)
export const REGISTRY = `# schema: 2\nmain.a\tactive\t0.1.0\t0.1.0\t${HASH}\t-\nmain.intro\tactive\t0.1.0\t0.1.0\t${HASH}\t-\n`

/** Writes the fixture to a new temporary folder; returns its root. */
export function writeFixture(): Promise<string> {
  return writeTree({
    'outline.yaml': outlineYaml([
      {id: 'main', prefix: 'main', file: 'main.md'},
      {id: 'other', prefix: 'other', file: 'other.md'},
    ]),
    'main.md': chapter('main', MAIN),
    'other.md': chapter('other', OTHER),
    'registry.txt': REGISTRY,
  })
}
