/**
 * `specmark conformance`: compiles (and runs, where the test says so) every program of the conformance
 * suite with rustc and compares the result with its header (`parse-header.ts`, `judge.ts`). Work is
 * parallel (one rustc per core) and cached by program text, header and rustc version, so an unchanged
 * suite with the same compiler costs no compilation. A failure is a diagnostic at the test's line.
 *
 * The suite is pinned to one rustc (`settings.rustc` in outline.yaml): another local version is warned
 * about, since error codes and borderline acceptances change between releases. A missing rustc is a
 * warning, and an error under `CI=true`.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type {Report} from '../diagnostics/diagnostic.ts'
import {runPool, toolVersion} from '../examples/run-examples.ts'
import {closeShells} from '../examples/shell-spawner.ts'
import {usableCores} from '../workers/cores.ts'
import {discoverTests} from './discover.ts'
import {judge, type Problem} from './judge.ts'
import {auxCrateName, parseHeader} from './parse-header.ts'
import {type AuxCrate, AuxBuilds, BASE_FLAGS, BUILD_FLAGS, compileAndRun, resolveRustc, type RustcResult, STATIC_BUILD_FLAGS} from './rustc.ts'

export interface SuiteOptions {
  /** Where results are cached; null to compile everything. */
  cacheDir: string | null
  /** The rustc version the suite is pinned to (`1.95.0`), if any. */
  pinned?: string | undefined
  jobs?: number
}

export interface SuiteSummary {
  tests: number
  passed: number
  failed: number
  compiled: number
  cached: number
  rustc: string | null
  byMode: Record<string, number>
}

export async function runSuite(trees: string[], report: Report, options: SuiteOptions): Promise<SuiteSummary> {
  const files = await discoverTests(trees)
  const summary: SuiteSummary = {tests: files.length, passed: 0, failed: 0, compiled: 0, cached: 0, rustc: null, byMode: {}}
  const rustc = await toolVersion('rustc')
  summary.rustc = rustc
  if (!rustc) {
    report({
      code: 'conformance-not-run',
      severity: process.env.CI === 'true' ? 'error' : 'warning',
      reason: `Unexpected missing \`rustc\`: ${files.length} conformance tests were not run`,
      place: null,
      hint: 'install a Rust toolchain (rustc on PATH) to run the conformance suite',
    })
    return summary
  }
  const local = /^rustc (\S+)/.exec(rustc)?.[1]
  if (options.pinned && local !== options.pinned) {
    report({
      code: 'conformance-rustc-differs',
      severity: 'warning',
      reason: `Unexpected rustc \`${local}\`, expected \`${options.pinned}\`, the version the suite is pinned to (settings.rustc in outline.yaml)`,
      place: null,
      hint: `install rustc ${options.pinned} (rustup toolchain install ${options.pinned}), or re-check the suite and update the pin`,
    })
  }
  const compiler = await resolveRustc()
  // Auxiliary crates are built once a run, in a folder of the run's own, whatever number of tests use them.
  const auxRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-conformance-aux-'))
  const auxBuilds = new AuxBuilds(auxRoot, compiler)
  const fail = (file: string, problem: Problem): void => {
    const start = {line: problem.line, column: 1, offset: 0}
    report({code: 'conformance-failed', severity: 'error', reason: problem.message, place: {file, start, end: start}})
  }
  const jobs = files.map((file) => async () => {
    // The bytes go to rustc as they are (a program may test a BOM, CRLF or invalid UTF-8); the header is read from their text.
    const bytes = await fs.readFile(file)
    const source = bytes.toString('utf8')
    const header = parseHeader(source)
    const shown = path.relative(process.cwd(), file) || file
    summary.byMode[header.mode ?? 'none'] = (summary.byMode[header.mode ?? 'none'] ?? 0) + 1
    if (header.problems.length > 0) {
      summary.failed++
      for (const problem of header.problems) fail(shown, problem)
      return
    }
    const aux: AuxCrate[] = []
    for (const wanted of header.auxBuild) {
      const auxBytes = await fs.readFile(path.join(path.dirname(file), wanted.path)).catch(() => null)
      if (!auxBytes) {
        summary.failed++
        fail(shown, {line: wanted.line, message: `Unexpected missing auxiliary crate \`${wanted.path}\`, expected a file relative to the test's folder`})
        return
      }
      const auxHeader = parseHeader(auxBytes.toString('utf8'))
      aux.push({name: auxCrateName(wanted.path), source: auxBytes, edition: auxHeader.edition, flags: auxHeader.flags})
    }
    const hash = createHash('sha256').update(['rustc-result-v3', rustc, ...BASE_FLAGS, ...BUILD_FLAGS, ...STATIC_BUILD_FLAGS, ''].join('\0')).update(bytes)
    // A change to an auxiliary crate changes the result of every test that builds it.
    for (const crate of aux) hash.update(`\0aux:${crate.name}\0`).update(crate.source)
    const key = hash.digest('hex')
    const cacheFile = options.cacheDir ? path.join(options.cacheDir, `${key}.json`) : null
    // What rustc did is cached, not the verdict: judging is cheap, and a change to it must apply at once.
    let result: RustcResult | null = null
    if (cacheFile) result = await fs.readFile(cacheFile, 'utf8').then((text) => JSON.parse(text) as RustcResult, () => null)
    if (result) summary.cached++
    else {
      result = await compileAndRun(bytes, header, aux, compiler, auxBuilds)
      summary.compiled++
      if (cacheFile) {
        await fs.mkdir(path.dirname(cacheFile), {recursive: true})
        await fs.writeFile(cacheFile, JSON.stringify(result))
      }
    }
    const problems = judge(header, result)
    if (problems.length === 0) summary.passed++
    else {
      summary.failed++
      for (const problem of problems) fail(shown, problem)
    }
  })
  try {
    await runPool(jobs, Math.max(1, options.jobs ?? usableCores()))
  } finally {
    await closeShells()
    await fs.rm(auxRoot, {recursive: true, force: true})
  }
  return summary
}

