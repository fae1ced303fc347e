/**
 * bench/peer: every speed figure of issue 17 in one run, specmark against a peer — Astro Starlight
 * building the same Reference chapters — interleaved (specmark, Starlight, specmark, Starlight), so that
 * both see the same machine load; ratios are of the same run, in wall time and in CPU time (user +
 * system, which other processes on a shared machine inflate less). The machine's load average is printed
 * before and after. Figures are printed, never asserted.
 *
 * - cold build (no caches, empty output) vs Starlight's cold build (target ≤ 0.6×);
 * - one-chapter edit (a one-word change, caches warm, previous output in place) vs Starlight's
 *   `astro build` after the same edit (target ≤ 0.3×), and how many output files specmark rewrote;
 * - cold `check` vs the unified parse-only floor over the same files (`parse-floor.ts`, target ≤ 1.3×);
 * - peak memory (max RSS of the process and its children) of a cold build;
 * - a generated 4× Reference (`multiplyBook`: each copy's IDs and productions renamed, so it checks
 *   clean) built cold vs the 1× made the same way, in the same run (target ≤ 4×);
 * - `specmark dev`: save to updated page served (`dev.ts`, target ≤ 150 ms).
 *
 * The peer lives in bench/starlight/ with its own package.json (not a dependency of specmark); this
 * script installs it from the npm registry on first use and copies the chapters in (each gets the
 * front-matter title Starlight requires). specmark runs as a user installs it (`installed.ts`: the packed
 * package, whose lib/ is compiled and bundled), not from this checkout's TypeScript sources. Every command
 * runs under GNU time, through this Node, never npx.
 *
 * `PEER_PARTS=cold,edit` (any of cold, 4x, edit, check, dev) runs only those parts; all by default (the
 * peer is set up and the books built cold only for cold, edit and 4x: `PEER_PARTS=check` times check alone).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {REFERENCE} from '../test/helpers/shared.ts'
import {benchDev} from './dev.ts'
import {installPacked} from './installed.ts'
import {multiplyBook} from './navigation-scale.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const PEER = path.join(ROOT, 'bench/starlight')
/** Where the peer's outputs are set aside between cold builds (`setAside`), in its folder, until the end. */
const PEER_TRASH = path.join(PEER, '.bench-trash')
/** The chapter edited, in the generated book (whose first copy is under `copy1/`). */
const EDITED = 'copy1/expressions/if-expr.md'
/** The same chapter in the peer's content folder. */
const PEER_EDITED = 'expressions/if-expr.md'
const ROUNDS = 2

interface Run {
  wall: number
  cpu: number
  /** Max resident set size of the process or any child it waited for, in MB. */
  rss: number
  status: number
  stderr: string
}

function measure(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Run {
  // specmark's cache stays in each book's own folder, which a cold build sets aside (`site`): a cache
  // folder or switch from the caller's environment would make the cold builds warm, or the edits cold.
  const {SPECMARK_CACHE_DIR: _folder, SPECMARK_CACHE: _switch, ...inherited} = process.env
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], {
    cwd: options.cwd ?? ROOT,
    env: {...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...options.env},
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const stderr = result.stderr.toString()
  const line = stderr.split('\n').findLast((text) => text.startsWith('TIME '))
  if (!line) throw new Error(`\`${args.join(' ')}\` printed no timing: ${stderr.slice(-2000)}`)
  const [wall, user, system, rss] = line.slice(5).split(' ').map(Number) as [number, number, number, number]
  const run = {wall, cpu: user + system, rss: rss / 1024, status: result.status ?? -1, stderr}
  if (run.status > 1) throw new Error(`\`${args.join(' ')}\` failed (exit ${run.status}): ${stderr.slice(-2000)}`)
  return run
}

const format = (run: Run): string => `${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, ${run.rss.toFixed(0)} MB peak`
const ratio = (a: Run, b: Run, target: number): string => {
  const wall = a.wall / b.wall
  const cpu = a.cpu / b.cpu
  const verdict = wall <= target && cpu <= target ? 'met' : cpu <= target ? 'met in CPU, not in wall' : wall <= target ? 'met in wall, not in CPU' : 'NOT met'
  return `ratio ${wall.toFixed(2)}× wall, ${cpu.toFixed(2)}× CPU (target ≤ ${target}×: ${verdict})`
}
/** The run of a pair with the least CPU time (the one least disturbed by other work). */
const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.cpu < a.cpu ? b : a))
const load = (): string => os.loadavg().map((value) => value.toFixed(2)).join(', ')

function setUpPeer(): void {
  if (!fs.existsSync(path.join(PEER, 'node_modules/@astrojs/starlight'))) {
    const npm = path.join(path.dirname(process.execPath), 'npm')
    const installed = spawnSync(fs.existsSync(npm) ? npm : 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: PEER, stdio: 'inherit'})
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

/**
 * Adds a word to the end of the chapter's first prose paragraph: body text on both sides. (Appending it to
 * the `# ` title line, as this did before, renamed the chapter for specmark, whose title is in every
 * page's navigation and whose heading anchor links point to, while for Starlight, whose title comes from
 * the front matter, it stayed body text.)
 */
export function editOneWord(file: string, word: string): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  let fenced = false
  let at = -1
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    else if (!fenced && /^[A-Za-z]/.test(line) && !/^r\[/.test(line) && lines.slice(0, index).some((before) => /^# /.test(before))) {
      at = index
      break
    }
  }
  if (at < 0) throw new Error(`${file} has no prose paragraph to edit`)
  while (at + 1 < lines.length && lines[at + 1]!.trim() !== '') at++
  lines[at] = `${lines[at]} ${word}`
  fs.writeFileSync(file, lines.join('\n'))
}

/** Output files written (modified) at or after `since` (ms), of all files under `dir`. */
function written(dir: string, since: number): {changed: number; total: number} {
  let changed = 0
  let total = 0
  for (const entry of fs.readdirSync(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    total++
    if (fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs >= since) changed++
  }
  return {changed, total}
}

/**
 * Moves `dir` (if any) into `trash` instead of deleting it: a cold build starts without it, and no build is
 * measured right after thousands of files were deleted. On ext4 without a journal (this kind of machine:
 * no /proc/fs/jbd2), creating a file skips the inodes deleted in the last minute, one by one: after
 * deleting the previous output, writing the Reference's 2,996 `/id/` folders and pages took 1.7 s instead
 * of 0.1 s, a cost that grows with both counts (Starlight's build makes a tenth as many files) and that a
 * fresh checkout never pays. Both sides' outputs are set aside alike; the trash goes after the last build.
 */
function setAside(dir: string, trash: string): void {
  if (!fs.existsSync(dir)) return
  fs.mkdirSync(trash, {recursive: true})
  fs.renameSync(dir, path.join(trash, `${fs.readdirSync(trash).length}-${path.basename(dir)}`))
}

/** A specmark site to build: a generated copy of the Reference (`times` copies) and its output folder. */
function site(scratch: string, times: number, bin: string): {root: string; out: string; build: string[]; clean: () => void} {
  const trash = path.join(scratch, 'trash')
  const root = path.join(scratch, `reference-${times}x`)
  multiplyBook(REFERENCE, root, times)
  const out = path.join(root, 'dist')
  return {
    root,
    out,
    build: [bin, 'build', '--root', root, '--out', out],
    // A cold build of the spec: no output, no cache. specmark's own site renderer (its templates, bundled
    // once per version of specmark, as its TypeScript is compiled once) is not the spec's: it stays.
    clean: () => {
      for (const dir of [out, path.join(root, '.specmark-cache')]) setAside(dir, trash)
    },
  }
}

/** Runs the whole comparison; each figure is also given to `progress` as soon as it is measured. */
export async function benchPeer(progress: (line: string) => void = () => {}): Promise<string[]> {
  const lines: string[] = []
  const emit = (line: string): void => {
    lines.push(line)
    progress(line)
  }
  const parts = new Set((process.env.PEER_PARTS ?? 'cold,4x,edit,check,dev').split(',').map((part) => part.trim()))
  emit(`peer: load average at start ${load()} (${os.availableParallelism()} cores)`)
  // The edit and the 4× are measured against cold builds; the check and dev parts need neither.
  const builds = ['cold', 'edit', '4x'].some((part) => parts.has(part))
  if (builds) setUpPeer()
  const astro = [path.join(PEER, 'node_modules/astro/bin/astro.mjs'), 'build']
  const cleanPeer = (): void => {
    for (const dir of ['dist', '.astro', 'node_modules/.astro']) setAside(path.join(PEER, dir), PEER_TRASH)
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-peer-'))
  try {
    // specmark as users run it: the packed package, its lib/ compiled and bundled.
    const bin = installPacked(scratch)
    emit('peer: specmark from `npm pack` of this checkout (compiled, bundled lib/), as installed')
    const one = site(scratch, 1, bin)
    const four = parts.has('4x') ? site(scratch, 4, bin) : null

    // Cold builds, interleaved; the 4× among them, so that it sees the same load as the 1×.
    const colds: Run[] = []
    const peerColds: Run[] = []
    const fours: Run[] = []
    for (let round = 0; round < (builds ? ROUNDS : 0); round++) {
      one.clean()
      colds.push(measure(one.build))
      cleanPeer()
      peerColds.push(measure(astro, {cwd: PEER}))
      if (round === 0 && four) {
        four.clean()
        fours.push(measure(four.build))
        if (!fs.existsSync(path.join(four.out, 'index.html'))) throw new Error(`the 4× Reference did not build: ${fours[0]!.stderr.slice(-3000)}`)
      }
    }
    if (builds) {
      const cold = best(colds)
      const peerCold = best(peerColds)
      emit(`peer cold build: specmark ${format(cold)}; Starlight ${format(peerCold)}; ${ratio(cold, peerCold, 0.6)}`)
      emit(`peer peak memory of a cold build (max RSS): specmark ${cold.rss.toFixed(0)} MB, Starlight ${peerCold.rss.toFixed(0)} MB`)
      if (fours[0]) emit(`peer 4× Reference cold build: ${format(fours[0])}; vs 1× ${ratio(fours[0], cold, 4)}`)
    }

    // One-word edits, caches warm and previous output in place (both sides built just before).
    const edits: Run[] = []
    const peerEdits: Run[] = []
    let rewritten = {changed: 0, total: 0}
    for (let round = 0; round < (parts.has('edit') ? ROUNDS : 0); round++) {
      editOneWord(path.join(one.root, 'src', EDITED), `again${round}`)
      const since = Date.now()
      edits.push(measure(one.build))
      rewritten = written(one.out, since - 5)
      editOneWord(path.join(PEER, 'src/content/docs', PEER_EDITED), `again${round}`)
      peerEdits.push(measure(astro, {cwd: PEER}))
    }
    if (parts.has('edit')) {
      const edit = best(edits)
      const peerEdit = best(peerEdits)
      emit(`peer one-chapter edit: specmark ${format(edit)} (rewrote ${rewritten.changed} of ${rewritten.total} output files); Starlight ${format(peerEdit)}; ${ratio(edit, peerEdit, 0.3)}`)
    }

    // Cold check against the parse-only floor, same files, interleaved.
    const checks: Run[] = []
    const floors: Run[] = []
    for (let round = 0; round < (parts.has('check') ? ROUNDS : 0); round++) {
      checks.push(measure([bin, 'check', '--no-cache', '--root', one.root]))
      floors.push(measure([path.join(ROOT, 'bench/parse-floor.ts'), path.join(one.root, 'src')]))
    }
    if (parts.has('check')) {
      const check = best(checks)
      const floor = best(floors)
      emit(`peer cold check: ${format(check)}; unified parse-only floor ${format(floor)}; ${ratio(check, floor, 1.3)}`)
    }
  } finally {
    // The outputs set aside go only now, after every build measured.
    fs.rmSync(scratch, {recursive: true, force: true})
    fs.rmSync(PEER_TRASH, {recursive: true, force: true})
  }
  // The dev figure is reported, not required: a failure (a page not updated in time) is a figure too.
  try {
    if (parts.has('dev')) for (const line of await benchDev()) emit(`peer ${line} (target ≤ 150 ms)`)
  } catch (error) {
    emit(`peer dev (Reference): no figure: ${(error as Error).message}`)
  }
  emit(`peer: load average at end ${load()}`)
  return lines
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchPeer((line) => console.log(line))
}
