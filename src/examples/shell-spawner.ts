/**
 * Starts compilers from small shells instead of from Node. Node (libuv) starts every child by forking its
 * own process, whose cost grows with the memory it maps: 10–20 ms of CPU a start in a process holding a
 * model and a test runner, over a thousand times a conformance run. A shell forks in a fraction of that.
 * Each shell runs one command at a time, its output going to files, and answers with the command's
 * process ID (for the timeout) and exit status. Where there is no POSIX shell (Windows), or a shell
 * fails, the command is started by Node as before. The verdict is the same either way; a failure's
 * message is not (a missing program is the shell's exit status 127, where Node says ENOENT).
 */
import {execFile, spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'

const execFileAsync = promisify(execFile)
const SHELL = '/bin/sh'

export interface CommandResult {
  ok: boolean
  stdout: string
  stderr: string
  /** What failed, when the command did not exit 0 (its exit status, a signal or a timeout). */
  message: string
}

export interface CommandOptions {
  cwd: string
  /** The command's environment (this process's by default). */
  env?: NodeJS.ProcessEnv
  timeout: number
}

/** A shell waiting for commands on its standard input; answers one line per event on its output. */
class Shell {
  readonly process: ChildProcessWithoutNullStreams
  /** This process's environment when the shell started: the shell's own, which its commands inherit. */
  readonly environment = environmentKey()
  private buffer = ''
  /** Lines the shell wrote that nobody waits for yet, and those waiting for a line. */
  private readonly received: string[] = []
  private readonly lines: Array<(line: string | null) => void> = []
  dead = false

  constructor() {
    this.process = spawn(SHELL, [], {stdio: 'pipe'})
    this.busy(false)
    this.process.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.buffer += chunk
      for (let at = this.buffer.indexOf('\n'); at !== -1; at = this.buffer.indexOf('\n')) {
        const line = this.buffer.slice(0, at)
        this.buffer = this.buffer.slice(at + 1)
        const waiting = this.lines.shift()
        if (waiting) waiting(line)
        else this.received.push(line)
      }
    })
    this.process.stderr.resume()
    const die = () => {
      this.dead = true
      for (const waiting of this.lines.splice(0)) waiting(null)
    }
    this.process.on('exit', die)
    this.process.on('error', die)
    this.process.stdin.on('error', die)
  }

  /**
   * A shell keeps this process alive while it runs a command, never while idle: it ends when its input
   * closes, with this process.
   */
  busy(busy: boolean): void {
    for (const handle of [this.process, this.process.stdin, this.process.stdout, this.process.stderr] as unknown as Array<{ref?: () => void; unref?: () => void}>) {
      if (busy) handle.ref?.()
      else handle.unref?.()
    }
  }

  line(): Promise<string | null> {
    if (this.received.length > 0) return Promise.resolve(this.received.shift()!)
    return this.dead ? Promise.resolve(null) : new Promise((resolve) => this.lines.push(resolve))
  }
}

const environmentKey = (): string => JSON.stringify(Object.entries(process.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`
const idle: Shell[] = []
const usable = process.platform !== 'win32' && existsSync(SHELL)

/**
 * Ends the idle shells and waits for them to exit. A run calls it when it is done: a shell that outlives
 * this process is left to the system, and the CPU time of the commands it ran is then counted for no one
 * (not in this process's children's time, which `time` and CI's step timings read).
 */
export async function closeShells(): Promise<void> {
  const shells = idle.splice(0)
  await Promise.all(
    shells.map((shell) => {
      if (shell.dead) return Promise.resolve()
      const exited = new Promise<void>((resolve) => shell.process.once('exit', () => resolve()))
      shell.busy(true)
      shell.process.stdin.end()
      return exited
    })
  )
}

/** Runs `command` with `args` in `options.cwd`, as `execFile` would, and reads both its outputs. */
export async function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  if (usable) {
    const result = await throughShell(command, args, options).catch(() => null)
    if (result) return result
  }
  return throughNode(command, args, options)
}

async function throughShell(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult | null> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-run-'))
  const [out, err] = [path.join(dir, 'stdout'), path.join(dir, 'stderr')]
  // A shell started before this process's environment changed would give its commands the old one.
  const environment = environmentKey()
  let shell = idle.pop()
  while (shell && (shell.dead || shell.environment !== environment)) {
    shell.process.kill()
    shell = idle.pop()
  }
  shell ??= new Shell()
  try {
    // Variables that differ from this process's are set for the command; none may be removed.
    const changed = Object.entries(options.env ?? {}).filter(([name, value]) => value !== undefined && process.env[name] !== value)
    if (options.env && Object.keys(process.env).some((name) => !(name in options.env!))) return null
    if (changed.some(([name]) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))) return null
    const env = changed.map(([name, value]) => `${name}=${quote(value!)} `).join('')
    // The command runs in the background so that its process ID can be told (and killed on timeout).
    // The shell is reused: a relative folder would be taken from the previous command's.
    const script = `cd ${quote(path.resolve(options.cwd))} && { ${env}${[command, ...args].map(quote).join(' ')} >${quote(out)} 2>${quote(err)} </dev/null & echo "p $!"; wait "$!"; echo "x $?"; } || echo "x cd"\n`
    shell.busy(true)
    shell.process.stdin.write(script)
    let pid: number | null = null
    let timedOut = false
    let timer: NodeJS.Timeout | undefined
    for (;;) {
      const line = await shell.line()
      if (line === null) return null
      if (line.startsWith('p ')) {
        pid = Number(line.slice(2))
        timer = setTimeout(() => {
          timedOut = true
          // The command may have ended meanwhile.
          if (pid !== null) {
            try {
              process.kill(pid, 'SIGTERM')
            } catch {}
          }
        }, options.timeout)
        continue
      }
      clearTimeout(timer)
      const status = line.slice(2)
      if (status === 'cd') return null
      const [stdout, stderr] = await Promise.all([fs.readFile(out, 'utf8'), fs.readFile(err, 'utf8')])
      shell.busy(false)
      idle.push(shell)
      shell = undefined
      const code = Number(status)
      const message = timedOut ? `Command timed out after ${options.timeout} ms: ${command}` : code === 0 ? '' : code > 128 ? `Command killed by signal ${code - 128}: ${command}` : `Command failed with exit code ${code}: ${command}`
      return {ok: code === 0 && !timedOut, stdout, stderr, message}
    }
  } finally {
    // A shell left mid-command (an error reading the output) is not reused.
    if (shell && !idle.includes(shell)) shell.process.kill()
    await fs.rm(dir, {recursive: true, force: true})
  }
}

async function throughNode(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  try {
    const {stdout, stderr} = await execFileAsync(command, [...args], {cwd: options.cwd, env: options.env, timeout: options.timeout, maxBuffer: 16 << 20})
    return {ok: true, stdout, stderr, message: ''}
  } catch (error) {
    const failure = error as {stdout?: string; stderr?: string; message: string}
    return {ok: false, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '', message: failure.message}
  }
}
