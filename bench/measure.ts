/**
 * Measuring whole-process wall time: runs a command several times and reports the median, so that one
 * slow start (a cold disk cache, another process) does not decide the figure.
 */
import {spawnSync} from 'node:child_process'

export interface Timing {
  runs: number[]
  median: number
}

/** Runs `args` with this Node `times` times (after `setup` each time, if given) and times each run. */
export function timeCommand(args: string[], options: {times: number; env?: NodeJS.ProcessEnv; setup?: () => void}): Timing {
  const runs: number[] = []
  for (let run = 0; run < options.times; run++) {
    options.setup?.()
    const start = performance.now()
    const result = spawnSync(process.execPath, args, {env: {...process.env, ...options.env}, stdio: ['ignore', 'ignore', 'pipe']})
    const elapsed = performance.now() - start
    if (result.status !== 0 && result.status !== 1) {
      throw new Error(`\`${args.join(' ')}\` failed with status ${result.status}: ${result.stderr.toString()}`)
    }
    runs.push(elapsed)
  }
  const sorted = [...runs].sort((a, b) => a - b)
  return {runs, median: sorted[Math.floor(sorted.length / 2)]!}
}

export function formatTiming(label: string, timing: Timing): string {
  return `${label}: median ${(timing.median / 1000).toFixed(3)} s over ${timing.runs.length} runs (${timing.runs.map((run) => (run / 1000).toFixed(2)).join(', ')})`
}
