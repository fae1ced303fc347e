// Bundles the extension (dist/extension.js, CommonJS as VS Code loads it) and the included language server
// (dist/server/, ES modules).
// The server is built from specmark's compiled lib/ (`npm run compile` in the repository root first), or
// from the folder SPECMARK_LIB names.
import {existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const lib = path.resolve(process.env.SPECMARK_LIB ?? path.join(here, '../../lib'))
if (!existsSync(path.join(lib, 'lsp/server.js'))) {
  console.error(`build: ${lib}/lsp/server.js is missing; run \`npm run compile\` in the repository root first`)
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
await build({
  // One entry: the included server runs everything on its own thread (see src/server.mjs).
  entryPoints: {server: path.join(here, 'src/server.mjs')},
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
})
mkdirSync(path.join(here, 'dist/server'), {recursive: true})
writeFileSync(path.join(here, 'dist/server/package.json'), '{"type": "module"}\n')
console.log('build: dist/extension.js and dist/server/ written')
