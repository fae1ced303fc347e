/**
 * The conformance suite and its runner: headers are read strictly, rustc's verdict is compared with the
 * header (error codes and lines, output), failures are diagnostics at file:line, results are cached by
 * program and rustc version, and the repository's own suite (`conformance/`) passes against rustc with
 * only known citations. Under CI=true a missing rustc is a failure, never a skip.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {parseHeader} from '../../src/conformance/parse-header.ts'
import {runSuite} from '../../src/conformance/run-suite.ts'
import {AuxBuilds, BASE_FLAGS, baseFlags, compileAndRun} from '../../src/conformance/rustc.ts'
import {createCollector} from '../../src/diagnostics/diagnostic.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {runTrace} from '../../src/trace/run-trace.ts'
import {writeTree} from '../helpers/spec-fixture.ts'

const REPO = path.resolve(import.meta.dirname, '../..')
const hasRustc = await promisify(execFile)('rustc', ['--version']).then(() => true, () => false)
const needsRustc = hasRustc || process.env.CI === 'true' ? it : it.skip

describe('conformance test headers', () => {
  it('reads citations, mode, codes, edition, flags, output and line annotations', () => {
    const header = parseHeader('//@ reference: a.b\n//@ reference: a.c\n//@ reference: a.d\n//@ compile-fail: E0382 E0499\n//@ edition: 2021\n//@ compile-flags: -C opt-level=1\nfn main() {} //~ E0382\n//~^^ E0499\n')
    expect(header.references.map((reference) => reference.id)).toEqual(['a.b', 'a.c', 'a.d'])
    expect(header).toMatchObject({mode: 'compile-fail', modeLine: 4, codes: ['E0382', 'E0499'], edition: '2021', flags: ['-C', 'opt-level=1'], problems: []})
    expect(header.annotations).toEqual([{code: 'E0382', line: 7, at: 7}, {code: 'E0499', line: 6, at: 8}])
    expect(parseHeader('//@ reference: a.b\n//@ run-pass\n//@ stdout: 1\n//@ stdout: two words\n').stdout).toEqual(['1', 'two words'])
  })

  it('reads a header written with CRLF line endings (a program testing line-ending normalization)', () => {
    const header = parseHeader('//@ reference: lex.input.crlf\r\n//@ compile-fail: E0308\r\nfn main() {} //~ E0308\r\n')
    expect(header).toMatchObject({mode: 'compile-fail', codes: ['E0308'], problems: []})
    expect(header.references.map((reference) => reference.id)).toEqual(['lex.input.crlf'])
    expect(header.annotations).toEqual([{code: 'E0308', line: 3, at: 3}])
  })

  it('reports a header that cannot be judged, at its line', () => {
    const problems = (text: string) => parseHeader(text).problems.map((problem) => `${problem.line}: ${problem.message}`)
    expect(problems('//@ reference: a.b\n//@ compile-fail\n')[0]).toMatch(/^2: Unexpected `compile-fail` without an error code/)
    expect(problems('//@ reference: a.b\n//@ compile-fail\n//@ error: cannot find\n')).toEqual([])
    expect(problems('//@ check-pass\n')[0]).toMatch(/^1: Unexpected test citing no rule/)
    expect(problems('//@ reference: a.b\n')[0]).toMatch(/^1: Unexpected test without a mode/)
    expect(problems('//@ reference: a.b\n//@ check-pass\n//@ run-pass\n')[0]).toMatch(/^3: Unexpected second mode `run-pass`/)
    expect(problems('//@ reference: a.b\n//@ check-pass\n//@ colour: red\n')[0]).toMatch(/^3: Unexpected directive `colour`/)
    expect(problems('//@ reference: a.b\n//@ compile-fail: E0001\nfn f() {} //~ E0002\n')[0]).toMatch(/^3: Unexpected `\/\/~ E0002` not listed/)
    expect(problems('//@ reference: a.b\n//@ check-pass\n//@ stdout: x\n')[0]).toMatch(/`stdout:` needs a test that runs/)
    expect(problems('//@ reference: a.b\n//@ check-pass\n//@ aux-build: /abs/x.rs\n')[0]).toMatch(/^3: Unexpected `aux-build: \/abs\/x.rs`, expected a relative path/)
    expect(problems('//@ reference: a.b\n//@ check-pass\n//@ aux-build: auxiliary/1x.rs\n')[0]).toMatch(/^3: Unexpected `aux-build/)
    expect(parseHeader('//@ reference: a.b\n//@ check-pass\n//@ aux-build: auxiliary/my-macros.rs\n').auxBuild).toEqual([{path: 'auxiliary/my-macros.rs', line: 3}])
    // `trace` counts the first ID of a line only: a second one would be run but never covered.
    expect(problems('//@ reference: a.b a.c\n//@ check-pass\n')).toEqual(['1: Unexpected 2 rule IDs on one `reference:` line, expected one ID a line (`//@ reference: a.c` on a line of its own)'])
  })
})

describe('conformance compile flags', () => {
  it('compiles a binary unless the test names its own crate type, which replaces `bin`', () => {
    expect(baseFlags([])).toEqual(BASE_FLAGS)
    expect(baseFlags(['-C', 'panic=abort'])).toEqual(BASE_FLAGS)
    for (const flags of [['--crate-type', 'proc-macro'], ['--crate-type=lib']]) {
      const base = baseFlags(flags)
      expect(base).not.toContain('--crate-type')
      expect(base).not.toContain('bin')
      expect(base).toContain('--crate-name')
    }
  })
})

describe('specmark conformance', () => {
  needsRustc('passes and fails programs by their headers, with file:line diagnostics, and caches results', async () => {
    const dir = await writeTree({
      'pass.rs': '//@ reference: a.b\n//@ check-pass\nfn main() { let _x: u8 = 1; }\n',
      'output.rs': '//@ reference: a.b\n//@ run-pass\n//@ stdout: 3\nfn main() { println!("{}", 1 + 2); }\n',
      'wrong-output.rs': '//@ reference: a.b\n//@ run-pass\n//@ stdout: 4\nfn main() { println!("{}", 1 + 2); }\n',
      'panics.rs': '//@ reference: a.b\n//@ run-fail\nfn main() { let v: Vec<u8> = Vec::new(); let _ = v[std::hint::black_box(1)]; }\n',
      'moved.rs': '//@ reference: a.b\n//@ compile-fail: E0382\nfn main() {\n    let s = String::new();\n    let t = s;\n    drop(s); //~ E0382\n    drop(t);\n}\n',
      'wrong-code.rs': '//@ reference: a.b\n//@ compile-fail: E0499\nfn main() {\n    let s = String::new();\n    let t = s;\n    drop(s);\n    drop(t);\n}\n',
      'wrong-line.rs': '//@ reference: a.b\n//@ compile-fail: E0382\nfn main() {\n    let s = String::new();\n    let t = s; //~ E0382\n    drop(s);\n    drop(t);\n}\n',
      'accepted.rs': '//@ reference: a.b\n//@ compile-fail: E0308\nfn main() { let _x: u8 = 1; }\n',
      'rejected.rs': '//@ reference: a.b\n//@ check-pass\nfn main() {\n    let _x: u8 = "no";\n}\n',
      // A test naming its crate type is compiled as that type (rustc would refuse `bin` and `proc-macro` together).
      'proc-macro.rs': '//@ reference: a.b\n//@ compile-flags: --crate-type proc-macro\n//@ compile-fail\n//@ error: must be `pub`\nextern crate proc_macro;\n#[proc_macro]\nfn m(t: proc_macro::TokenStream) -> proc_macro::TokenStream { t }\n',
      // A crate built first and passed with `--extern`; `auxiliary/` folders hold no tests.
      'uses-aux.rs': '//@ reference: a.b\n//@ aux-build: auxiliary/helper-lib.rs\n//@ check-pass\nfn main() { let _: u8 = helper_lib::three(); }\n',
      'auxiliary/helper-lib.rs': '// not a test\npub fn three() -> u8 { 3 }\n',
    })
    const cacheDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-conformance-cache-'))
    const run = async () => {
      const {report, diagnostics} = createCollector()
      const summary = await runSuite([dir], report, {cacheDir, pinned: '0.0.0'})
      const failures = diagnostics.filter((d) => d.code === 'conformance-failed').map((d) => `${path.basename(d.place!.file)}:${d.place!.start.line} ${d.reason}`).sort()
      return {summary, failures, diagnostics}
    }
    const first = await run()
    expect(first.summary).toMatchObject({tests: 11, passed: 6, failed: 5, compiled: 11, cached: 0})
    expect(first.failures).toEqual([
      expect.stringMatching(/^accepted\.rs:2 Unexpected successful compilation of a `compile-fail` test, expected E0308$/),
      expect.stringMatching(/^rejected\.rs:4 Unexpected compile error in a `check-pass` test: error\[E0308\] at line 4/),
      expect.stringMatching(/^wrong-code\.rs:2 Unexpected errors without `E0499`: error\[E0382\] at line 6/),
      expect.stringMatching(/^wrong-code\.rs:6 Unexpected error\[E0382\] at line 6: .*expected only E0499$/),
      expect.stringMatching(/^wrong-line\.rs:5 Unexpected lines for `E0382`: reported at line 6, expected line 5$/),
      'wrong-output.rs:2 Unexpected output "3", expected "4"',
    ])
    // The pin names another rustc: warned about, not failed.
    expect(first.diagnostics.find((d) => d.code === 'conformance-rustc-differs')?.severity).toBe('warning')
    const second = await run()
    expect(second.summary).toMatchObject({compiled: 0, cached: 11})
    // A change to the auxiliary crate is a change to the test that builds it.
    await fs.writeFile(path.join(dir, 'auxiliary/helper-lib.rs'), 'pub fn three() -> u16 { 3 }\n')
    const third = await run()
    expect(third.summary).toMatchObject({compiled: 1, cached: 10, failed: 6})
    expect(third.failures).toContainEqual(expect.stringMatching(/^uses-aux\.rs:4 Unexpected compile error in a `check-pass` test: error\[E0308\]/))
    expect(second.failures).toEqual(first.failures)
  }, 240_000)

  needsRustc('runs the repository suite with zero failures, citing only rules of spec/, pinned to the local rustc', async () => {
    const model = await assembleModel(path.join(REPO, 'spec'))
    const {report, diagnostics} = createCollector()
    // The command's own cache (keyed by program and rustc version): an unchanged suite is not compiled again.
    const cacheDir = path.join(process.env.SPECMARK_CACHE_DIR ?? path.join(REPO, 'node_modules', '.cache', 'specmark'), 'conformance')
    const summary = await runSuite([path.join(REPO, 'conformance')], report, {cacheDir, pinned: model.project.settings.rustc})
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.place?.file}:${d.place?.start.line} ${d.reason}`)).toEqual([])
    expect(summary.failed).toBe(0)
    expect(summary.tests).toBeGreaterThan(0)
    const trace = await runTrace(model, [path.join(REPO, 'conformance')])
    expect(trace.report.unknown).toEqual([])
    // The targets of issue 19: at least 60% of normative rules overall, every rule of the deepened chapters.
    expect(trace.report.totals.covered / trace.report.totals.total).toBeGreaterThanOrEqual(0.6)
    const full = ['dynamic/patterns', 'static/borrow-checking', 'static/type-inference', 'syntax/name-resolution']
    expect(trace.report.uncovered.filter((paragraph) => full.includes(paragraph.chapter)).map((paragraph) => paragraph.id)).toEqual([])
  }, 1_800_000)

  needsRustc('builds an auxiliary crate once for all the tests of a run that use it', async () => {
    const dir = await writeTree({'auxiliary/helper.rs': 'pub fn three() -> u8 { 3 }\n'})
    // A rustc that logs each compilation it is asked for, then compiles.
    const log = path.join(dir, 'rustc.log')
    const rustc = path.join(dir, 'rustc')
    await fs.writeFile(rustc, `#!/bin/sh\necho "$@" >> '${log}'\nexec rustc "$@"\n`, {mode: 0o755})
    const helper = {name: 'helper', source: await fs.readFile(path.join(dir, 'auxiliary/helper.rs')), edition: '2021', flags: []}
    const builds = new AuxBuilds(path.join(dir, 'aux'), rustc)
    const program = (mode: string, body: string) => parseHeader(`//@ reference: a.b\n//@ ${mode}\n//@ aux-build: auxiliary/helper.rs\n${body}`)
    const results = await Promise.all([
      compileAndRun('fn main() { let _: u8 = helper::three(); }\n', program('check-pass', ''), [helper], rustc, builds),
      compileAndRun('fn main() { assert_eq!(helper::three(), 3); }\n', program('run-pass', ''), [helper], rustc, builds),
      compileAndRun('fn main() { let _: u16 = helper::three(); }\n', program('compile-fail: E0308', ''), [helper], rustc, builds),
    ])
    expect(results.map((result) => [result.compiled, result.run?.ok ?? null, result.errors[0]?.code ?? null])).toEqual([
      [true, null, null],
      [true, true, null],
      [false, null, 'E0308'],
    ])
    const lines = (await fs.readFile(log, 'utf8')).trim().split('\n')
    expect(lines.filter((line) => line.includes('helper.rs'))).toHaveLength(1)
    expect(lines.filter((line) => line.includes('main.rs'))).toHaveLength(3)
    // A crate of other source is another build.
    const other = {...helper, source: Buffer.from('pub fn three() -> u16 { 3 }\n')}
    expect((await compileAndRun('fn main() { let _: u16 = helper::three(); }\n', program('check-pass', ''), [other], rustc, builds)).compiled).toBe(true)
    expect((await fs.readFile(log, 'utf8')).trim().split('\n').filter((line) => line.includes('helper.rs'))).toHaveLength(2)
  })

  needsRustc('runs a program that declares its own global allocator as rustc links it by default (std static)', async () => {
    // With a shared std, the Vec's allocation would go to std's allocator and the count would stay 0.
    const source = [
      'use std::alloc::{GlobalAlloc, Layout, System};',
      'use std::sync::atomic::{AtomicUsize, Ordering};',
      'struct Counting;',
      'static ALLOCATED: AtomicUsize = AtomicUsize::new(0);',
      'unsafe impl GlobalAlloc for Counting {',
      '    unsafe fn alloc(&self, layout: Layout) -> *mut u8 { ALLOCATED.fetch_add(layout.size(), Ordering::Relaxed); unsafe { System.alloc(layout) } }',
      '    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) { unsafe { System.dealloc(ptr, layout) } }',
      '}',
      '#[global_allocator]',
      'static GLOBAL: Counting = Counting;',
      'fn main() {',
      '    let before = ALLOCATED.load(Ordering::Relaxed);',
      '    let v: Vec<u64> = Vec::with_capacity(8);',
      '    std::hint::black_box(&v);',
      '    println!("{}", ALLOCATED.load(Ordering::Relaxed) >= before + 64);',
      '}',
      '',
    ].join('\n')
    const result = await compileAndRun(source, parseHeader('//@ reference: a.b\n//@ run-pass\n//@ stdout: true\n'))
    expect([result.compiled, result.run?.ok, result.run?.stdout.trim()]).toEqual([true, true, 'true'])
  })

  it('fails when rustc is missing under CI=true', async () => {
    const saved = {path: process.env.PATH, ci: process.env.CI}
    process.env.PATH = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-empty-path-'))
    process.env.CI = 'true'
    try {
      const dir = await writeTree({'pass.rs': '//@ reference: a.b\n//@ check-pass\nfn main() {}\n'})
      const {report, diagnostics} = createCollector()
      const summary = await runSuite([dir], report, {cacheDir: null})
      expect(summary.passed).toBe(0)
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['conformance-not-run', 'error']])
    } finally {
      process.env.PATH = saved.path
      if (saved.ci === undefined) delete process.env.CI
      else process.env.CI = saved.ci
    }
  })
})
