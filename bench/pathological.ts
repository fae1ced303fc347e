/**
 * bench/pathological: the inputs that once took minutes or crashed (issue 20), each as one chapter of a
 * spec, loaded and checked in a process of its own. Budget per input: 4 s per MiB of source on top of
 * the fixed cost of a run (loading and checking an ordinary one-paragraph chapter, measured first in the
 * same run: on a loaded machine it alone can take more than a second), and 1 GiB of memory. Figures are
 * printed, never asserted; the regression suite asserts the behaviour (`input-too-complex`).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {BEFORE, PATHOLOGICAL} from './pathological-inputs.ts'

const CHILD = path.resolve(import.meta.dirname, 'pathological-child.ts')

function specWith(body: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-patho-'))
  fs.writeFileSync(path.join(root, 'outline.yaml'), 'title: T\nversion: 1.0.0\nparts:\n  - id: main\n    title: Main\n    topics:\n      - {id: main, title: Main, owner: [T-lang], prefix: main, file: main.md}\n')
  fs.writeFileSync(path.join(root, 'main.md'), `---\ntopic: main\nowner: [T-lang]\nstatus: draft\n---\n# Main\n\nr[main.intro]\nIntro.\n\n${body}`)
  return root
}

interface Measured {
  ms: number
  maxRssMiB: number
  codes: string[]
}

/** Loads and checks a spec of one chapter with `body` in a fresh process; null when that failed. */
function measure(body: string): Measured | {failed: string} {
  const root = specWith(body)
  const result = spawnSync(process.execPath, [CHILD, root], {env: {...process.env, SPECMARK_CACHE: '0'}, encoding: 'utf8', maxBuffer: 1 << 20})
  fs.rmSync(root, {recursive: true, force: true})
  if (result.status !== 0) return {failed: `status ${result.status}: ${result.stderr.split('\n')[0]}`}
  return JSON.parse(result.stdout) as Measured
}

export function benchPathological(): string[] {
  const lines: string[] = []
  // The fixed cost of a run (worker pool, git for the source stamp, module loading), taken as the faster
  // of two ordinary chapters.
  const baselines = [measure('An ordinary paragraph.\n'), measure('An ordinary paragraph.\n')].map((run) => ('ms' in run ? run.ms : Number.POSITIVE_INFINITY))
  const fixedMs = Math.min(...baselines)
  lines.push(`pathological baseline (an ordinary one-paragraph chapter): load+check ${(fixedMs / 1000).toFixed(2)} s, the fixed cost every budget below adds`)
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const body = make()
    const mib = Buffer.byteLength(body) / 2 ** 20
    const budgetMs = fixedMs + 4000 * mib
    // The faster of two runs, as the baseline is: a run of tens of milliseconds is within a scheduler
    // hiccup of the budget of a few-KiB input (baseline + 8 ms for 2 KiB).
    const runs = [measure(body), measure(body)]
    const failed = runs.find((candidate) => 'failed' in candidate)
    if (failed && 'failed' in failed) {
      lines.push(`pathological ${name}: FAILED (${failed.failed})`)
      continue
    }
    const run = (runs as Measured[]).reduce((best, candidate) => (candidate.ms < best.ms ? candidate : best))
    const within = run.ms <= budgetMs && run.maxRssMiB <= 1024
    lines.push(
      `pathological ${name} (${(mib * 1024).toFixed(0)} KiB): load+check ${(run.ms / 1000).toFixed(2)} s, ${((run.ms - fixedMs) / 1000).toFixed(2)} s over the baseline ` +
        `(budget ${(budgetMs / 1000).toFixed(2)} s: baseline + 4 s/MiB), ${run.maxRssMiB.toFixed(0)} MiB peak; ${run.codes.join(', ') || 'no errors'}; ` +
        `${within ? 'within budget' : 'OVER BUDGET'} (before: ${BEFORE[name]})`
    )
  }
  return lines
}
