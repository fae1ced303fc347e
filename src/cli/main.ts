/**
 * The `specmark` command line: parses arguments with commander and dispatches to one module per
 * command under `commands/`. Exit status: 0 ok, 1 findings at error level, 2 usage or input problems.
 * User-facing input problems (`InputError`) print as one line; anything else is a specmark bug and
 * prints as one line naming the phase and input it happened in (exit 70); `SPECMARK_DEBUG=1` adds the
 * stack. A deep recursion (`RangeError`) is reported the same way, never as a trace.
 */
import {readFileSync} from 'node:fs'
import {Command, CommanderError} from 'commander'
import {InputError} from '../diagnostics/diagnostic.ts'
import {escapeControls} from '../diagnostics/escape.ts'
import {PhaseError} from '../diagnostics/phase.ts'
import {closePool} from '../workers/pool.ts'
import {checkEnvironment} from './environment.ts'
import {COMMANDS} from './commands/index.ts'

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_USAGE = 2

/** Runs the CLI with `argv` (without node and script) and resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let status = EXIT_OK
  const program = new Command('specmark')
    .description('Builds, checks and publishes a Rust specification written in markdown')
    .exitOverride()
    .configureOutput({writeErr: (text) => process.stderr.write(text)})
    .showHelpAfterError('(run `specmark --help` for usage)')
  const setStatus = (code: number): void => {
    status = Math.max(status, code)
  }
  try {
    checkEnvironment()
    program.version(packageVersion())
    // Only the command being run is loaded; `--help`, `help` or an unknown word load them all.
    const name = argv.find((arg) => !arg.startsWith('-'))
    const chosen = COMMANDS.filter(([command]) => command === name)
    for (const [, load] of chosen.length > 0 ? chosen : COMMANDS) (await load())(program, setStatus)

    await program.parseAsync(argv, {from: 'user'})
    return status
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE
    }
    if (error instanceof InputError) {
      process.stderr.write(`specmark: error: ${error.message}\n`)
      return EXIT_USAGE
    }
    return reportCrash(error)
  } finally {
    // The pool's idle threads would keep the process alive until they time out.
    await closePool()
  }
}

export const EXIT_INTERNAL = 70

/** One line for a failure that is not the input's fault (the stack only with `SPECMARK_DEBUG=1`). */
function reportCrash(error: unknown): number {
  process.stderr.write(`${crashLine(error)}\n`)
  if (process.env.SPECMARK_DEBUG === '1') {
    const root = error instanceof PhaseError ? error.cause : error
    process.stderr.write(`${(root as Error)?.stack ?? String(root)}\n`)
  }
  return EXIT_INTERNAL
}

/** The one line a crash prints: the phase and input when known, the error's first line. */
export function crashLine(error: unknown): string {
  const where = error instanceof PhaseError ? error.message : `${(error as Error)?.message?.split('\n')[0] ?? String(error)}`
  return `specmark: internal error in ${escapeControls(where)} (please report it; SPECMARK_DEBUG=1 shows the details)`
}

/** The package's version (package.json is two folders up from both `src/cli/` and `lib/cli/`). */
function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
}
