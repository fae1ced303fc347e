/**
 * Compiling one conformance program with rustc and reading what it said: rustc's JSON diagnostics give
 * each error's code and the line of its primary span, which `judge.ts` compares with the test's header.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {capture} from '../examples/run-examples.ts'
import {buildFlags, stdLibEnv} from '../examples/toolchain.ts'
import type {TestHeader} from './parse-header.ts'

export interface RustcError {
  code: string | null
  line: number | null
  message: string
}

export interface RustcResult {
  compiled: boolean
  errors: RustcError[]
  /** Set when the program was run: its exit and standard output. */
  run: {ok: boolean; stdout: string; detail: string} | null
}

/** How every compilation reports: JSON diagnostics, one line each, no warnings. */
const DIAGNOSTIC_FLAGS = ['--error-format=json', '--json=diagnostic-short', '-A', 'warnings']

/** Flags every conformance program is compiled with; part of the cache key. */
export const BASE_FLAGS = ['--crate-type', 'bin', '--crate-name', 'conformance', ...DIAGNOSTIC_FLAGS]

/** Whether `flags` name a crate type of their own. */
const namesCrateType = (flags: readonly string[]): boolean => flags.some((flag) => flag === '--crate-type' || flag.startsWith('--crate-type='))

/**
 * The base flags for a test's own flags: a test that names its crate type (`//@ compile-flags: --crate-type
 * proc-macro`, to show what rustc checks in a procedural macro crate) replaces `bin`, since rustc refuses to
 * mix `bin` or `proc-macro` with another crate type.
 */
export function baseFlags(flags: readonly string[]): string[] {
  if (!namesCrateType(flags)) return BASE_FLAGS
  const at = BASE_FLAGS.indexOf('--crate-type')
  return [...BASE_FLAGS.slice(0, at), ...BASE_FLAGS.slice(at + 2)]
}

/** A crate a test builds first (`//@ aux-build:`): a library, or a procedural macro crate, passed with `--extern`. */
export interface AuxCrate {
  name: string
  source: Uint8Array
  /** Its own header's edition and flags (`//@ compile-flags: --crate-type proc-macro`). */
  edition: string
  flags: string[]
}

/** What building a test's auxiliary crates gave: the folders to search (`-L`), or the first failure. */
export type AuxBuilt = {ok: true; dirs: string[]} | {ok: false; name: string; output: string}

/**
 * Builds auxiliary crates once for a whole run: many tests of a suite build the same crate (a procedural
 * macro crate is a full build and link, the dearest compilation of the suite), and the same crate with the
 * same edition, flags and dependencies gives the same library however often it is built. Each distinct
 * crate gets a folder of its own under `root`, keyed by its source, edition, flags and the crates built
 * before it for the test (which it may use, as `-L` finds them); concurrent requests share one build.
 */
export class AuxBuilds {
  private readonly builds = new Map<string, Promise<{ok: boolean; output: string; dir: string}>>()
  private readonly root: string
  private readonly rustc: string
  constructor(root: string, rustc: string) {
    this.root = root
    this.rustc = rustc
  }

  async build(crates: readonly AuxCrate[]): Promise<AuxBuilt> {
    const dirs: string[] = []
    let chain = ''
    for (const crate of crates) {
      const hash = createHash('sha256').update([chain, crate.name, crate.edition, ...crate.flags, ''].join('\0')).update(crate.source)
      chain = hash.digest('hex')
      let pending = this.builds.get(chain)
      if (!pending) {
        const dir = path.join(this.root, chain.slice(0, 16))
        this.builds.set(chain, (pending = buildAux(crate, dir, this.rustc, dirs.slice()).then((built) => ({...built, dir}))))
      }
      const built = await pending
      if (!built.ok) return {ok: false, name: crate.name, output: built.output}
      dirs.push(built.dir)
    }
    return {ok: true, dirs}
  }
}

/**
 * Compiles (and runs, for a test that runs) one program. `auxBuilds` shares auxiliary crates between the
 * tests of a run; without it, they are built for this program alone.
 */
export async function compileAndRun(source: string | Uint8Array, header: TestHeader, aux: readonly AuxCrate[] = [], rustcPath = 'rustc', auxBuilds?: AuxBuilds): Promise<RustcResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-conformance-'))
  try {
    const file = path.join(dir, 'main.rs')
    await fs.writeFile(file, source)
    const runs = header.mode === 'run-pass' || header.mode === 'run-fail'
    const binary = path.join(dir, 'main')
    const externs: string[] = []
    if (aux.length > 0) {
      const built = await (auxBuilds ?? new AuxBuilds(path.join(dir, 'aux'), rustcPath)).build(aux)
      if (!built.ok) return {compiled: false, errors: [{code: null, line: null, message: `auxiliary crate \`${built.name}\` did not compile: ${readErrors(built.output)[0]?.message ?? built.output.trim().split('\n').pop()}`}], run: null}
      for (const auxDir of built.dirs) externs.push('-L', auxDir)
      for (const crate of aux) externs.push('--extern', crate.name)
    }
    // An auxiliary crate may declare the program's global allocator (or a macro of one generate it).
    const build = buildFlags([source, ...aux.map((crate) => crate.source)])
    const rustc = (emit: string[]) => capture(rustcPath, ['--edition', header.edition, ...baseFlags(header.flags), ...header.flags, ...externs, ...emit, file], dir)
    // Analysis alone (`--emit=metadata`, no code generation or link) decides a check-pass test, and most
    // compile-fail tests: rustc stops after analysis when it found errors, so a full build would report
    // exactly the same errors. A compile-fail test that analysis accepts is built in full, since some
    // errors (deny lints of constant propagation, post-monomorphization errors) are found only then.
    if (!runs) {
      const checked = await rustc(['--emit=metadata', '-o', path.join(dir, 'main.rmeta')])
      if (header.mode !== 'compile-fail' || !checked.ok) return {compiled: checked.ok, errors: readErrors(checked.output), run: null}
      const built = await rustc([...build, '-o', binary])
      return {compiled: built.ok, errors: readErrors(built.output), run: null}
    }
    const compiled = await rustc([...build, '-o', binary])
    const errors = readErrors(compiled.output)
    if (!compiled.ok) return {compiled: false, errors, run: null}
    const ran = await runBinary(binary, dir, rustcPath)
    return {compiled: true, errors, run: ran}
  } finally {
    await fs.rm(dir, {recursive: true, force: true})
  }
}

/**
 * Builds an auxiliary crate into `outDir`, where the test finds it by name (`-L outDir --extern name`);
 * `deps` are the folders of the crates built before it, which it may use.
 */
async function buildAux(crate: AuxCrate, outDir: string, rustc: string, deps: readonly string[]): Promise<{ok: boolean; output: string}> {
  await fs.mkdir(outDir, {recursive: true})
  const file = path.join(outDir, `${crate.name}.rs`)
  await fs.writeFile(file, crate.source)
  const type = namesCrateType(crate.flags) ? [] : ['--crate-type', 'lib']
  const flags = ['--edition', crate.edition, ...type, '--crate-name', crate.name, ...DIAGNOSTIC_FLAGS, ...crate.flags]
  return capture(rustc, [...flags, ...deps.flatMap((dep) => ['-L', dep]), '--out-dir', outDir, file], outDir)
}

async function runBinary(binary: string, cwd: string, rustc: string): Promise<{ok: boolean; stdout: string; detail: string}> {
  const {execFile} = await import('node:child_process')
  const env = await stdLibEnv(rustc)
  return new Promise((resolve) => {
    execFile(binary, [], {cwd, env, timeout: 20_000, maxBuffer: 4 << 20}, (error, stdout, stderr) => {
      const detail = error ? `${(error as {code?: unknown}).code !== undefined ? `exit ${String((error as {code?: unknown}).code)}` : error.message}: ${stderr.trim().split('\n').pop() ?? ''}` : ''
      resolve({ok: !error, stdout, detail})
    })
  })
}

/** The error-level diagnostics in rustc's JSON output (one JSON object a line; other lines ignored). */
export function readErrors(output: string): RustcError[] {
  const errors: RustcError[] = []
  for (const text of output.split('\n')) {
    if (!text.startsWith('{')) continue
    let message: {level?: string; message?: string; code?: {code?: string} | null; spans?: Array<{is_primary?: boolean; line_start?: number}>}
    try {
      message = JSON.parse(text)
    } catch {
      continue
    }
    if (message.level !== 'error') continue
    const primary = message.spans?.find((span) => span.is_primary) ?? message.spans?.[0]
    // Lint names (`unreachable_patterns`) are not error codes.
    const code = message.code?.code
    errors.push({code: code && /^E\d{4}$/.test(code) ? code : null, line: primary?.line_start ?? null, message: message.message ?? ''})
  }
  return errors
}

export {BUILD_FLAGS, resolveRustc, STATIC_BUILD_FLAGS} from '../examples/toolchain.ts'
