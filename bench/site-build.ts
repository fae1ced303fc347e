/**
 * bench/site-build: whole-process wall time of `specmark build` (check, render, Astro pages and the
 * pagefind index) for the Rust Reference corpus (1.1 MB, 2,996 rules) and for our own `spec/`.
 * Cold: no parse or render cache and an empty output folder, as on a fresh checkout. Warm: caches primed
 * and the previous output in place, as on every rebuild after the first. Target for the Reference:
 * under 8 s on the 2-core machines.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {REFERENCE} from '../test/helpers/shared.ts'
import {formatTiming, timeCommand} from './measure.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const SPEC = path.join(ROOT, 'spec')

export function benchSiteBuild(): string[] {
  const lines: string[] = []
  for (const [name, root] of [['reference', REFERENCE], ['spec', SPEC]] as const) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `specmark-bench-build-${name}-`))
    const outDir = path.join(scratch, 'dist')
    const cacheDir = path.join(scratch, 'cache')
    const args = [path.join(ROOT, 'bin/specmark.js'), 'build', '--root', root, '--out', outDir]
    const env = {ASTRO_TELEMETRY_DISABLED: '1'}
    const cold = timeCommand(args, {times: 3, env: {...env, SPECMARK_CACHE: '0'}, setup: () => fs.rmSync(outDir, {recursive: true, force: true})})
    timeCommand(args, {times: 1, env: {...env, SPECMARK_CACHE_DIR: cacheDir}})
    const built = fs.existsSync(path.join(outDir, 'index.html'))
    const warm = timeCommand(args, {times: 5, env: {...env, SPECMARK_CACHE_DIR: cacheDir}})
    fs.rmSync(scratch, {recursive: true, force: true})
    const note = built ? '' : ' — check found errors, so no site was built'
    lines.push(formatTiming(`build-${name} (cold: no caches, empty output folder)${note}`, cold))
    lines.push(formatTiming(`build-${name} (warm: caches primed, previous output in place)${note}`, warm))
  }
  return lines
}
