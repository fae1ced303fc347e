/**
 * Vitest's global setup: every temporary file of a run (the tests', and the processes' they start) in one
 * folder, removed when the run ends. Tests make hundreds of folders under the system's temporary folder
 * each run, which were left behind: 28,000 of them after a day's runs, in which a cold build of the
 * Reference then took a second more CPU (creating files there is slower), and the benchmarks, which
 * build there, measured that.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function setup(): () => void {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-tests-'))
  // The workers and every process they start read it (`os.tmpdir()`, and `TMPDIR` in child processes).
  process.env.TMPDIR = folder
  return () => fs.rmSync(folder, {recursive: true, force: true})
}
