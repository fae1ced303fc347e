/**
 * Commands started from a shell (`src/examples/shell-spawner.ts`) behave as `execFile` would: arguments
 * reach the command as they are, both outputs come back apart, a failure says its exit status, the
 * environment and folder are the ones asked for, a command past its time is killed, and several run at once.
 * Once the shells are closed, the CPU time of their commands is this process's children's, as with Node's own.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {closeShells, runCommand} from '../../src/examples/shell-spawner.ts'

const cwd = os.tmpdir()

describe('runCommand', () => {
  it('passes arguments as they are and returns both outputs', async () => {
    const args = ["it's", 'two words', '$HOME', '`id`', 'a\nb', '', '*']
    const result = await runCommand('printf', ['[%s]\n', ...args], {cwd, timeout: 10_000})
    expect(result).toEqual({ok: true, stdout: args.map((arg) => `[${arg}]\n`).join(''), stderr: '', message: ''})
  })

  it('reports a failing command with its outputs and exit status', async () => {
    const result = await runCommand('sh', ['-c', 'echo out; echo err >&2; exit 3'], {cwd, timeout: 10_000})
    expect(result).toMatchObject({ok: false, stdout: 'out\n', stderr: 'err\n'})
    expect(result.message).toContain('exit code 3')
  })

  it('runs in the folder and the environment asked for, a removed variable included', async () => {
    const dir = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-spawner-')))
    const env: NodeJS.ProcessEnv = {...process.env, SPECMARK_SPAWNER_TEST: "a'b c"}
    delete env.HOME
    const result = await runCommand('sh', ['-c', 'pwd; printf "%s|%s" "$SPECMARK_SPAWNER_TEST" "${HOME-unset}"'], {cwd: dir, env, timeout: 10_000})
    expect(result.stdout).toBe(`${dir}\na'b c|unset`)
    // The next command sees this process's environment again.
    expect((await runCommand('sh', ['-c', 'printf "%s" "${SPECMARK_SPAWNER_TEST-unset}"'], {cwd, timeout: 10_000})).stdout).toBe('unset')
  })

  it('kills a command that runs past its time', async () => {
    const started = Date.now()
    const result = await runCommand('sleep', ['20'], {cwd, timeout: 300})
    expect(result.ok).toBe(false)
    expect(result.message).toContain('timed out')
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('runs several commands at once, each with its own output', async () => {
    const results = await Promise.all(Array.from({length: 6}, (_, index) => runCommand('sh', ['-c', `sleep 0.2; echo ${index}`], {cwd, timeout: 10_000})))
    expect(results.map((result) => result.stdout)).toEqual(['0\n', '1\n', '2\n', '3\n', '4\n', '5\n'])
  })

  it.runIf(process.platform === 'linux' || process.env.CI === 'true')('counts the commands\' CPU time as this process\'s children\'s once the shells are closed', async () => {
    // utime + stime of the waited-for children, in clock ticks (`man 5 proc`).
    const children = async (): Promise<number> => {
      const fields = (await fs.readFile('/proc/self/stat', 'utf8')).split(') ')[1]!.split(' ')
      return Number(fields[13]) + Number(fields[14])
    }
    const before = await children()
    const busy = await runCommand('sh', ['-c', 'i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done; echo done'], {cwd, timeout: 60_000})
    expect(busy.stdout).toBe('done\n')
    await closeShells()
    expect(await children()).toBeGreaterThan(before + 10)
    // A command after the close gets a new shell.
    expect((await runCommand('printf', ['again'], {cwd, timeout: 10_000})).stdout).toBe('again')
  })
})
