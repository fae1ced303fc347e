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
/**
 * V8 flags for the commands that read a whole specification once and exit (not `dev` or `lsp`, which run
 * for hours), set where the user did not set them (see `batchFlags`). V8 flags are the process's, so the
 * worker threads get them too.
 * - A smaller young generation than V8's: it sizes one from the heap limit, up to 64 MB a semi-space on a
 *   machine with a few GB, and the garbage of these runs dies young either way; a large one is paid in
 *   fresh pages faulted in (system time) and cache misses. `--max-semi-space-size=8` for `check` (a cold
 *   `check` of the Reference spent a fifth to a quarter more CPU without it) and for a `build` that
 *   renders only what changed (a one-chapter edit of the Reference 13% more: 2.66 against 2.31 s of CPU,
 *   best of four interleaved; of the generated 4× Reference 6.79 against 6.56 s). 16 MB for a `build`
 *   that renders every chapter, whose model and rendered chapters outgrow 8 MB (the generated 4×
 *   Reference built 4.41× slower than the 1× with 8 MB instead of 2.4×): interleaved cold builds of the
 *   Reference took 9.05 s of CPU against 10.34 s (best of three) and 460 MB against 670 MB at most,
 *   the 4× Reference 27.2 s against 30.6 s (best of two).
 * - `--max-opt=2`: Maglev is the top tier, no TurboFan. In a run of seconds, TurboFan's compiles (on V8's
 *   background threads, with Maglev's a tenth of a cold build's CPU in a profile, each thread compiling
 *   the same functions again) cost more than its faster code gives back: interleaved cold builds of the
 *   Reference took 15.7 s of CPU and 9.6 s wall against 17.2 s and 10.3 s (five pairs, each pair won),
 *   the generated 4x Reference the same or less; `check` 8% less CPU.
 * - `--max-opt=1` for a `build` that renders only what changed: no optimizing compiler at all. Its few
 *   seconds of work are too short to pay back Maglev's compiles (on V8's background threads): a
 *   one-chapter edit of the Reference took 2.83 s of CPU against 3.08 s with V8's tiers (six interleaved
 *   runs, each won) in the same wall time (2.25 against 2.29 s). An edit of the generated 4× Reference
 *   took 7.2 s of CPU against 7.4 s, but 0.27 s longer (5.97 against 5.70 s, eight pairs).
 */
const BATCH_FLAGS = {
  check: ['--max-semi-space-size=8', '--max-opt=2'],
  /** A build that renders every chapter (`rendersEverything`). */
  build: ['--max-semi-space-size=16', '--max-opt=2'],
  /** A build that renders what changed. */
  'build (incremental)': ['--max-semi-space-size=8', '--max-opt=1'],
}

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
/** The V8 flags this command is run with, beyond those already set (asked once: it may look for the cache). */
const flags = batchFlags()

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
  // A batch command gets its flags here, so that the second Node need not start a third.
  const child = require('node:child_process').spawn(runtime, [...flags, self, ...args], {stdio: 'inherit', env: {...process.env, SPECMARK_REEXEC: '1'}})
  // The child gets the terminal's signals itself; forwarding covers signals sent to this process alone.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    process.stderr.write(`specmark: cannot start ${runtime}: ${error.message}\n`)
    process.exit(2)
  })
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal === 'SIGINT' ? 2 : 15)))
} else if (flags.length > 0 && typeof process.execve === 'function' && process.platform !== 'win32') {
  // The same command again, in this process (execve keeps its id, stdio and exit status), with the V8
  // flags of a batch run (`BATCH_FLAGS`), which V8 reads only as it starts. One Node start-up (~40 ms).
  process.execve(process.execPath, [process.execPath, ...flags, ...process.execArgv, self, ...args], process.env)
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
 * The flags of `BATCH_FLAGS` for this command that are not set already (by an earlier start of the
 * launcher, or by the user: `node --max-opt=3 …`, or NODE_OPTIONS where V8 allows the flag there).
 * Where `process.execve` is missing or unavailable (Windows, where it throws) the command runs without them.
 */
function batchFlags() {
  const found = args.find((arg) => !arg.startsWith('-'))
  const command = found === 'build' && !rendersEverything() ? 'build (incremental)' : found
  const wanted = Object.hasOwn(BATCH_FLAGS, command) ? BATCH_FLAGS[command] : []
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map(flagName)
  return wanted.filter((flag) => !given.includes(flagName(flag)))
}

/**
 * Whether the build will render every chapter: its cache is off (`--no-cache`, `SPECMARK_CACHE=0`), or
 * the spec's cache holds no rendered chapters. The rule of `rendersCold` (src/render/render-warmup.ts)
 * and of the cache's folder (`cacheDir`, src/cache/cache.ts), restated so that the launcher loads
 * nothing; `test/cli/check.test.ts` holds the two to the same answers.
 */
function rendersEverything() {
  if (args.includes('--no-cache') || process.env.SPECMARK_CACHE === '0') return true
  const at = args.findIndex((arg) => arg === '--root' || arg.startsWith('--root='))
  const root = at < 0 ? defaultRoot() : args[at] === '--root' ? (args[at + 1] ?? 'spec') : args[at].slice('--root='.length)
  return !fs.existsSync(path.join(cacheFolder(root), 'render'))
}

/** The root without `--root`: `spec`, or the working folder when it is a spec's (`defaultRoot` in src/cli/options.ts). */
function defaultRoot() {
  return !fs.existsSync('spec') && (fs.existsSync('outline.yaml') || fs.existsSync('book.toml')) ? '.' : 'spec'
}

/** The cache folder of the spec at `root`: under the nearest folder up holding `.git` or `package.json`. */
function cacheFolder(root) {
  if (process.env.SPECMARK_CACHE_DIR) return path.resolve(process.env.SPECMARK_CACHE_DIR)
  const start = path.resolve(root)
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, '.git')) || fs.existsSync(path.join(folder, 'package.json'))) return path.join(folder, '.specmark-cache')
    if (path.dirname(folder) === folder) return path.join(start, '.specmark-cache')
  }
}

/** A flag's name, `-` and `_` alike (V8 reads both): `--max-semi-space-size=8` -> `--max-semi-space-size`. */
function flagName(flag) {
  return flag.split('=')[0].replaceAll('_', '-')
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
