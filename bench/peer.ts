/**
 * bench/peer: specmark against a peer, Astro Starlight, building the same Reference chapters, in one run
 * (so both see the same machine load), and the ratios the issue sets as targets:
 *
 * - cold build (no caches, empty output) vs Starlight's cold build (target ≤ 0.6×);
 * - one-chapter edit (a one-word change, caches warm, previous output in place) vs Starlight's rebuild
 *   after the same edit (target ≤ 0.3×);
 * - cold `check` vs the unified parse-only floor over the same files (`parse-floor.ts`, target ≤ 1.3×);
 * - peak memory (max RSS) of a cold build; a generated 4× Reference's cold build vs 1× (target ≤ 4×).
 *
 * The peer lives in bench/starlight/ with its own package.json (not a dependency of specmark); this
 * script installs it from the npm registry on first use and copies the chapters in (each gets the
 * front-matter title Starlight requires). Every command runs under GNU time for wall, CPU and memory;
 * everything runs through this Node, never npx. Figures are printed, never asserted.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {REFERENCE} from './check-reference.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const PEER = path.join(ROOT, 'bench/starlight')
const BIN = path.join(ROOT, 'bin/specmark.js')
const EDITED = 'expressions/if-expr.md'

interface Run {
  wall: number
  cpu: number
  /** Max resident set size of the process or any child it waited for, in MB. */
  rss: number
  status: number
}

function measure(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Run {
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], {
    cwd: options.cwd ?? ROOT,
    env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env},
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = result.stderr.toString().split('\n').findLast((text) => text.startsWith('TIME '))
  if (!line) throw new Error(`\`${args.join(' ')}\` printed no timing: ${result.stderr.toString().slice(-2000)}`)
  const [wall, user, system, rss] = line.slice(5).split(' ').map(Number) as [number, number, number, number]
  return {wall, cpu: user + system, rss: rss / 1024, status: result.status ?? -1}
}

const format = (run: Run): string => `${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, ${run.rss.toFixed(0)} MB peak${run.status > 1 ? `, exit ${run.status}` : ''}`
const ratio = (a: Run, b: Run): string => `${(a.wall / b.wall).toFixed(2)}× wall, ${(a.cpu / b.cpu).toFixed(2)}× CPU`

function setUpPeer(): void {
  if (!fs.existsSync(path.join(PEER, 'node_modules/@astrojs/starlight'))) {
    const npm = path.join(path.dirname(process.execPath), 'npm')
    const installed = spawnSync(fs.existsSync(npm) ? npm : 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: PEER, stdio: 'inherit'})
    if (installed.status !== 0) throw new Error('could not install the Starlight peer from the npm registry')
  }
  const docs = path.join(PEER, 'src/content/docs')
  fs.rmSync(docs, {recursive: true, force: true})
  const source = path.join(REFERENCE, 'src')
  for (const file of fs.readdirSync(source, {recursive: true}).map(String)) {
    if (!file.endsWith('.md') || file === 'SUMMARY.md') continue
    const text = fs.readFileSync(path.join(source, file), 'utf8')
    const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? file
    fs.mkdirSync(path.dirname(path.join(docs, file)), {recursive: true})
    fs.writeFileSync(path.join(docs, file), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${text}`)
  }
}

/** A writable copy of the Reference (the cache lives under the spec root). */
function copyReference(times = 1): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `specmark-bench-peer-${times}x-`))
  fs.cpSync(REFERENCE, copy, {recursive: true})
  if (times > 1) multiply(copy, times)
  return copy
}

/**
 * Makes the book `times` times larger: every chapter again under `copy<N>/`, with its rule IDs (labels
 * and links) prefixed `c<N>.` so that they stay unique, listed in SUMMARY.md after the original.
 */
function multiply(root: string, times: number): void {
  const src = path.join(root, 'src')
  const files = fs.readdirSync(src, {recursive: true}).map(String).filter((file) => file.endsWith('.md') && file !== 'SUMMARY.md')
  const ids = new Set<string>()
  for (const file of files) for (const match of fs.readFileSync(path.join(src, file), 'utf8').matchAll(/^r\[([^\]\s]+)\]/gm)) ids.add(match[1]!)
  const summary = fs.readFileSync(path.join(src, 'SUMMARY.md'), 'utf8')
  let extra = ''
  for (let n = 2; n <= times; n++) {
    for (const file of files) {
      const text = fs.readFileSync(path.join(src, file), 'utf8').replace(/\[([a-z0-9_.-]+)\]/gi, (whole, id: string) => (ids.has(id) ? `[c${n}.${id}]` : whole)).replace(/#r-([a-z0-9_.-]+)/gi, (whole, id: string) => (ids.has(id) ? `#r-c${n}.${id}` : whole))
      fs.mkdirSync(path.dirname(path.join(src, `copy${n}`, file)), {recursive: true})
      fs.writeFileSync(path.join(src, `copy${n}`, file), text)
    }
    extra += `\n# Copy ${n}\n\n` + summary.split('\n').filter((line) => /\]\((?!http)[^)]+\.md\)/.test(line)).map((line) => line.replace(/\]\(([^)]+)\)/, `](copy${n}/$1)`)).join('\n') + '\n'
  }
  fs.writeFileSync(path.join(src, 'SUMMARY.md'), summary + extra)
}

function editOneWord(file: string): void {
  const text = fs.readFileSync(file, 'utf8')
  const at = text.indexOf('\n\n', text.indexOf('\n# ') + 1)
  fs.writeFileSync(file, `${text.slice(0, at)} again${text.slice(at)}`)
}

export function benchPeer(): string[] {
  setUpPeer()
  const lines: string[] = []
  const astro = [path.join(PEER, 'node_modules/astro/bin/astro.mjs'), 'build']
  const cleanPeer = (): void => {
    for (const dir of ['dist', '.astro', 'node_modules/.astro']) fs.rmSync(path.join(PEER, dir), {recursive: true, force: true})
  }

  // Cold builds, interleaved: specmark, Starlight, specmark, Starlight; the faster of each pair counts.
  const copy = copyReference()
  const out = path.join(copy, 'dist')
  const specmarkBuild = [BIN, 'build', '--root', copy, '--out', out]
  const cleanSpecmark = (): void => {
    for (const dir of [out, path.join(copy, '.specmark-cache')]) fs.rmSync(dir, {recursive: true, force: true})
  }
  const colds: Run[] = []
  const peerColds: Run[] = []
  for (let round = 0; round < 2; round++) {
    cleanSpecmark()
    colds.push(measure(specmarkBuild))
    cleanPeer()
    peerColds.push(measure(astro, {cwd: PEER}))
  }
  const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.wall < a.wall ? b : a))
  const cold = best(colds)
  const peerCold = best(peerColds)
  lines.push(`peer cold build: specmark ${format(cold)}; Starlight ${format(peerCold)}; ratio ${ratio(cold, peerCold)} (target ≤ 0.6×)`)
  lines.push(`peer peak memory of a cold build: specmark ${cold.rss.toFixed(0)} MB, Starlight ${peerCold.rss.toFixed(0)} MB`)

  // One-word edit, caches warm and previous output in place.
  measure(specmarkBuild)
  editOneWord(path.join(copy, 'src', EDITED))
  const edit = measure(specmarkBuild)
  editOneWord(path.join(PEER, 'src/content/docs', EDITED))
  const peerEdit = measure(astro, {cwd: PEER})
  lines.push(`peer one-chapter edit: specmark ${format(edit)}; Starlight ${format(peerEdit)}; ratio ${ratio(edit, peerEdit)} (target ≤ 0.3×)`)

  // Cold check against the parse-only floor, same files, same run.
  const check = measure([BIN, 'check', '--root', copy], {env: {SPECMARK_CACHE: '0'}})
  const floor = measure([path.join(ROOT, 'bench/parse-floor.ts'), path.join(copy, 'src')])
  lines.push(`peer cold check: ${format(check)}; unified parse-only floor ${format(floor)}; ratio ${ratio(check, floor)} (target ≤ 1.3×)`)

  // A generated 4× Reference.
  const large = copyReference(4)
  const largeOut = path.join(large, 'dist')
  const four = measure([BIN, 'build', '--root', large, '--out', largeOut])
  const built = fs.existsSync(path.join(largeOut, 'index.html')) ? '' : ' (check found errors: no site written)'
  lines.push(`peer 4× Reference cold build: ${format(four)}${built}; vs 1× ${ratio(four, cold)} (target ≤ 4×)`)

  for (const dir of [copy, large]) fs.rmSync(dir, {recursive: true, force: true})
  return lines
}
