#!/usr/bin/env node
// The `specmark` command: a launcher that stays cheap and runs on any Node >= 20.
// - `--version` is answered from package.json, without loading the command line.
// - Installed as a package (under node_modules, or without src/), it runs the compiled JavaScript in lib/;
//   in the checkout it runs the TypeScript sources directly (Node's type stripping, Node >= 22.18).
// - On a Node too old for that (Astro needs >= 22.12), it runs itself again under the Node that the
//   `node` dependency brings (node_modules/node/bin/node), so users on Node 20 need nothing else.
import {spawn} from 'node:child_process'
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const self = realpathSync(fileURLToPath(import.meta.url))
const packageRoot = path.dirname(path.dirname(self))
const args = process.argv.slice(2)

if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).version}\n`)
  process.exit(0)
}

const installed = packageRoot.split(path.sep).includes('node_modules') || !existsSync(path.join(packageRoot, 'src'))
const entry = installed ? path.join(packageRoot, 'lib/cli/main.js') : path.join(packageRoot, 'src/cli/main.ts')
const [needMajor, needMinor] = installed ? [22, 12] : [22, 18]
const [major, minor] = process.versions.node.split('.').map(Number)

if (major < needMajor || (major === needMajor && minor < needMinor)) {
  const runtime = bundledNode()
  if (runtime === null || process.env.SPECMARK_REEXEC === '1') {
    process.stderr.write(
      `specmark: Node ${process.versions.node} is too old (specmark needs >= ${needMajor}.${needMinor}), and the Node ` +
        'that specmark brings (its `node` dependency) is not installed. Reinstall specmark with install scripts ' +
        'allowed for `node` (`npm install-scripts approve node`), or use Node >= 22.12.\n'
    )
    process.exit(2)
  }
  const child = spawn(runtime, [self, ...args], {stdio: 'inherit', env: {...process.env, SPECMARK_REEXEC: '1'}})
  // The child gets the terminal's signals itself; forwarding covers signals sent to this process alone.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    process.stderr.write(`specmark: cannot start ${runtime}: ${error.message}\n`)
    process.exit(2)
  })
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (signal === 'SIGINT' ? 2 : 15)))
} else {
  const {main} = await import(entry)
  process.exitCode = await main(args)
}

/** The Node executable of the `node` dependency, or null when it is missing. */
function bundledNode() {
  try {
    const manifest = createRequire(self).resolve('node/package.json')
    const executable = path.join(path.dirname(manifest), process.platform === 'win32' ? 'bin/node.exe' : 'bin/node')
    return existsSync(executable) ? executable : null
  } catch {
    return null
  }
}
