#!/usr/bin/env node
// The `specmark` command: a launcher that stays cheap and runs on any Node >= 20.
// - CommonJS, so that Node does not start its ES module loader for `--version` (measurably cheaper than
//   an ES module entry; see bench/startup.ts), and every module is required only on the path that needs it.
// - `--version` is answered from package.json, without loading the command line.
// - Installed as a package (under node_modules, or without src/), it runs the compiled JavaScript in lib/;
//   in the checkout it runs the TypeScript sources directly (Node's type stripping, Node >= 22.18).
// - On a Node too old for that (Astro needs >= 22.12), it runs itself again under the Node that the
//   `node` dependency brings (node_modules/node/bin/node), so users on Node 20 need nothing else.
//   `--help` is the exception: commander and the command modules' registration run on any Node >= 20, so
//   no second Node is started for it.
'use strict'

const args = process.argv.slice(2)
/** A semi-space of the young generation for batch commands (see `youngGenerationUnset`). */
const YOUNG_GENERATION = '--max-semi-space-size=8'
/**
 * The commands `YOUNG_GENERATION` is for: short runs over a whole specification (not dev or lsp). Not
 * `build`: it made a one-chapter edit of the Reference faster (4.28 -> 3.94 s wall, interleaved), but a
 * generated 4x Reference 4.41x slower than the 1x instead of 2.4x (more of its data outlives a small
 * young generation).
 */
const BATCH_COMMANDS = new Set(['check'])

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const {readFileSync} = require('node:fs')
  process.stdout.write(`${JSON.parse(readFileSync(`${__dirname}/../package.json`, 'utf8')).version}\n`)
  process.exit(0)
}

const fs = require('node:fs')
const path = require('node:path')
const self = fs.realpathSync(__filename)
const packageRoot = path.dirname(path.dirname(self))
const installed = packageRoot.split(path.sep).includes('node_modules') || !fs.existsSync(path.join(packageRoot, 'src'))
const entry = installed ? path.join(packageRoot, 'lib/cli/main.js') : path.join(packageRoot, 'src/cli/main.ts')
const [needMajor, needMinor] = installed ? [22, 12] : [22, 18]
const [major, minor] = process.versions.node.split('.').map(Number)
const helpOnly = installed && args.length === 1 && (args[0] === '--help' || args[0] === '-h')

if (!helpOnly && (major < needMajor || (major === needMajor && minor < needMinor))) {
  const runtime = bundledNode()
  if (runtime === null || process.env.SPECMARK_REEXEC === '1') {
    process.stderr.write(
      `specmark: Node ${process.versions.node} is too old (specmark needs >= ${needMajor}.${needMinor}), and the Node ` +
        'that specmark brings (its `node` dependency) is not installed. Reinstall specmark with install scripts ' +
        'allowed for `node` (`npm install-scripts approve node`), or use Node >= 22.12.\n'
    )
    process.exit(2)
  }
  // A batch command gets its young generation here, so that the second Node need not start a third.
  const flags = youngGenerationUnset() ? [YOUNG_GENERATION] : []
  const child = require('node:child_process').spawn(runtime, [...flags, self, ...args], {stdio: 'inherit', env: {...process.env, SPECMARK_REEXEC: '1'}})
  // The child gets the terminal's signals itself; forwarding covers signals sent to this process alone.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    process.stderr.write(`specmark: cannot start ${runtime}: ${error.message}\n`)
    process.exit(2)
  })
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal === 'SIGINT' ? 2 : 15)))
} else if (youngGenerationUnset() && typeof process.execve === 'function' && process.platform !== 'win32') {
  // The same command again, in this process (execve keeps its id, stdio and exit status), with a young
  // generation sized for a batch run: V8 sizes it from the heap limit, up to 64 MB a semi-space on a
  // machine with a few GB, and a cold `check` of the Reference spends a fifth to a quarter of its CPU
  // more with it than with 8 MB (fresh pages faulted in, cache misses; its garbage dies young either
  // way). V8 flags are the process's, so the worker threads get it too. One Node start-up (~40 ms).
  process.execve(process.execPath, [process.execPath, YOUNG_GENERATION, ...process.execArgv, self, ...args], process.env)
} else {
  // Node >= 22.1 keeps compiled code on disk between runs (lib/ is the same every time).
  require('node:module').enableCompileCache?.()
  import(require('node:url').pathToFileURL(entry).href)
    .then(({main}) => main(args))
    .then((status) => {
      process.exitCode = status
    })
}

/**
 * Whether this is a command that reads a whole specification once and exits, run without a semi-space
 * size set (by an earlier start of the launcher, or by the user: `node --max-semi-space-size=…` or
 * NODE_OPTIONS). Where `process.execve` is missing or unavailable (Windows, where it throws) it runs as it is.
 */
function youngGenerationUnset() {
  const command = args.find((arg) => !arg.startsWith('-'))
  if (!BATCH_COMMANDS.has(command)) return false
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  return !given.some((flag) => /^--max[-_]semi[-_]space[-_]size\b/.test(flag))
}

/** The Node executable of the `node` dependency, or null when it is missing. */
function bundledNode() {
  try {
    const manifest = require('node:module').createRequire(self).resolve('node/package.json')
    const executable = path.join(path.dirname(manifest), process.platform === 'win32' ? 'bin/node.exe' : 'bin/node')
    return fs.existsSync(executable) ? executable : null
  } catch {
    return null
  }
}
