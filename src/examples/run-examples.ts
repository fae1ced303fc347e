/**
 * `specmark check --examples`: compiles (and, where it applies, runs) every Rust example with rustc, the
 * way rustdoc tests doctests, and every interop pair (Rust static library + C++ program) with rustc and
 * g++. A failure is a diagnostic at the example's line. Results are cached by the example's code, its
 * mode and the compiler versions (successes only, written atomically), so unchanged examples are not
 * compiled again. A missing compiler is
 * reported, never silently ignored; under `CI=true` it is an error.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {writeFileAtomic} from '../fs/atomic-write.ts'
import {usableCores} from '../workers/cores.ts'
import {promisify} from 'node:util'
import type {Report} from '../diagnostics/diagnostic.ts'
import type {Spec} from '../model/types.ts'
import type {InteropData} from '../interop/load-data.ts'
import {cppLayoutProgram, layoutCases, parseLayoutOutput, rustLayoutProgram, type LayoutCase} from '../interop/layout-checks.ts'
import {doctestProgram, extractExamples, type CppExample, type RustExample} from './extract.ts'
import {closeShells, runCommand} from './shell-spawner.ts'
import {BUILD_FLAGS, buildFlags, resolveRustc, STATIC_BUILD_FLAGS, stdLibEnv} from './toolchain.ts'

const run = promisify(execFile)

/** How examples are built; part of every cache key, so a change here recompiles everything. */
const RUST_FLAGS = ['--crate-type', 'bin']
const PAIR_RUST_FLAGS = ['--edition', '2024', '--crate-type', 'staticlib']
const PAIR_CXX_FLAGS = ['-std=c++20', '-Wall']

export interface ExampleSummary {
  compiled: number
  cached: number
  skipped: number
  failed: number
  pairs: number
  /** Type-map rows whose size and alignment were compared in Rust and C++. */
  layoutRows: number
  missing: string[]
}

interface Outcome {
  ok: boolean
  message: string
}

/** Compiles and runs every example of `spec`; reports failures through `report`. */
export async function runExamples(
  spec: Spec,
  report: Report,
  options: {defaultEdition: string; cacheDir: string; interop?: InteropData | null}
): Promise<ExampleSummary> {
  const {rust, cpp} = extractExamples(spec)
  const summary: ExampleSummary = {compiled: 0, cached: 0, skipped: 0, failed: 0, pairs: 0, layoutRows: 0, missing: []}
  const rustc = await toolVersion('rustc')
  const gxx = await toolVersion('g++')
  const ci = process.env.CI === 'true'
  if (!rustc && rust.length > 0) {
    summary.missing.push('rustc')
    report({
      code: 'examples-not-compiled',
      severity: ci ? 'error' : 'warning',
      reason: `Unexpected missing \`rustc\`: ${rust.length} Rust examples were not compiled`,
      place: null,
      hint: 'install a Rust toolchain (rustc on PATH) to check examples',
    })
  }
  // The compiler started directly, not through rustup's proxy (the same compiler: `toolchain.ts`).
  const compiler = rustc ? await resolveRustc() : 'rustc'
  const pairs = groupPairs(rust, cpp)
  if (!gxx && pairs.size > 0) {
    summary.missing.push('g++')
    report({
      code: 'examples-not-compiled',
      severity: ci ? 'error' : 'warning',
      reason: `Unexpected missing \`g++\`: ${pairs.size} interop example pairs were not compiled`,
      place: null,
      hint: 'install g++ to check the C++ halves of interop examples',
    })
  }

  const jobs: Array<() => Promise<void>> = []
  const withCache = async (key: string, work: () => Promise<Outcome>): Promise<Outcome> => {
    const file = path.join(options.cacheDir, `${key}.json`)
    try {
      const cached = JSON.parse(await fs.readFile(file, 'utf8')) as Outcome
      summary.cached++
      return cached
    } catch {
      const outcome = await work()
      summary.compiled++
      // Only successes are kept: a failure may be the toolchain's (a crash, a full disk), so it runs again.
      if (outcome.ok) {
        await fs.mkdir(options.cacheDir, {recursive: true}).catch(() => {})
        await writeFileAtomic(file, JSON.stringify(outcome)).catch(() => {})
      }
      return outcome
    }
  }

  if (rustc) {
    for (const example of rust) {
      if (example.pair) continue
      if (example.mode.ignore) {
        summary.skipped++
        continue
      }
      jobs.push(async () => {
        const edition = example.mode.edition ?? options.defaultEdition
        const key = hash(['rust', rustc, ...RUST_FLAGS, ...BUILD_FLAGS, ...STATIC_BUILD_FLAGS, edition, JSON.stringify(example.mode), example.code])
        const outcome = await withCache(key, () => testRustExample(example, edition, compiler))
        if (!outcome.ok) {
          summary.failed++
          report({code: 'example-failed', severity: 'error', reason: outcome.message, place: example.position})
        }
      })
    }
  }
  if (rustc && gxx) {
    for (const [name, pair] of pairs) {
      const first = pair.rust[0] ?? pair.cpp[0]!
      if (pair.rust.length === 0 || pair.cpp.length === 0) {
        summary.failed++
        report({code: 'example-failed', severity: 'error', reason: `Unexpected interop pair \`${name.split('#')[1]}\` with only a ${pair.rust.length === 0 ? 'C++' : 'Rust'} half, expected a \`rust,pair=…\` and a \`cpp,pair=…\` block`, place: first.position})
        continue
      }
      summary.pairs++
      jobs.push(async () => {
        const key = hash(['pair', rustc, gxx, ...PAIR_RUST_FLAGS, ...PAIR_CXX_FLAGS, ...pair.rust.map((example) => example.code), '\0', ...pair.cpp.map((example) => example.code)])
        const outcome = await withCache(key, () => testPair(pair.rust, pair.cpp, compiler))
        if (!outcome.ok) {
          summary.failed++
          report({code: 'example-failed', severity: 'error', reason: outcome.message, place: first.position})
        }
      })
    }
  }
  const cases = layoutCases(options.interop?.types ?? [])
  if (rustc && gxx && cases.length > 0) {
    summary.layoutRows = cases.length
    jobs.push(async () => {
      const key = hash(['layout', rustc, gxx, rustLayoutProgram(cases), cppLayoutProgram(cases)])
      const outcome = await withCache(key, async () => ({ok: true, message: JSON.stringify(await checkLayouts(cases, compiler))}))
      for (const problem of JSON.parse(outcome.message) as Array<{index: number; message: string}>) {
        summary.failed++
        report({code: 'interop-layout-mismatch', severity: 'error', reason: problem.message, place: cases[problem.index]!.row.place})
      }
    })
  }
  // One compiler per core this process may use.
  try {
    await runPool(jobs, usableCores())
  } finally {
    await closeShells()
  }
  return summary
}

/**
 * Compiles and runs the layout programs; returns one problem per row that does not compile or whose
 * size or alignment differs. A program that does not compile is narrowed down to its rows one by one.
 */
async function checkLayouts(cases: LayoutCase[], rustc: string): Promise<Array<{index: number; message: string}>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-layout-'))
  try {
    const build = async (language: 'rust' | 'cpp', subset: LayoutCase[], name: string): Promise<{ok: boolean; output: string}> => {
      const source = path.join(dir, `${name}.${language === 'rust' ? 'rs' : 'cpp'}`)
      const binary = path.join(dir, name)
      await fs.writeFile(source, language === 'rust' ? rustLayoutProgram(subset) : cppLayoutProgram(subset))
      const compiled =
        language === 'rust'
          ? await capture(rustc, ['--edition', '2024', '-o', binary, source], dir)
          : await capture('g++', [...PAIR_CXX_FLAGS, '-o', binary, source], dir)
      return compiled.ok ? capture(binary, [], dir) : compiled
    }
    const problems: Array<{index: number; message: string}> = []
    const figures: Record<'rust' | 'cpp', Map<number, {size: number; align: number}>> = {rust: new Map(), cpp: new Map()}
    for (const language of ['rust', 'cpp'] as const) {
      const all = await build(language, cases, `${language}-all`)
      if (all.ok) {
        figures[language] = parseLayoutOutput(all.output)
        continue
      }
      for (const [index, item] of cases.entries()) {
        const one = await build(language, [item], `${language}-${index}`)
        if (one.ok) figures[language].set(index, parseLayoutOutput(one.output).get(0)!)
        else problems.push({index, message: `Unexpected type-map row \`${item.row.id}\` whose ${language === 'rust' ? 'Rust' : 'C++'} type \`${language === 'rust' ? item.rust : item.cpp}\` does not compile: ${firstError(one.output)}; give the row a \`check:\` with concrete types`})
      }
    }
    for (const [index, item] of cases.entries()) {
      const rust = figures.rust.get(index)
      const cpp = figures.cpp.get(index)
      if (!rust || !cpp) continue
      if (rust.size !== cpp.size || rust.align !== cpp.align) {
        problems.push({index, message: `Unexpected layout difference for \`${item.row.id}\`: Rust \`${item.rust}\` has size ${rust.size} and alignment ${rust.align}, C++ \`${item.cpp}\` has size ${cpp.size} and alignment ${cpp.align}, expected them equal (the row says ${item.row.equivalence})`})
      }
    }
    return problems
  } finally {
    await fs.rm(dir, {recursive: true, force: true})
  }
}

/** Interop pairs by `<chapter>#<name>`: the Rust and C++ blocks that form one program. */
function groupPairs(rust: RustExample[], cpp: CppExample[]): Map<string, {rust: RustExample[]; cpp: CppExample[]}> {
  const pairs = new Map<string, {rust: RustExample[]; cpp: CppExample[]}>()
  const entry = (example: {chapter: string; pair: string | null}) => {
    const key = `${example.chapter}#${example.pair}`
    if (!pairs.has(key)) pairs.set(key, {rust: [], cpp: []})
    return pairs.get(key)!
  }
  for (const example of rust) if (example.pair) entry(example).rust.push(example)
  for (const example of cpp) if (example.pair) entry(example).cpp.push(example)
  return pairs
}

async function testRustExample(example: RustExample, edition: string, rustc: string): Promise<Outcome> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-example-'))
  try {
    const source = path.join(dir, 'example.rs')
    const program = doctestProgram(example.code)
    await fs.writeFile(source, program)
    const binary = path.join(dir, 'example')
    const full = buildFlags(program)
    const compile = (emit: string[]) => capture(rustc, ['--edition', edition, ...RUST_FLAGS, '--crate-name', 'example', ...emit, source], dir)
    if (example.mode.compileFail) {
      // Analysis alone (`--emit=metadata`) first: rustc stops after analysis when it found errors, so a full
      // build would report the same ones. An example analysis accepts is built in full, since some errors
      // (post-monomorphization, deny lints of constant propagation) are found only then.
      const checked = await compile(['--emit=metadata', '-o', path.join(dir, 'example.rmeta')])
      const compiled = checked.ok ? await compile([...full, '-o', binary]) : checked
      if (compiled.ok) return {ok: false, message: 'Unexpected successful compilation of a `compile_fail` example, expected a compile error'}
      const missing = example.mode.errorCodes.filter((code) => !compiled.output.includes(`[${code}]`))
      return missing.length > 0
        ? {ok: false, message: `Unexpected compile errors without \`${missing.join('`, `')}\`, expected the error code${missing.length > 1 ? 's' : ''} the example names: ${firstError(compiled.output)}`}
        : {ok: true, message: ''}
    }
    const compiled = await compile([...full, '-o', binary])
    if (!compiled.ok) return {ok: false, message: `Unexpected compile error in example: ${firstError(compiled.output)}`}
    if (example.mode.noRun) return {ok: true, message: ''}
    const ran = await capture(binary, [], dir, await stdLibEnv(rustc))
    if (example.mode.shouldPanic) {
      return ran.ok ? {ok: false, message: 'Unexpected normal exit of a `should_panic` example, expected a panic'} : {ok: true, message: ''}
    }
    return ran.ok ? {ok: true, message: ''} : {ok: false, message: `Unexpected failure when running the example: ${lastLine(ran.output)}`}
  } finally {
    await fs.rm(dir, {recursive: true, force: true})
  }
}

async function testPair(rust: RustExample[], cpp: CppExample[], rustc: string): Promise<Outcome> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-pair-'))
  try {
    await fs.writeFile(path.join(dir, 'lib.rs'), rust.map((example) => example.code).join('\n'))
    await fs.writeFile(path.join(dir, 'main.cpp'), cpp.map((example) => example.code).join('\n'))
    const library = await capture(rustc, [...PAIR_RUST_FLAGS, '--crate-name', 'example', '-o', path.join(dir, 'libexample.a'), 'lib.rs'], dir)
    if (!library.ok) return {ok: false, message: `Unexpected compile error in the Rust half of the pair: ${firstError(library.output)}`}
    const program = await capture('g++', [...PAIR_CXX_FLAGS, '-o', path.join(dir, 'program'), 'main.cpp', path.join(dir, 'libexample.a'), '-lpthread', '-ldl', '-lm'], dir)
    if (!program.ok) return {ok: false, message: `Unexpected error compiling or linking the C++ half of the pair: ${firstError(program.output)}`}
    const ran = await capture(path.join(dir, 'program'), [], dir)
    return ran.ok ? {ok: true, message: ''} : {ok: false, message: `Unexpected failure when running the pair: ${lastLine(ran.output)}`}
  } finally {
    await fs.rm(dir, {recursive: true, force: true})
  }
}

/**
 * Runs a compiler or a built program and gives its standard output and error, one after the other (or
 * what failed, when they are empty). Started from a small shell (`shell-spawner.ts`): a thousand starts
 * from this process cost more CPU than the analysis of the programs they check.
 */
export async function capture(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<{ok: boolean; output: string}> {
  const result = await runCommand(command, args, {cwd, env, timeout: 60_000})
  return {ok: result.ok, output: result.ok ? result.stdout + result.stderr : `${result.stdout}${result.stderr}` || result.message}
}

export async function toolVersion(command: string): Promise<string | null> {
  try {
    const {stdout} = await run(command, ['--version'], {timeout: 10_000})
    return stdout.trim().split('\n')[0] ?? command
  } catch {
    return null
  }
}

function firstError(output: string): string {
  const line = output.split('\n').find((candidate) => /^error/.test(candidate) || /error:/.test(candidate))
  return (line ?? lastLine(output)).trim()
}

function lastLine(output: string): string {
  return output.trim().split('\n').pop() ?? ''
}

function hash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex')
}

export async function runPool(jobs: Array<() => Promise<void>>, width: number): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]!()
  }
  await Promise.all(Array.from({length: Math.min(width, jobs.length)}, worker))
}
