/**
 * The interop data: schema problems at their line, references checked, unsourced and stale cells
 * warned about, and type-map rows' sizes and alignments compared in Rust and C++.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {createCollector} from '../../src/diagnostics/diagnostic.ts'
import {runExamples} from '../../src/examples/run-examples.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {check, oneChapterSpec, positionsOf} from '../helpers/spec-fixture.ts'

const tools = `tools:
  - id: cxx
    name: CXX
    url: https://github.com/dtolnay/cxx
    directions: [rust-to-cpp, cpp-to-rust]
    build_systems: [cargo]
    maintenance: active
    version: "1.0"
    as_of: 2026-08-01
    summary: Safe interop.
`
const constructs = `constructs:
  - id: free-functions
    name: Free functions
    category: functions
    description: Functions.
    normative_refs: [main.intro]
`
const support = `support:
  - tool: cxx
    construct: free-functions
    direction: both
    level: supported
    source: https://example.com/cxx
    as_of: 2026-08-01
`
const types = (rows: string): string => `types:\n${rows}`
const row = (id: string, rust: string, cpp: string, extra = ''): string =>
  `  - id: ${id}\n    category: fundamental\n    rust: "${rust}"\n    cpp: "${cpp}"\n    direction: both\n    equivalence: abi-compatible\n    normative_refs: [main.intro]\n    source: https://example.com/x\n    as_of: 2026-08-01\n${extra}`

async function specWith(data: Record<string, string>): Promise<string> {
  const files = Object.fromEntries(Object.entries(data).map(([name, text]) => [`interop/data/${name}`, text]))
  return oneChapterSpec('# Main\n\nr[main.intro]\nIntro.\n', files)
}

describe('interop data', () => {
  const epoch = process.env.SOURCE_DATE_EPOCH
  afterEach(() => {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH
    else process.env.SOURCE_DATE_EPOCH = epoch
  })

  it('is clean when consistent', async () => {
    process.env.SOURCE_DATE_EPOCH = String(Date.parse('2026-11-24T00:00:00Z') / 1000)
    const root = await specWith({'tools.yaml': tools, 'constructs.yaml': constructs, 'support.yaml': support, 'type-map.yaml': types(row('u32', 'u32', 'std::uint32_t'))})
    expect(await check(root)).toEqual([])
  })

  it('checks the views data blocks name', async () => {
    const files = Object.fromEntries(Object.entries({'tools.yaml': tools, 'constructs.yaml': constructs, 'support.yaml': support, 'type-map.yaml': types(row('u32', 'u32', 'std::uint32_t'))}).map(([name, text]) => [`interop/data/${name}`, text]))
    const body = ['# Main\n\nr[main.intro]\nIntro.\n', ...['capability-matrix', 'tools', 'type-map', 'type-map:fundamental', 'tool:cxx', 'construct:free-functions', 'type-map:nope', 'tool:zngur', 'matrix'].map((view) => `\`\`\`data,${view}\n\`\`\`\n`)].join('\n')
    const diagnostics = await check(await oneChapterSpec(body, files))
    expect(diagnostics.filter((d) => d.code === 'unknown-data-view').map((d) => d.reason)).toEqual([
      'Unexpected data view `type-map:nope`: no type-map rows of category `nope`',
      'Unexpected data view `tool:zngur`: no tool `zngur` in tools.yaml',
      'Unexpected data view `matrix`: unknown view `matrix`, expected capability-matrix, tools, type-map[:category], tool:<id> or construct:<id>',
    ])
  })

  it('reports schema problems at the offending field', async () => {
    const root = await specWith({'tools.yaml': tools.replace('maintenance: active', 'maintenance: lively')})
    expect(positionsOf(await check(root), 'interop-data-invalid')).toEqual(['interop/data/tools.yaml:7:18'])
  })

  it('reports unknown tools, constructs and normative references', async () => {
    const root = await specWith({
      'tools.yaml': tools,
      'constructs.yaml': constructs.replace('[main.intro]', '[main.nope]'),
      'support.yaml': support.replace('tool: cxx', 'tool: zngur'),
    })
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'interop-unknown-reference')).toEqual(['interop/data/constructs.yaml:2:5', 'interop/data/support.yaml:2:5'])
  })

  it('warns about cells without a source and claims older than the configured age', async () => {
    process.env.SOURCE_DATE_EPOCH = String(Date.parse('2030-01-01T00:00:00Z') / 1000)
    const root = await specWith({'tools.yaml': tools, 'constructs.yaml': constructs, 'support.yaml': support.replace('    source: https://example.com/cxx\n', '')})
    const diagnostics = await check(root)
    expect(positionsOf(diagnostics, 'interop-unsourced')).toEqual(['interop/data/support.yaml:2:5'])
    expect(positionsOf(diagnostics, 'interop-stale')).toEqual(['interop/data/support.yaml:2:5', 'interop/data/tools.yaml:2:5'])
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true)
  })

  it('compares sizes and alignments of compatible rows in Rust and C++', async () => {
    const root = await specWith({
      'type-map.yaml': types(
        row('good', 'u64', 'std::uint64_t') +
          row('wrong', 'u64', 'std::uint32_t') +
          row('generic', '*const T', 'const T*') +
          row('struct', 'ignored', 'ignored', '    check:\n      rust: "P"\n      cpp: "P"\n      rust_decl: "#[repr(C)] pub struct P { a: u8, b: u32 }"\n      cpp_decl: "struct P { std::uint8_t a; std::uint32_t b; };"\n') +
          row('broken', 'NoSuchType', 'int') +
          row('void', '()', 'void', '    check:\n      skip: "a return type only"\n')
      ),
    })
    const model = await assembleModel(root, {cache: false})
    const {report, diagnostics} = createCollector()
    const summary = await runExamples(model.spec, report, {defaultEdition: '2024', cacheDir: await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-layout-cache-')), interop: model.interop})
    expect(summary.layoutRows).toBe(5)
    expect(diagnostics.map((d) => [d.code, d.place?.start.line]).sort()).toEqual([
      ['interop-layout-mismatch', 11],
      ['interop-layout-mismatch', 43],
    ])
    const reasons = diagnostics.map((d) => d.reason).join('\n')
    expect(reasons).toContain('`wrong`: Rust `u64` has size 8 and alignment 8, C++ `std::uint32_t` has size 4 and alignment 4')
    expect(reasons).toContain('`broken` whose Rust type `NoSuchType` does not compile')
  })
})
