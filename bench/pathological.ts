/**
 * bench/pathological: the inputs that once took minutes or crashed (issue 20), each as one chapter of a
 * spec, loaded and checked in a process of its own. Budget per input: 4 s per MiB of source (at least
 * 1 s, for the fixed cost of a run) and 1 GiB of memory. Figures are printed, never asserted; the
 * regression suite asserts the behaviour (`input-too-complex`).
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

export function benchPathological(): string[] {
  const lines: string[] = []
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const body = make()
    const mib = Buffer.byteLength(body) / 2 ** 20
    const budgetMs = Math.max(1000, 4000 * mib)
    const root = specWith(body)
    const result = spawnSync(process.execPath, [CHILD, root], {env: {...process.env, SPECMARK_CACHE: '0'}, encoding: 'utf8', maxBuffer: 1 << 20})
    fs.rmSync(root, {recursive: true, force: true})
    if (result.status !== 0) {
      lines.push(`pathological ${name}: FAILED (status ${result.status}) ${result.stderr.split('\n')[0]}`)
      continue
    }
    const {ms, maxRssMiB, codes} = JSON.parse(result.stdout) as {ms: number; maxRssMiB: number; codes: string[]}
    const within = ms <= budgetMs && maxRssMiB <= 1024
    lines.push(
      `pathological ${name} (${(mib * 1024).toFixed(0)} KiB): load+check ${(ms / 1000).toFixed(2)} s (budget ${(budgetMs / 1000).toFixed(1)} s), ` +
        `${maxRssMiB.toFixed(0)} MiB peak; ${codes.join(', ') || 'no errors'}; ${within ? 'within budget' : 'OVER BUDGET'} (before: ${BEFORE[name]})`
    )
  }
  return lines
}
