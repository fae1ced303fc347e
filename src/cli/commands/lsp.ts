/**
 * `specmark lsp [--stdio]`: the language server (Language Server Protocol over standard input and
 * output) that editors start; see `src/lsp/server.ts`. It runs until the editor closes the connection.
 * Standard output carries the protocol only, so everything the pipeline might print goes to the
 * editor's log instead.
 */
import type {Command} from 'commander'

interface LspCommandOptions {
  root?: string
  cache: boolean
}

export function registerLsp(program: Command): void {
  program
    .command('lsp')
    .description('run the language server for editors (Language Server Protocol over stdio)')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    .option('--root <dir>', 'spec root (default: the editor\'s workspace folder or its spec/, else found from the first file opened)')
    .option('--no-cache', 'parse every file again instead of reusing cached results')
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
      startServer(connection, {...(options.root ? {root: options.root} : {}), cache: options.cache})
    })
}
