// Bundles the extension (dist/extension.js, CommonJS as VS Code loads it) and the included language server
// (dist/server/, ES modules), with the modules its worker threads load as entries of their own beside it:
// specmark's pool starts threads from module files (`new URL('./parse-job.js', import.meta.url)`), and
// tinypool its threads from `entry/worker.js` next to its own code, so the bundle lays them out alike.
// The server is built from specmark's compiled modules, one per source file: compiled here from the
// repository's src/ into .specmark-lib/ (the package's own lib/ is a bundle, whose thread modules sit
// elsewhere), or taken from the folder SPECMARK_LIB names.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
/** How specmark's compiled code names a module a worker thread loads. */
const WORKER_URL = /new URL\((['"`])(\.{1,2}\/[^'"`]+)\.js\1, import\.meta\.url\)/g
const lib = path.resolve(process.env.SPECMARK_LIB ?? compileModules(path.join(here, '.specmark-lib')))
if (!existsSync(path.join(lib, 'lsp/server.js'))) {
  console.error(`build: ${lib}/lsp/server.js is missing; SPECMARK_LIB must name the output of \`node scripts/compile.ts --out DIR\``)
  process.exit(1)
}
rmSync(path.join(here, 'dist'), {recursive: true, force: true})
await build({
  entryPoints: [path.join(here, 'src/extension.js')],
  outfile: path.join(here, 'dist/extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
})
const serverOptions = {
  outdir: path.join(here, 'dist/server'),
  // The server entry imports specmark's compiled modules as `specmark-lib/…`.
  alias: {'specmark-lib': lib},
  // specmark's dependencies, wherever lib/ was compiled to.
  nodePaths: [path.resolve(here, '../../node_modules')],
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  // Bundled CommonJS dependencies call require(); give the ES module output one.
  banner: {js: "import {createRequire as __specmarkRequire} from 'node:module';const require=__specmarkRequire(import.meta.url);"},
  logLevel: 'warning',
}
await build({...serverOptions, entryPoints: {server: path.join(here, 'src/server.mjs'), ...(await workerEntries())}})
mkdirSync(path.join(here, 'dist/server'), {recursive: true})
writeFileSync(path.join(here, 'dist/server/package.json'), '{"type": "module"}\n')
console.log('build: dist/extension.js and dist/server/ written')

/**
 * The entries worker threads load: every module that the server's own code names as
 * `new URL('./x.js', import.meta.url)`, written as dist/server/x.js (all bundles sit in one folder, so the
 * relative URL still holds), and tinypool's thread entry as dist/server/entry/worker.js. Only modules the
 * server reaches are scanned (and, in turn, the worker modules they name): a worker module of another
 * command (`build`'s page job, which renders with Astro) is no part of the server.
 */
async function workerEntries() {
  const entries = {}
  const scanned = new Set()
  for (;;) {
    const {metafile} = await build({...serverOptions, entryPoints: {server: path.join(here, 'src/server.mjs'), ...entries}, write: false, metafile: true, minify: false, logLevel: 'error'})
    const reached = Object.keys(metafile.inputs).map((input) => path.resolve(input)).filter((file) => file.startsWith(lib + path.sep) && !scanned.has(file))
    if (reached.length === 0) break
    for (const file of reached) {
      scanned.add(file)
      for (const [, , module] of readFileSync(file, 'utf8').matchAll(WORKER_URL)) {
        const name = path.basename(module)
        const source = path.join(path.dirname(file), `${module}.js`)
        if (!module.startsWith('./') || module.slice(2).includes('/')) fail(`${path.relative(lib, file)} names ${module}.js outside its own folder; the bundle keeps worker modules in one folder`)
        if (entries[name] !== undefined && entries[name] !== source) fail(`two worker modules are named ${name}.js (${entries[name]}, ${source})`)
        entries[name] = source
      }
    }
  }
  if (entries['pool-worker'] === undefined) fail(`no worker modules found in ${lib}`)
  const tinypool = path.dirname(createRequire(path.join(here, '../../package.json')).resolve('tinypool'))
  entries['entry/worker'] = path.join(tinypool, 'entry/worker.js')
  if (!existsSync(entries['entry/worker'])) fail(`tinypool's thread entry ${entries['entry/worker']} is missing`)
  return entries
}

function fail(message) {
  console.error(`build: ${message}`)
  process.exit(1)
}

/** Compiles the repository's src/ into `out`, one module per file, with the repository's own Node and TypeScript. */
function compileModules(out) {
  const root = path.resolve(here, '../..')
  const node = path.join(root, 'node_modules/node/bin/node')
  if (!existsSync(node)) fail(`${node} is missing; run \`npm install\` in the repository root first`)
  execFileSync(node, [path.join(root, 'scripts/compile.ts'), '--out', out], {cwd: root, stdio: 'inherit'})
  return out
}
