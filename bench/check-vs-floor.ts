/**
 * bench/check-vs-floor: only the cold-check figure of `peer.ts` (issue 17: cold `check` ≤ 1.3× the
 * unified parse-only floor), run three times interleaved (check, floor, check, floor, …) over the same
 * generated 1× Reference that `peer.ts` uses, each under GNU time through this Node. Prints every pair,
 * then the ratio of the least-disturbed runs (least CPU) in wall and CPU time, and the load average.
 * Quicker than the whole peer comparison while working on check's speed; figures are printed, never asserted.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {REFERENCE} from './check-reference.ts'
import {multiplyBook} from './navigation-scale.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const ROUNDS = Number(process.env.ROUNDS ?? 3)

interface Run {
  wall: number
  cpu: number
  rss: number
}

function measure(args: string[]): Run {
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], {cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe']})
  const stderr = result.stderr.toString()
  const line = stderr.split('\n').findLast((text) => text.startsWith('TIME '))
  if (!line || (result.status ?? 2) > 1) throw new Error(`\`${args.join(' ')}\` failed: ${stderr.slice(-2000)}`)
  const [wall, user, system, rss] = line.slice(5).split(' ').map(Number) as [number, number, number, number]
  return {wall, cpu: user + system, rss: rss / 1024}
}

const format = (run: Run): string => `${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, ${run.rss.toFixed(0)} MB`
const load = (): string => os.loadavg().map((value) => value.toFixed(2)).join(', ')
const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.cpu < a.cpu ? b : a))

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-floor-'))
try {
  const root = path.join(scratch, 'reference-1x')
  multiplyBook(REFERENCE, root, 1)
  console.log(`check-vs-floor: load average at start ${load()} (${os.availableParallelism()} cores)`)
  const checks: Run[] = []
  const floors: Run[] = []
  for (let round = 0; round < ROUNDS; round++) {
    checks.push(measure([path.join(ROOT, 'bin/specmark.js'), 'check', '--no-cache', '--root', root]))
    floors.push(measure([path.join(ROOT, 'bench/parse-floor.ts'), path.join(root, 'src')]))
    console.log(`  round ${round + 1}: check ${format(checks.at(-1)!)}; floor ${format(floors.at(-1)!)}`)
  }
  const check = best(checks)
  const floor = best(floors)
  console.log(`check-vs-floor: ratio ${(check.wall / floor.wall).toFixed(2)}× wall, ${(check.cpu / floor.cpu).toFixed(2)}× CPU (target ≤ 1.3×); load average at end ${load()}`)
} finally {
  fs.rmSync(scratch, {recursive: true, force: true})
}
