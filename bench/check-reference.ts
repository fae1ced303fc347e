/**
 * bench/check-reference: whole-process wall time of `specmark check` over the Rust Reference corpus
 * (1.1 MB, 121 chapters, 2,996 rules). Cold: no parse cache. Warm: the parse cache primed, which is what
 * an author sees on every run after the first. Target: under 1.0 s.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {formatTiming, timeCommand} from './measure.ts'
import {REFERENCE} from '../test/helpers/shared.ts'

const ROOT = path.resolve(import.meta.dirname, '..')

export function benchCheckReference(): string[] {
  const bin = path.join(ROOT, 'bin/specmark.js')
  const args = [bin, 'check', '--root', REFERENCE]
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-cache-'))
  const cold = timeCommand(args, {times: 5, env: {SPECMARK_CACHE: '0'}})
  timeCommand(args, {times: 1, env: {SPECMARK_CACHE_DIR: cacheDir}})
  const warm = timeCommand(args, {times: 7, env: {SPECMARK_CACHE_DIR: cacheDir}})
  fs.rmSync(cacheDir, {recursive: true, force: true})
  return [
    formatTiming('check-reference (cold, no parse cache)', cold),
    formatTiming('check-reference (warm, parse cache primed)', warm),
  ]
}
