/**
 * The `specmark` command line: parses arguments with commander and dispatches to one module per
 * command under `commands/`. Exit status: 0 ok, 1 findings at error level, 2 usage or input problems.
 * User-facing input problems (`InputError`) print as one line; anything else is a specmark bug and
 * prints as an internal error with its stack, so it can be reported.
 */
import {Command, CommanderError} from 'commander'
import {InputError} from '../diagnostics/diagnostic.ts'
import {registerCheck} from './commands/check.ts'
import {commandRegistry} from './commands/registry.ts'

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
  registerCheck(program, setStatus)
  for (const register of commandRegistry) register(program, setStatus)
  try {
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
    process.stderr.write(`specmark internal error (please report it): ${(error as Error).stack ?? String(error)}\n`)
    return 70
  }
}
