/**
 * `check --examples`: Rust examples compile and run as rustdoc doctests would (hidden lines, attributes,
 * editions), interop pairs build and run with g++, failures are diagnostics at the block, and a missing
 * compiler is said out loud (an error under CI=true).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {createCollector} from '../../src/diagnostics/diagnostic.ts'
import {doctestProgram} from '../../src/examples/extract.ts'
import {runExamples} from '../../src/examples/run-examples.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {buildFlags, BUILD_FLAGS, STATIC_BUILD_FLAGS} from '../../src/examples/toolchain.ts'
import {chapter, oneChapterSpec, positioned} from '../helpers/spec-fixture.ts'

const fence = (info: string, code: string): string => `\`\`\`${info}\n${code}\n\`\`\`\n`

async function examplesOf(body: string) {
  const root = await oneChapterSpec(body)
  const {spec} = await assembleModel(root, {cache: false})
  const {report, diagnostics} = createCollector()
  const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-example-cache-'))
  const summary = await runExamples(spec, report, {defaultEdition: '2024', cacheDir})
  return {summary, diagnostics, root, spec, cacheDir}
}

describe('doctest programs', () => {
  it('wraps code without main in fn main and keeps crate attributes outside', () => {
    expect(doctestProgram('#![no_std]\nlet x = 1;')).toBe('#![allow(unused)]\n#![no_std]\nfn main() {\nlet x = 1;\n}\n')
    expect(doctestProgram('fn main() {}')).toBe('#![allow(unused)]\nfn main() {}\n')
  })
})

describe('check --examples', () => {
  const path0 = process.env.PATH
  afterEach(() => {
    process.env.PATH = path0
  })

  it('passes good examples of every kind', async () => {
    const body = [
      '# Main\n\nr[main.intro]\nIntro.\n',
      fence('rust', '# fn helper() -> i32 { 2 }\nassert_eq!(helper(), 2);'),
      fence('rust,compile_fail,E0308', 'let x: i32 = "text";'),
      fence('rust,should_panic', 'let v: Vec<i32> = Vec::new();\nlet _ = v[1];'),
      fence('rust,no_run', 'loop {}'),
      fence('rust,edition2015', 'let async = 1;'),
      fence('rust,ignore', 'this is not rust'),
    ].join('\n')
    const {summary, diagnostics} = await examplesOf(body)
    expect(diagnostics).toEqual([])
    expect(summary).toMatchObject({compiled: 5, skipped: 1, failed: 0})
  })

  it('reports each failing example at its block', async () => {
    const failing = [
      '# Main\n\nr[main.intro]\nIntro.\n',
      `⟨here⟩${fence('rust', 'let x: i32 = "text";')}`,
      `⟨here⟩${fence('rust,compile_fail', 'let x = 1;')}`,
      `⟨here⟩${fence('rust,compile_fail,E0599', 'let x: i32 = "text";')}`,
      `⟨here⟩${fence('rust', 'panic!("boom");')}`,
      `⟨here⟩${fence('rust,should_panic', 'let x = 1;')}`,
    ].join('\n')
    const {text, marks} = positioned(chapter('main', failing))
    const body = text.slice(text.indexOf('# Main'))
    const {diagnostics} = await examplesOf(body)
    expect(diagnostics.map((d) => `${d.place?.start.line}:${d.place?.start.column}`).sort()).toEqual([...marks].sort())
    const reasons = diagnostics.map((d) => d.reason).join('\n')
    expect(reasons).toContain('Unexpected compile error in example: error[E0308]: mismatched types')
    expect(reasons).toContain('Unexpected successful compilation of a `compile_fail` example')
    expect(reasons).toContain('without `E0599`')
    expect(reasons).toContain('Unexpected failure when running the example')
    expect(reasons).toContain('Unexpected normal exit of a `should_panic` example')
  })

  it('builds and runs an interop pair with rustc and g++', async () => {
    const rust = '#[unsafe(no_mangle)]\npub extern "C" fn add(a: i32, b: i32) -> i32 { a + b }'
    const cpp = '#include <cstdlib>\nextern "C" int add(int, int);\nint main() { return add(2, 3) == 5 ? EXIT_SUCCESS : EXIT_FAILURE; }'
    const good = await examplesOf(`# Main\n\nr[main.intro]\nIntro.\n\n${fence('rust,pair=add', rust)}\n${fence('cpp,pair=add', cpp)}`)
    expect(good.diagnostics).toEqual([])
    expect(good.summary.pairs).toBe(1)
    const bad = await examplesOf(`# Main\n\nr[main.intro]\nIntro.\n\n${fence('rust,pair=add', rust)}\n${fence('cpp,pair=add', cpp.replace('== 5', '== 6'))}`)
    expect(bad.diagnostics.map((d) => d.reason)).toEqual([expect.stringContaining('Unexpected failure when running the pair')])
  })

  it('does not compile an unchanged example twice', async () => {
    const body = `# Main\n\nr[main.intro]\nIntro.\n\n${fence('rust', 'let x = 1;')}`
    const first = await examplesOf(body)
    const {report} = createCollector()
    const second = await runExamples(first.spec, report, {defaultEdition: '2024', cacheDir: first.cacheDir})
    expect([first.summary.compiled, second.compiled, second.cached]).toEqual([1, 0, 1])
  })

  it('says when rustc is missing: a warning, or an error under CI=true', async () => {
    const body = `# Main\n\nr[main.intro]\nIntro.\n\n${fence('rust', 'let x = 1;')}`
    process.env.PATH = '/nonexistent'
    const ci = process.env.CI
    try {
      process.env.CI = 'false'
      const local = await examplesOf(body)
      expect(local.diagnostics.map((d) => [d.code, d.severity, d.reason])).toEqual([
        ['examples-not-compiled', 'warning', 'Unexpected missing `rustc`: 1 Rust examples were not compiled'],
      ])
      process.env.CI = 'true'
      const strict = await examplesOf(body)
      expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error'])
    } finally {
      process.env.CI = ci
    }
  })
})

describe('build flags', () => {
  it('links statically when the program or a crate built with it declares a global allocator', () => {
    const allocator = new TextEncoder().encode('#[global_allocator]\nstatic A: System = System;\n')
    expect(buildFlags('fn main() {}')).toEqual(BUILD_FLAGS)
    expect(buildFlags(['fn main() {}', allocator])).toEqual(STATIC_BUILD_FLAGS)
    expect(buildFlags('#[global_allocator] static A: System = System;')).toEqual(STATIC_BUILD_FLAGS)
  })
})
