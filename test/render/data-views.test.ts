/**
 * Data views and guidance citations as the site shows them: the capability matrix, tool registry,
 * type-map, per-tool and per-construct tables drawn from the YAML (values escaped, only http(s) links),
 * and under each normative paragraph the guidance citing it.
 */
import {describe, expect, it} from 'vitest'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {renderSpec} from '../../src/render/render-spec.ts'
import {chapter, writeTree} from '../helpers/spec-fixture.ts'

const OUTLINE = `title: Test spec
version: 1.0.0
parts:
  - id: main
    title: Main
    topics:
      - {id: main, title: Main, owner: [T-lang], prefix: main, file: main.md}
  - id: guide
    title: Guide
    informative: true
    topics:
      - {id: guide, title: Guide, owner: [T-interop], prefix: guide, file: guide.md}
`

const DATA = {
  'interop/data/tools.yaml': `tools:
  - id: cxx
    name: CXX <b>bold</b>
    url: https://github.com/dtolnay/cxx
    directions: [rust-to-cpp, cpp-to-rust]
    build_systems: [cargo]
    maintenance: active
    version: "1.0"
    as_of: 2026-08-01
    summary: Safe interop <script>window.__pwned = 1</script>.
  - id: bindgen
    name: bindgen
    url: https://github.com/rust-lang/rust-bindgen
    directions: [cpp-to-rust]
    build_systems: [cargo]
    maintenance: maintained
    version: "0.72"
    summary: Headers to Rust.
`,
  'interop/data/constructs.yaml': `constructs:
  - id: free-functions
    name: Free functions
    category: functions
    description: Functions.
    normative_refs: [main.intro]
`,
  'interop/data/support.yaml': `support:
  - tool: cxx
    construct: free-functions
    direction: both
    level: supported
    notes: Works "><svg onload=alert(1)>.
    source: https://example.com/cxx
    as_of: 2026-08-01
  - tool: bindgen
    construct: free-functions
    direction: cpp-to-rust
    level: partial
`,
  'interop/data/type-map.yaml': `types:
  - id: u32
    category: fundamental
    rust: "u32"
    cpp: "std::uint32_t"
    direction: both
    equivalence: abi-compatible
    conditions: ["CHAR_BIT == 8"]
    normative_refs: [main.intro]
    source: https://example.com/x
    as_of: 2026-08-01
`,
}

const views = ['capability-matrix', 'tools', 'type-map:fundamental', 'tool:cxx', 'construct:free-functions']

async function rendered() {
  const root = await writeTree({
    'outline.yaml': OUTLINE,
    'main.md': chapter('main', '# Main\n\nr[main.intro]\nThe rule.\n'),
    'guide.md': chapter('guide', ['# Guide\n\nr[guide.why]\nFollow [main.intro].\n', ...views.map((view) => `\`\`\`data,${view}\n\`\`\`\n`)].join('\n'), ['T-interop']),
    ...DATA,
  })
  const {rendered} = await renderSpec(await assembleModel(root, {cache: false}), {cache: false})
  return rendered
}

describe('data views', () => {
  it('draws each view from the data, escaped', async () => {
    const site = await rendered()
    const guide = site.chapters.find((candidate) => candidate.id === 'guide')!
    const html = (view: string): string => guide.blocks.find((block) => block.html.includes(`data-view="${view}"`))!.html

    const matrix = html('capability-matrix')
    expect(matrix).toContain('<table class="capability-matrix">')
    expect(matrix).toContain('<tbody data-construct="free-functions" id="matrix.free-functions">')
    expect(matrix).toMatch(/<tr data-tool="cxx">.*<td data-direction="rust-to-cpp">.*level-supported.*<td data-direction="cpp-to-rust">.*level-supported/)
    expect(matrix).toMatch(/<tr data-tool="bindgen">.*<td data-direction="rust-to-cpp"><span class="level-none">—<\/span><\/td><td data-direction="cpp-to-rust">.*level-partial/)
    expect(matrix).toContain('<a href="https://example.com/cxx" rel="noopener external">source</a> (as of 2026-08-01)')
    expect(matrix).toContain('Works ">&#x3C;svg onload=alert(1)>.')

    const tools = html('tools')
    expect(tools).toContain('<a href="https://github.com/dtolnay/cxx" rel="noopener external">CXX &#x3C;b>bold&#x3C;/b></a>')
    expect(tools).toContain('Safe interop &#x3C;script>window.__pwned = 1&#x3C;/script>.')

    const typeMap = html('type-map:fundamental')
    expect(typeMap).toContain('<tr id="type-map.u32"><td><code>u32</code></td><td><code>std::uint32_t</code></td><td>both</td>')
    expect(typeMap).toContain('<li>CHAR_BIT == 8</li>')
    expect(typeMap).toContain('<a class="rule-link" href="/main/#r-main.intro">[main.intro]</a>')

    expect(html('tool:cxx')).not.toContain('data-tool="bindgen"')
    expect(html('construct:free-functions')).toContain('id="construct.free-functions"')
    for (const block of guide.blocks) expect(block.html).not.toMatch(/<script|<svg|<b>/)
  })

  it('lists the guidance citing each normative paragraph under it', async () => {
    const site = await rendered()
    const main = site.chapters.find((candidate) => candidate.id === 'main')!
    const rule = main.blocks.find((block) => block.ruleId === 'main.intro')!
    expect(rule.guidance).toEqual(
      expect.arrayContaining([
        {label: 'Guide [guide.why]', href: '/guide/#r-guide.why'},
        {label: 'Free functions (capability matrix)', href: '/guide/#construct.free-functions'},
        {label: 'u32 ↔ std::uint32_t (type map)', href: '/guide/#type-map.u32'},
      ])
    )
    expect(rule.html).not.toContain('guidance-citations')
    const guide = site.chapters.find((candidate) => candidate.id === 'guide')!
    expect(guide.blocks.every((block) => block.guidance.length === 0)).toBe(true)
  })
})
