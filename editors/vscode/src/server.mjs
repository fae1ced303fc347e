// The language server included in the extension, for workspaces that have no specmark installed: the same
// server as `specmark lsp --stdio` (compiled from src/lsp), bundled with its dependencies by build.mjs.
// It runs under VS Code's own Node.
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from 'specmark-lib/lsp/server.js'

// specmark's worker pool runs here as in the package: build.mjs writes the modules its threads load beside
// this bundle.
const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout)
// Standard output carries the protocol only.
const log = (...args) => connection.console.log(args.map(String).join(' '))
console.log = log
console.info = log
console.warn = log
const rootAt = process.argv.indexOf('--root')
startServer(connection, rootAt !== -1 ? {root: process.argv[rootAt + 1]} : {})
