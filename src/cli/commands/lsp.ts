/**
 * `specmark lsp [--stdio]`: the language server (Language Server Protocol over standard input and
 * output) that editors start; see `src/lsp/server.ts`. It runs until the editor closes the connection.
 * Standard output carries the protocol only, so everything the pipeline might print goes to the
 * editor's log instead.
 */
import type {Command} from 'commander'
import {InputError} from '../../diagnostics/diagnostic.ts'

interface LspCommandOptions {
  root?: string
  cache: boolean
  tests: string[]
  debounce?: string
  maxWait?: string
  serverWatch?: boolean
}

export function registerLsp(program: Command): void {
  program
    .command('lsp')
    .description('run the language server for editors (Language Server Protocol over stdio)')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    .option('--root <dir>', 'spec root (default: the editor\'s workspace folder or its spec/, else found from the first file opened)')
    .option('--no-cache', 'parse every file again instead of reusing cached results')
    .option('--tests <dir>', 'a test folder whose citations the code lens counts (relative to the spec root; repeatable)', (dir: string, all: string[]) => [...all, dir], [])
    .option('--debounce <ms>', 'quiet time after an edit before diagnostics are recomputed (default 100)')
    .option('--max-wait <ms>', 'longest wait for diagnostics while edits keep coming (default 1000)')
    .option('--server-watch', 'watch files on disk in the server even when the editor offers to')
    // Editors add their own flags, such as `--clientProcessId=<pid>`, which the protocol library reads.
    .allowUnknownOption()
    .action(async (options: LspCommandOptions) => {
      // Loaded on use: every other command starts faster without the protocol library.
      const {createConnection, ProposedFeatures} = await import('vscode-languageserver/node')
      const {startServer} = await import('../../lsp/server.ts')
      const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
      const log = (...args: unknown[]): void => connection.console.log(args.map(String).join(' '))
      console.log = log
      console.info = log
      console.warn = log
      const milliseconds = (value: string | undefined, flag: string): number | undefined => {
        if (value === undefined) return undefined
        if (!/^\d+$/.test(value)) throw new InputError(`${flag}: \`${value}\` is not a number of milliseconds`)
        return Number(value)
      }
      startServer(connection, {
        ...(options.root ? {root: options.root} : {}),
        cache: options.cache,
        tests: options.tests,
        debounce: milliseconds(options.debounce, '--debounce'),
        maxWait: milliseconds(options.maxWait, '--max-wait'),
        serverWatch: options.serverWatch === true,
      })
    })
}
