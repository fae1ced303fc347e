/**
 * bench/trace: whole-process wall time of `specmark trace --format json` over the Rust Reference with a
 * generated test tree of 50,000 files shaped like rust-lang/rust's UI tests (a few `//@` header lines,
 * 20–40 lines of code, about 30% of files citing 1–3 Reference rules), next to `specmark check` on the
 * same root and to `trace` over an empty tree, so that the reader sees what scanning adds to loading the
 * spec. Every command runs with the parse cache primed, as an author's build does. The tree is generated
 * once (deterministically) in a temporary folder and removed afterwards.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {assembleModel} from '../src/pipeline/assemble-model.ts'
import {REFERENCE} from '../test/helpers/shared.ts'
import {formatTiming, timeCommand} from './measure.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
export const TRACE_FILES = 50_000

/** A small deterministic PRNG (mulberry32), so that every run scans the same tree. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Writes `count` UI-test-like files under `dir` (500 per folder, two levels deep); returns the citation count. */
export function generateTestTree(dir: string, ids: string[], count: number): number {
  const next = random(6)
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!
  const headers = ['//@ check-pass', '//@ run-pass', '//@ edition: 2021', '//@ compile-flags: -O', '//@ needs-asm-support', '//@ revisions: a b']
  const code = [
    'fn main() {',
    '    let x: u32 = 1 + 2;',
    '    let v = vec![1, 2, 3];',
    '    for i in v.iter().map(|x| x * 2) {',
    '        assert!(i > 0, "positive");',
    '    }',
    '    match x { 0 => {}, _ => println!("{x}") }',
    '    //~^ ERROR mismatched types',
    '}',
    'struct S<T: Copy> { field: T }',
    'impl<T: Copy> S<T> { fn get(&self) -> T { self.field } }',
    'trait Tr { fn method(&self) -> u8 { 0 } }',
  ]
  let citations = 0
  for (let index = 0; index < count; index++) {
    const folder = path.join(dir, `ui-${Math.floor(index / 5000)}`, `group-${Math.floor(index / 500) % 10}`)
    if (index % 500 === 0) fs.mkdirSync(folder, {recursive: true})
    const lines = Array.from({length: 1 + Math.floor(next() * 3)}, () => pick(headers))
    if (next() < 0.3) {
      const cited = 1 + Math.floor(next() * 3)
      for (let citation = 0; citation < cited; citation++) lines.push(`//@ reference: ${pick(ids)}`)
      citations += cited
    }
    lines.push('')
    const length = 20 + Math.floor(next() * 21)
    for (let line = 0; line < length; line++) lines.push(pick(code))
    fs.writeFileSync(path.join(folder, `test-${index}.rs`), `${lines.join('\n')}\n`)
  }
  return citations
}

export async function benchTrace(): Promise<string[]> {
  const model = await assembleModel(REFERENCE)
  const ids = Object.keys(model.spec.rules)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-trace-'))
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-cache-'))
  try {
    const citations = generateTestTree(path.join(dir, 'tests'), ids, TRACE_FILES)
    fs.mkdirSync(path.join(dir, 'empty'))
    const bin = path.join(ROOT, 'bin/specmark.js')
    const env = {SPECMARK_CACHE_DIR: cacheDir}
    const check = [bin, 'check', '--root', REFERENCE]
    const trace = [bin, 'trace', '--root', REFERENCE, path.join(dir, 'tests'), '--format', 'json']
    const traceNothing = [bin, 'trace', '--root', REFERENCE, path.join(dir, 'empty'), '--format', 'json']
    timeCommand(check, {times: 1, env})
    const checkTiming = timeCommand(check, {times: 5, env})
    const traceTiming = timeCommand(trace, {times: 5, env})
    const nothingTiming = timeCommand(traceNothing, {times: 5, env})
    return [
      formatTiming(`trace-50k (specmark trace --format json, ${TRACE_FILES} files, ${citations} citations, warm parse cache)`, traceTiming),
      formatTiming('trace-50k: specmark trace over an empty test tree (everything but the scan)', nothingTiming),
      formatTiming('trace-50k: specmark check on the same root, for comparison', checkTiming),
    ]
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
    fs.rmSync(cacheDir, {recursive: true, force: true})
  }
}
