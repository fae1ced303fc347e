/** Runs the `specmark` command as a user would: a separate process, its output and exit status. */
import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)
const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

export async function specmark(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  return specmarkIn(process.cwd(), ...args)
}

/** The same, run in the folder `cwd`. */
export async function specmarkIn(cwd: string, ...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [BIN, ...args], {cwd, env: {...process.env, SPECMARK_CACHE: '0'}, maxBuffer: 64 << 20})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string}
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr}
  }
}
