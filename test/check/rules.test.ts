/**
 * Every lint rule on a not-ok fixture (the diagnostic appears exactly where `⟨here⟩` marks) and an ok
 * fixture (the rule stays silent). Chapters are `main.md` in a one-topic spec of our layout.
 */
import {describe, expect, it} from 'vitest'
import {lintRules} from '../../src/check/rules/index.ts'
import {chapter, check, outlineYaml, positioned, positionsOf, writeTree} from '../helpers/spec-fixture.ts'

interface ChapterCase {
  rule: string
  bad: string
  good: string
}

const intro = '# Main\n\nr[main.intro]\nThe intro.\n\n'

const chapterCases: ChapterCase[] = [
  {
    rule: 'since-marker',
    bad: `${intro}⟨here⟩r[main.a] since=1.x5\nOne.\n`,
    good: `${intro}r[main.a]\nOne.\n`,
  },
  {
    rule: 'duplicate-rule-id',
    bad: `${intro}r[main.a]\nOne.\n\n⟨here⟩r[main.a]\nTwo.\n`,
    good: `${intro}r[main.a]\nOne.\n\nr[main.b]\nTwo.\n`,
  },
  {
    rule: 'malformed-rule-id',
    bad: `${intro}⟨here⟩r[main.Bad Id]\nOne.\n\n⟨here⟩r[main..x]\nTwo.\n`,
    good: `${intro}r[main.good_id-2]\nOne.\n`,
  },
  {
    rule: 'label-attached-to-nothing',
    bad: `${intro}⟨here⟩r[main.a]\nr[main.b]\nText.\n\n⟨here⟩r[main.c]\n`,
    good: `${intro}r[main.a]\nText.\n\nr[main.b]\n## A section\n`,
  },
  {
    rule: 'unresolved-rule-link',
    bad: `${intro}r[main.a]\nSee ⟨here⟩[main.intr] and ⟨here⟩[text][main.nope].\n\nr[main.b]\nAnd ⟨here⟩[this one].\n\n⟨here⟩[this one]: main.gone\n\nr[main.syntax]\n\`\`\`grammar,test\nS -> \`x\` _except ⟨here⟩[delimiters][main.delims] or ⟨here⟩[main.nope]_\n\`\`\`\n`,
    good: `${intro}r[main.a]\nSee [main.intro], [text][main.intro], [the rule] and [a] plain [bracket].\n\n[the rule]: main.intro\n\nr[main.syntax]\n\`\`\`grammar,test\nS -> \`x\` _except [delimiters][main.intro] or [main.a]_\n\`\`\`\n`,
  },
  {
    rule: 'unresolved-grammar-name',
    bad: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root Start -> ⟨here⟩Missing \`;\` _except ⟨here⟩[grammar-Gone]_\n\`\`\`\n\nr[main.a]\nSee ⟨here⟩[x][grammar-Nope].\n`,
    good: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root Start -> Other \`;\`\n\nOther -> \`x\`\n\`\`\`\n\nr[main.a]\nSee [Start] and [x][grammar-Other].\n`,
  },
  {
    rule: 'unresolved-internal-link',
    bad: `${intro}r[main.a]\nSee ⟨here⟩[there](other.md), ⟨here⟩[here](#nowhere) and ⟨here⟩[self](main.md#r-main.none).\n`,
    good: `${intro}r[main.a]\nSee [here](#main), [the rule](#r-main.intro), [self](main.md#r-main.a), [out](../other-book/x.html) and [web](https://example.com).\n`,
  },
  {
    rule: 'unknown-admonition-kind',
    bad: `${intro}> ⟨here⟩[!DANGER]\n> Careful.\n`,
    good: `${intro}> [!NOTE]\n> A note.\n\n> [!EXAMPLE]\n> An example.\n\nr[main.edition]\n> [!EDITION-2024]\n> A difference.\n`,
  },
  {
    rule: 'missing-rule-id',
    bad: `${intro}## Unlabelled heading\n\n⟨here⟩A normative sentence no label covers.\n\n⟨here⟩- a list\n`,
    good: `${intro}r[main.a]\nLabelled.\n\nMore of the clause of main.a.\n\n> [!NOTE]\n> Informative, needs no label.\n`,
  },
  {
    rule: 'rule-id-prefix',
    bad: `${intro}⟨here⟩r[other.a]\nText.\n`,
    good: `${intro}r[main.a.b]\nText.\n`,
  },
  {
    rule: 'grammar-syntax-error',
    bad: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root Start -> A\n\nA ⟨here⟩=> \`x\`\n\`\`\`\n`,
    good: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root Start -> A?\n\nA -> \`x\` | [\`a\`-\`z\`]* | <prose> | ( \`y\` A )+\n\`\`\`\n`,
  },
  {
    rule: 'duplicate-production',
    bad: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root A -> \`x\`\n\`\`\`\n\nr[main.more]\n\`\`\`grammar,test\n⟨here⟩A -> \`y\`\n\`\`\`\n`,
    good: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root A -> B\n\`\`\`\n\nr[main.more]\n\`\`\`grammar,test\nB -> \`y\`\n\`\`\`\n`,
  },
  {
    rule: 'unreachable-production',
    bad: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root A -> \`x\`\n\n⟨here⟩Stray -> \`y\`\n\`\`\`\n`,
    good: `${intro}r[main.syntax]\n\`\`\`grammar,test\n@root A -> \`x\` Used\n\nUsed -> \`y\`\n\`\`\`\n`,
  },
  {
    rule: 'duplicate-term',
    bad: `${intro}r[main.a]\nA [place](dfn:) is here; a [place](term:) again.\n\nr[main.b]\nA ⟨here⟩[place](dfn:) twice.\n`,
    good: `${intro}r[main.a]\nA [place](dfn:) is here; [places](term:place) are used.\n`,
  },
  {
    rule: 'undefined-term',
    bad: `${intro}r[main.a]\nA ⟨here⟩[thing](term:) and ⟨here⟩[things](term:widget).\n`,
    good: `${intro}r[main.a]\nA [thing](dfn:) and [things](term:thing), [Thing](term:).\n`,
  },
  {
    rule: 'input-too-complex',
    bad: `${intro}r[main.a]\nText.\n\n${Array.from({length: 140}, (_, i) => `${'  '.repeat(i)}- item`).join('\n').replace(/\n( {258})-/, '\n⟨here⟩$1-')}\n`,
    good: `${intro}r[main.a]\n${Array.from({length: 20}, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`,
  },
  {
    rule: 'unused-term',
    bad: `${intro}r[main.a]\nA ⟨here⟩[lonely term](dfn:) nobody uses.\n`,
    good: `${intro}r[main.a]\nThe [used terms](dfn:used-term) and a [use](term:used-term).\n`,
  },
]

async function diagnosticsFor(body: string): Promise<{found: string[]; marks: string[]; all: string[]}> {
  const {text, marks} = positioned(chapter('main', body))
  const root = await writeTree({'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]), 'main.md': text})
  const diagnostics = await check(root)
  return {found: [], marks, all: diagnostics.map((d) => `${d.code} ${d.place?.start.line}:${d.place?.start.column}`)}
}

describe('lint rules on chapter fixtures', () => {
  for (const testCase of chapterCases) {
    it(`${testCase.rule}: reports the marked places`, async () => {
      const {marks, all} = await diagnosticsFor(testCase.bad)
      const found = all.filter((line) => line.startsWith(`${testCase.rule} `)).map((line) => line.split(' ')[1])
      expect(marks.length).toBeGreaterThan(0)
      expect(found).toEqual(marks)
    })
    it(`${testCase.rule}: stays silent on correct input`, async () => {
      const {all} = await diagnosticsFor(testCase.good)
      expect(all).toEqual([])
    })
  }
})

describe('lint rules on the outline', () => {
  const topics = [
    {id: 'one', prefix: 'one', file: 'one.md'},
    {id: 'two', prefix: 'two', file: 'two.md'},
  ]
  const good = {
    'outline.yaml': outlineYaml(topics),
    'one.md': chapter('one', '# One\n\nr[one.intro]\nText.\n'),
    'two.md': chapter('two', '# Two\n\nr[two.intro]\nText.\n'),
  }

  it('a consistent outline is clean', async () => {
    expect(await check(await writeTree(good))).toEqual([])
  })

  it('missing-chapter-file: an outline topic whose chapter does not exist', async () => {
    const {'two.md': _removed, ...files} = good
    const diagnostics = await check(await writeTree(files))
    expect(positionsOf(diagnostics, 'missing-chapter-file')).toEqual(['outline.yaml:8:9'])
    expect(diagnostics[0]!.reason).toContain('outline topic `two`')
  })

  it('chapter-listed-twice: the same file for two topics', async () => {
    const outline = outlineYaml([topics[0]!, {id: 'two', prefix: 'two', file: 'one.md'}])
    const diagnostics = await check(await writeTree({...good, 'outline.yaml': outline, 'two.md': ''}))
    expect(positionsOf(diagnostics, 'chapter-listed-twice')).toEqual(['outline.yaml:8:9'])
    expect(diagnostics.find((d) => d.code === 'chapter-listed-twice')!.cause!.place.start.line).toBe(7)
  })

  it('unreachable-markdown-file: a markdown file the outline does not list', async () => {
    const diagnostics = await check(await writeTree({...good, 'extra/notes.md': '# Notes\n'}))
    expect(positionsOf(diagnostics, 'unreachable-markdown-file')).toEqual(['extra/notes.md:1:1'])
  })

  it('chapter-out-of-step: chapters swapped against the outline order', async () => {
    const diagnostics = await check(await writeTree({...good, 'one.md': good['two.md'], 'two.md': good['one.md']}))
    expect(positionsOf(diagnostics, 'chapter-out-of-step')).toEqual(['one.md:1:1', 'two.md:1:1'])
    expect(diagnostics[0]!.reason).toContain('outline order')
  })

  it('chapter-out-of-step: owners differ from the outline', async () => {
    const diagnostics = await check(await writeTree({...good, 'one.md': chapter('one', '# One\n\nr[one.intro]\nText.\n', ['T-types'])}))
    expect(positionsOf(diagnostics, 'chapter-out-of-step')).toEqual(['one.md:1:1'])
  })

  it('chapter-out-of-step: a chapter without front matter', async () => {
    const diagnostics = await check(await writeTree({...good, 'one.md': '# One\n\nr[one.intro]\nText.\n'}))
    expect(positionsOf(diagnostics, 'chapter-out-of-step')).toEqual(['one.md:1:1'])
  })

  it('invalid-front-matter: an unknown status, at its line', async () => {
    const text = good['one.md'].replace('status: draft', 'status: wip')
    const diagnostics = await check(await writeTree({...good, 'one.md': text}))
    expect(positionsOf(diagnostics, 'invalid-front-matter')).toEqual(['one.md:4:9'])
  })
})

describe('the rule registry', () => {
  it('lists every rule once, each tested here', () => {
    const ids = lintRules.map((rule) => rule.code)
    expect(new Set(ids).size).toBe(ids.length)
    const tested = new Set([
      ...chapterCases.map((testCase) => testCase.rule),
      'missing-chapter-file',
      'chapter-listed-twice',
      'unreachable-markdown-file',
      'chapter-out-of-step',
      'invalid-front-matter',
      // Tested on real trees in test/reliability/root-escape.test.ts.
      'chapter-outside-root',
      'include-refused',
      'include-not-expanded',
      // Tested on interop data fixtures in test/interop/data.test.ts.
      'interop-data-invalid',
      'interop-unknown-reference',
      'interop-unsourced',
      'interop-stale',
      'unknown-data-view',
      // Tested with its configuration in test/config/config.test.ts.
      'unknown-preprocessor',
      // Tested with a schema 1 registry in test/ids/migrate.test.ts.
      'registry-schema-outdated',
      // Tested with real releases in test/ids/registry.test.ts.
      'released-id-vanished',
      'withdrawn-id-redefined',
      // Tested with ID lists and spec folders in test/check/external-ids.test.ts.
      'external-id-collision',
      // Tested with interrupted rewrites in test/reliability/transactions.test.ts.
      'interrupted-rewrite',
      // Tested with file names that are not URL-safe in test/fuzz/findings.test.ts.
      'unsupported-file-name',
      // Tested with an mdBook's search settings in test/model/mdbook-search.test.ts.
      'unmatched-search-chapter',
      // Tested with a book's theme files in test/site/additional-files.test.ts.
      'missing-additional-file',
      // Tested with an mdBook's math in test/render/math.test.ts.
      'invalid-math',
      // Tested with icons in test/render/font-awesome.test.ts.
      'unknown-icon',
      // Tested with an mdBook's repository link in test/model/mdbook.test.ts.
      'unknown-repository-icon',
      // Tested with an mdBook's theme folder in test/render/mdbook-theme.test.ts.
      'theme-template',
      'unused-theme-file',
    ])
    expect(ids.filter((id) => !tested.has(id))).toEqual([])
  })
})
