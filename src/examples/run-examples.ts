/**
 * `specmark check --examples`: compiles (and, where it applies, runs) every Rust example with rustc, the
 * way rustdoc tests doctests, and every interop pair (Rust static library + C++ program) with rustc and
 * g++. A failure is a diagnostic at the example's line. Results are cached by the example's code, its
 * mode and the compiler versions, so unchanged examples are not compiled again. A missing compiler is
 * reported, never silently ignored; under `CI=true` it is an error.
 */
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import type {Report} from '../diagnostics/diagnostic.ts'
import type {Spec} from '../model/types.ts'
import {doctestProgram, extractExamples, type CppExample, type RustExample} from './extract.ts'

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
  missing: string[]
}

interface Outcome {
  ok: boolean
  message: string
}

/** Compiles and runs every example of `spec`; reports failures through `report`. */
export async function runExamples(spec: Spec, report: Report, options: {defaultEdition: string; cacheDir: string}): Promise<ExampleSummary> {
  const {rust, cpp} = extractExamples(spec)
  const summary: ExampleSummary = {compiled: 0, cached: 0, skipped: 0, failed: 0, pairs: 0, missing: []}
  const rustc = await toolVersion('rustc')
  const gxx = await toolVersion('g++')
  const ci = process.env.CI === 'true'
  if (!rustc && rust.length > 0) {
    summary.missing.push('rustc')
    report({
      ruleId: 'examples-not-compiled',
      severity: ci ? 'error' : 'warning',
      reason: `Unexpected missing \`rustc\`: ${rust.length} Rust examples were not compiled`,
      place: null,
      hint: 'install a Rust toolchain (rustc on PATH) to check examples',
    })
  }
  const pairs = groupPairs(rust, cpp)
  if (!gxx && pairs.size > 0) {
    summary.missing.push('g++')
    report({
      ruleId: 'examples-not-compiled',
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
      await fs.mkdir(options.cacheDir, {recursive: true}).catch(() => {})
      await fs.writeFile(file, JSON.stringify(outcome)).catch(() => {})
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
        const key = hash(['rust', rustc, ...RUST_FLAGS, edition, JSON.stringify(example.mode), example.code])
        const outcome = await withCache(key, () => testRustExample(example, edition))
        if (!outcome.ok) {
          summary.failed++
          report({ruleId: 'example-failed', severity: 'error', reason: outcome.message, place: example.position})
        }
      })
    }
  }
  if (rustc && gxx) {
    for (const [name, pair] of pairs) {
      const first = pair.rust[0] ?? pair.cpp[0]!
      if (pair.rust.length === 0 || pair.cpp.length === 0) {
        summary.failed++
        report({ruleId: 'example-failed', severity: 'error', reason: `Unexpected interop pair \`${name.split('#')[1]}\` with only a ${pair.rust.length === 0 ? 'C++' : 'Rust'} half, expected a \`rust,pair=…\` and a \`cpp,pair=…\` block`, place: first.position})
        continue
      }
      summary.pairs++
      jobs.push(async () => {
        const key = hash(['pair', rustc, gxx, ...PAIR_RUST_FLAGS, ...PAIR_CXX_FLAGS, ...pair.rust.map((example) => example.code), '\0', ...pair.cpp.map((example) => example.code)])
        const outcome = await withCache(key, () => testPair(pair.rust, pair.cpp))
        if (!outcome.ok) {
          summary.failed++
          report({ruleId: 'example-failed', severity: 'error', reason: outcome.message, place: first.position})
        }
      })
    }
  }
  await runPool(jobs, Math.max(1, os.availableParallelism()))
  return summary
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

async function testRustExample(example: RustExample, edition: string): Promise<Outcome> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-example-'))
  try {
    const source = path.join(dir, 'example.rs')
    await fs.writeFile(source, doctestProgram(example.code))
    const binary = path.join(dir, 'example')
    const compiled = await capture('rustc', ['--edition', edition, ...RUST_FLAGS, '--crate-name', 'example', '-o', binary, source], dir)
    if (example.mode.compileFail) {
      if (compiled.ok) return {ok: false, message: 'Unexpected successful compilation of a `compile_fail` example, expected a compile error'}
      const missing = example.mode.errorCodes.filter((code) => !compiled.output.includes(`[${code}]`))
      return missing.length > 0
        ? {ok: false, message: `Unexpected compile errors without \`${missing.join('`, `')}\`, expected the error code${missing.length > 1 ? 's' : ''} the example names: ${firstError(compiled.output)}`}
        : {ok: true, message: ''}
    }
    if (!compiled.ok) return {ok: false, message: `Unexpected compile error in example: ${firstError(compiled.output)}`}
    if (example.mode.noRun) return {ok: true, message: ''}
    const ran = await capture(binary, [], dir)
    if (example.mode.shouldPanic) {
      return ran.ok ? {ok: false, message: 'Unexpected normal exit of a `should_panic` example, expected a panic'} : {ok: true, message: ''}
    }
    return ran.ok ? {ok: true, message: ''} : {ok: false, message: `Unexpected failure when running the example: ${lastLine(ran.output)}`}
  } finally {
    await fs.rm(dir, {recursive: true, force: true})
  }
}

async function testPair(rust: RustExample[], cpp: CppExample[]): Promise<Outcome> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-pair-'))
  try {
    await fs.writeFile(path.join(dir, 'lib.rs'), rust.map((example) => example.code).join('\n'))
    await fs.writeFile(path.join(dir, 'main.cpp'), cpp.map((example) => example.code).join('\n'))
    const library = await capture('rustc', [...PAIR_RUST_FLAGS, '--crate-name', 'example', '-o', path.join(dir, 'libexample.a'), 'lib.rs'], dir)
    if (!library.ok) return {ok: false, message: `Unexpected compile error in the Rust half of the pair: ${firstError(library.output)}`}
    const program = await capture('g++', [...PAIR_CXX_FLAGS, '-o', path.join(dir, 'program'), 'main.cpp', path.join(dir, 'libexample.a'), '-lpthread', '-ldl', '-lm'], dir)
    if (!program.ok) return {ok: false, message: `Unexpected error compiling or linking the C++ half of the pair: ${firstError(program.output)}`}
    const ran = await capture(path.join(dir, 'program'), [], dir)
    return ran.ok ? {ok: true, message: ''} : {ok: false, message: `Unexpected failure when running the pair: ${lastLine(ran.output)}`}
  } finally {
    await fs.rm(dir, {recursive: true, force: true})
  }
}

async function capture(command: string, args: string[], cwd: string): Promise<{ok: boolean; output: string}> {
  try {
    const {stdout, stderr} = await run(command, args, {cwd, timeout: 60_000, maxBuffer: 16 << 20})
    return {ok: true, output: stdout + stderr}
  } catch (error) {
    const failure = error as {stdout?: string; stderr?: string; message: string}
    return {ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` || failure.message}
  }
}

async function toolVersion(command: string): Promise<string | null> {
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

async function runPool(jobs: Array<() => Promise<void>>, width: number): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]!()
  }
  await Promise.all(Array.from({length: Math.min(width, jobs.length)}, worker))
}
