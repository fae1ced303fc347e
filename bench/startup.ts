/**
 * bench/startup: how fast `specmark` starts as users run it. The package is packed (`npm pack`) and
 * installed into a fresh folder (from the npm cache where it can), then `node_modules/.bin/specmark
 * --version` is timed under the machine's Node (target ≤ 0.15 s; answered by the launcher alone) and under
 * the package's Node 24, alternating run by run with a bare `node -e 0`, the floor no launcher can go
 * under (on a loaded machine every figure grows alike, so the ratio to the floor is the figure to read). `specmark check` of a scaffolded spec shows the cost of a real command on Node 20 (the launcher
 * re-runs itself under the Node the package brings). In the checkout, `npm run specmark -- --version`
 * runs bin/ directly (no npx copy); `npx specmark` is shown for comparison.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')

export async function benchStartup(): Promise<string[]> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-bench-startup-'))
  try {
    const machine = machineNode()
    const env = {...process.env, PATH: [path.dirname(machine), ...(process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.split(path.sep).includes('node_modules'))].join(path.delimiter)}
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {cwd: ROOT, encoding: 'utf8'}).trim().split('\n').at(-1)!
    const user = path.join(work, 'user')
    await fs.mkdir(user)
    await fs.writeFile(path.join(user, 'package.json'), '{"name": "bench-spec", "private": true}\n')
    execFileSync('npm', ['install', '-D', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, tarball)], {cwd: user, env, stdio: 'ignore'})
    const bin = path.join(user, 'node_modules/.bin/specmark')
    execFileSync(bin, ['init'], {cwd: user, env, stdio: 'ignore'})
    const machineVersion = execFileSync(machine, ['--version'], {encoding: 'utf8'}).trim()
    const node24 = path.join(user, 'node_modules/node/bin/node')
    // The floor and the launcher alternate run by run, so that a change in the machine's load hits both alike.
    const floor: Runs = {wall: [], cpu: []}
    const version: Runs = {wall: [], cpu: []}
    for (let round = 0; round < 15; round++) {
      merge(floor, time([machine, '-e', '0'], user, env, 1))
      merge(version, time([bin, '--version'], user, env, 1))
    }
    return [
      line(`bare \`node -e 0\` (${machineVersion}, the floor)`, floor),
      line(`installed \`node_modules/.bin/specmark --version\` under ${machineVersion}`, version),
      `  ratio to the floor: wall ${ratio(version.wall, floor.wall)}, CPU ${ratio(version.cpu, floor.cpu)} (target: 0.15 s wall)`,
      line(`installed \`specmark --help\` under ${machineVersion} (no second Node)`, time([bin, '--help'], user, env, 5)),
      line('installed `specmark --version` under the package\'s Node 24', time([node24, bin, '--version'], user, env)),
      line(`installed \`specmark check\` of a scaffolded spec under ${machineVersion} (re-runs under Node 24)`, time([bin, 'check'], user, env, 5)),
      line('checkout `npm run specmark -- --version` (bin/ directly)', time(['npm', 'run', '--silent', 'specmark', '--', '--version'], ROOT, process.env, 5)),
      line('checkout `npx specmark --version` (npx copies the package first)', time(['npx', 'specmark', '--version'], ROOT, process.env, 5)),
    ]
  } finally {
    await fs.rm(work, {recursive: true, force: true})
  }
}

/** The first `node` on PATH outside node_modules (npm scripts put node_modules/.bin first). */
function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || dir.split(path.sep).includes('node_modules')) continue
    if (existsSync(path.join(dir, 'node'))) return path.join(dir, 'node')
  }
  return process.execPath
}

/** GNU time, for the CPU seconds of a run (which a machine busy with other work inflates less than wall time). */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null

interface Runs {
  wall: number[]
  cpu: number[]
}

function time([command, ...args]: string[], cwd: string, env: NodeJS.ProcessEnv, times = 11): Runs {
  const runs: Runs = {wall: [], cpu: []}
  for (let run = 0; run < times; run++) {
    const started = performance.now()
    const [program, programArgs] = GNU_TIME ? [GNU_TIME, ['-f', '@cpu %U %S', command!, ...args]] : [command!, args]
    const result = spawnSync(program, programArgs, {cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
    if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed with status ${result.status}: ${result.stderr}`)
    runs.wall.push(performance.now() - started)
    const cpu = /@cpu ([\d.]+) ([\d.]+)/.exec(result.stderr)
    if (cpu) runs.cpu.push((Number(cpu[1]) + Number(cpu[2])) * 1000)
  }
  return runs
}

function merge(into: Runs, from: Runs): void {
  into.wall.push(...from.wall)
  into.cpu.push(...from.cpu)
}

const medianOf = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/** The median of `runs` over the median of `floor`, as `1.05×` (or `n/a` without figures). */
function ratio(runs: number[], floor: number[]): string {
  return runs.length > 0 && floor.length > 0 && medianOf(floor) > 0 ? `${(medianOf(runs) / medianOf(floor)).toFixed(2)}×` : 'n/a'
}

function line(label: string, runs: Runs): string {
  const median = (values: number[]): string => (medianOf(values) / 1000).toFixed(3)
  const cpu = runs.cpu.length > 0 ? `, CPU (user + system) median ${median(runs.cpu)} s` : ''
  return `${label}: wall median ${median(runs.wall)} s, best ${(Math.min(...runs.wall) / 1000).toFixed(3)} s${cpu}, over ${runs.wall.length} runs`
}
