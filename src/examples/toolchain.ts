/**
 * The Rust toolchain as the example and conformance runners use it: the compiler started directly (not
 * through rustup's proxy), and the flags and environment of a program linked against the standard
 * library's shared object, which makes a full build about a third cheaper than the default static link.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

/**
 * Extra flags for a full build (a program that runs): linking against the standard library's shared
 * object and one codegen unit make the build about a third cheaper (the static link of std dominates it).
 * Windows finds no shared std next to the program, so it links statically there. Part of the runners'
 * cache keys, with `STATIC_BUILD_FLAGS`.
 */
export const BUILD_FLAGS = process.platform === 'win32' ? ['-C', 'codegen-units=1'] : ['-C', 'prefer-dynamic', '-C', 'codegen-units=1']

/** A full build linked as rustc links by default (std statically). */
export const STATIC_BUILD_FLAGS = ['-C', 'codegen-units=1']

/**
 * The flags of a full build of `sources` (a program and the crates built with it). A shared std changes one thing a program can observe: the global
 * allocator a program declares (`#[global_allocator]`) no longer serves the allocations of std's own code
 * or of its generic types (a counting allocator counts nothing), so such a program is linked statically,
 * as rustc and rustdoc link it by default.
 */
export function buildFlags(sources: string | Uint8Array | ReadonlyArray<string | Uint8Array>): string[] {
  const texts = (Array.isArray(sources) ? sources : [sources]) as Array<string | Uint8Array>
  const declares = texts.some((source) => /\bglobal_allocator\b/.test(typeof source === 'string' ? source : Buffer.from(source).toString('latin1')))
  return declares ? STATIC_BUILD_FLAGS : BUILD_FLAGS
}

async function printed(command: string, args: string[], cwd: string): Promise<string | null> {
  try {
    return (await run(command, args, {cwd, timeout: 30_000})).stdout.trim()
  } catch {
    return null
  }
}

/**
 * The compiler itself, to start directly: `rustc` on PATH is usually rustup's proxy, which reads its
 * settings and resolves the toolchain on every call before it starts the real compiler (about 30 ms of
 * CPU, over a tenth of an analysis-only check). The toolchain's sysroot names the same compiler; where
 * there is none (no such file), `rustc` on PATH is used as it is. Asked from the temporary folder the
 * programs are compiled in, so that a directory override (rust-toolchain.toml) applies as it would there.
 */
export async function resolveRustc(): Promise<string> {
  const sysroot = await printed('rustc', ['--print', 'sysroot'], os.tmpdir())
  const direct = sysroot === null ? '' : path.join(sysroot, 'bin', process.platform === 'win32' ? 'rustc.exe' : 'rustc')
  return sysroot !== null && existsSync(direct) ? direct : 'rustc'
}

const libdirs = new Map<string, Promise<string | null>>()

/** The environment in which a program built with `BUILD_FLAGS` by `rustc` finds the shared standard library. */
export async function stdLibEnv(rustc: string): Promise<NodeJS.ProcessEnv> {
  let libdir = libdirs.get(rustc)
  if (!libdir) libdirs.set(rustc, (libdir = printed(rustc, ['--print', 'target-libdir'], process.cwd())))
  const lib = await libdir
  const env = {...process.env}
  if (lib) {
    const join = (list: string | undefined) => (list ? `${lib}${path.delimiter}${list}` : lib)
    env.LD_LIBRARY_PATH = join(env.LD_LIBRARY_PATH)
    env.DYLD_LIBRARY_PATH = join(env.DYLD_LIBRARY_PATH)
  }
  return env
}
