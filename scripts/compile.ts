/**
 * Compiles `src/` to JavaScript in `lib/` for the published package (run by `npm pack` through
 * `prepack`): TypeScript writes the modules and their type declarations, then esbuild bundles the modules
 * into a few files (`bundleLib`), and the site renderer is bundled (`src/build/site-renderer.ts`: the
 * Astro site, compiled once like the TypeScript) into `site-renderer/`, so that no build of a
 * specification has to.
 *
 * `--out DIR` writes the modules alone, one per source file, elsewhere: for tests that must not race
 * `npm pack` over lib/, and for the VS Code extension, which bundles the language server from them.
 */
import {execFileSync} from 'node:child_process'
import {build, transform} from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '..')
// `--out DIR` compiles elsewhere (tests that must not race `npm pack` over lib/).
const outAt = process.argv.indexOf('--out')
const LIB = outAt === -1 ? path.join(ROOT, 'lib') : path.resolve(process.argv[outAt + 1]!)

// `--if-missing` (the `prepare` script): compile only when there is no lib/ yet. npm runs `prepare`, not
// `prepack`, when it installs the package from a git URL, so that is where a git install gets its lib/.
if (process.argv.includes('--if-missing') && fs.existsSync(path.join(LIB, 'cli/main.js'))) process.exit(0)

fs.rmSync(LIB, {recursive: true, force: true})
execFileSync(path.join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--outDir', LIB], {cwd: ROOT, stdio: 'inherit'})

const WORKER_URL = /new URL\((['"`])(\.{1,2}\/[^'"`]+)\.ts\1, import\.meta\.url\)/g
/** How a compiled module names a module a thread is started on. */
const THREAD_MODULE = /new URL\((['"`])(\.{1,2}\/[^'"`]+)\.js\1, import\.meta\.url\)/g
/** Packages that load files of their own by path, left out of the bundle (`bundleLib`). */
const LOAD_THEIR_OWN_FILES = ['pagefind', 'tinypool', 'satteri', 'astro', '@astrojs', 'vite', 'playwright-core']
const problems: string[] = []
let rewritten = 0
for (const file of fs.readdirSync(LIB, {recursive: true}).map(String)) {
  if (!file.endsWith('.js')) continue
  const absolute = path.join(LIB, file)
  const text = fs.readFileSync(absolute, 'utf8')
  const next = text.replace(WORKER_URL, (_all, quote: string, module: string) => {
    rewritten++
    return `new URL(${quote}${module}.js${quote}, import.meta.url)`
  })
  if (next !== text) fs.writeFileSync(absolute, next)
  for (const match of next.matchAll(/new URL\([^)]*\.ts['"`]/g)) problems.push(`${file}: ${match[0]}`)
}
if (problems.length > 0) {
  console.error(`compile: module paths still naming .ts sources in lib/:\n${problems.join('\n')}`)
  process.exit(1)
}
console.log(`compile: ${path.relative(ROOT, LIB) || LIB} written (${rewritten} worker module paths rewritten)`)

// The package's lib/ bundled, and the site renderer for the base path `/` shipped with it (not for
// `--out`: modules for a test or for the extension's own bundle).
if (outAt === -1) {
  const bundled = await bundleLib(LIB)
  console.log(`compile: ${path.relative(ROOT, LIB)} bundled (${bundled.entries} entries, ${bundled.chunks} shared chunks, ${await asciiModules(LIB)} made ASCII)`)
  // The hash of the code as bundled, which the cache's keys cover, worked out once here rather than by
  // every run of the installed package.
  const {CODE_HASH_FILE, codeHash} = await import('../src/cache/cache.ts')
  fs.writeFileSync(path.join(LIB, CODE_HASH_FILE), `${codeHash(LIB)}\n`)
  const {buildSiteRenderer, rendererKey, SHIPPED_RENDERER_DIR} = await import('../src/build/site-renderer.ts')
  fs.rmSync(SHIPPED_RENDERER_DIR, {recursive: true, force: true})
  // Keyed without the installed versions: the bundle holds its dependencies.
  const dir = await buildSiteRenderer(SHIPPED_RENDERER_DIR, '/', rendererKey('/', ROOT, {versions: false}))
  console.log(`compile: ${path.relative(ROOT, dir)} written (the site renderer, ${await asciiModules(path.join(dir, 'server'))} modules made ASCII)`)
}

/**
 * The packages the compiled modules import on use (`await import('x')`), left out of the bundle too: a
 * command loads them only when it runs (the language server's protocol library), and esbuild cannot give
 * the names a CommonJS package exports to a dynamic import (Node's own loader can), so bundled they came
 * back without them.
 */
function importedOnUse(lib: string, modules: string[]): string[] {
  const names = new Set<string>()
  for (const file of modules) {
    for (const match of fs.readFileSync(path.join(lib, file), 'utf8').matchAll(/\bimport\((['"`])([^.'"`][^'"`]*)\1\)/g)) {
      const specifier = match[2]!
      if (specifier.startsWith('node:')) continue
      const parts = specifier.split('/')
      names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
    }
  }
  return [...names]
}

/**
 * Replaces the modules in `lib` by a bundle of them, their declarations kept: loading a command took
 * Node's module loader over a thousand modules (specmark's and its dependencies', each resolved, read
 * and linked on its own), a third of a second on every run and again in every worker thread; a bundle
 * is a few files, and leaves out what nothing uses (remark-gfm's serializer, most of zod).
 *
 * The entries are the files something loads by path: the command line, the library, the pool's thread
 * entries, and every module a thread is started on (`new URL('./x.js', import.meta.url)` in the compiled
 * code), each where it was; code they share goes into `lib/chunks/`. Every module's own paths are
 * relative to its folder one level under lib/ (`../../package.json`, `../pipeline/parse-job.js`), so the
 * entries are one level down too (`lib/index.js` re-exports `lib/api/index.js`), and the thread modules'
 * URLs are rewritten from their folder's (`./x.js`) to lib/'s (`../folder/x.js`). Left out: packages
 * that load files of their own by path (pagefind's binary, tinypool's thread entry, satteri's native
 * module, Astro and Vite, which build the site renderer, Playwright), and those imported on use.
 */
async function bundleLib(lib: string): Promise<{entries: number; chunks: number}> {
  const modules = fs.readdirSync(lib, {recursive: true}).map(String).filter((file) => file.endsWith('.js'))
  const entries: Record<string, string> = {'api/index': 'index.js', 'cli/main': 'cli/main.js', 'workers/pool-worker': 'workers/pool-worker.js'}
  for (const file of modules) {
    for (const [, , module] of fs.readFileSync(path.join(lib, file), 'utf8').matchAll(THREAD_MODULE)) {
      const target = path.posix.join(path.dirname(file), `${module}.js`)
      entries[target.slice(0, -'.js'.length)] = target
    }
  }
  for (const [name, file] of Object.entries(entries)) {
    if (name.split('/').length !== 2) throw new Error(`compile: ${file} is not one folder down in lib/; the bundle keeps every entry there`)
  }
  const staging = `${lib}.bundle`
  fs.rmSync(staging, {recursive: true, force: true})
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(lib, file)])),
    outdir: staging,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: [...LOAD_THEIR_OWN_FILES, ...importedOnUse(lib, modules)].flatMap((name) => [name, `${name}/*`]),
    // Bundled CommonJS dependencies call require(); give the ES module output one.
    banner: {js: "import {createRequire as __specmarkRequire} from 'node:module';const require=__specmarkRequire(import.meta.url);"},
    plugins: [
      {
        name: 'thread-module-urls',
        setup(bundler) {
          bundler.onLoad({filter: /\.js$/}, (args) => {
            if (!args.path.startsWith(lib + path.sep)) return undefined
            const folder = path.relative(lib, path.dirname(args.path)).split(path.sep).join('/')
            const contents = fs.readFileSync(args.path, 'utf8').replace(THREAD_MODULE, (_all, quote: string, module: string) => `new URL(${quote}../${path.posix.join(folder, module)}.js${quote}, import.meta.url)`)
            return {contents, loader: 'js'}
          })
        },
      },
    ],
    metafile: true,
    logLevel: 'warning',
  })
  fs.writeFileSync(path.join(staging, 'index.js'), "export * from './api/index.js'\n")
  // Every thread module a bundled file names must be one of the bundle's files.
  for (const file of fs.readdirSync(staging, {recursive: true}).map(String).filter((name) => name.endsWith('.js'))) {
    for (const match of fs.readFileSync(path.join(staging, file), 'utf8').matchAll(/new URL\((['"`])([^'"`]+\.js)\1, import\.meta\.url\)/g)) {
      if (!fs.existsSync(path.join(staging, path.dirname(file), match[2]!))) throw new Error(`compile: ${file} names ${match[2]}, which the bundle does not hold`)
    }
  }
  for (const file of modules) fs.rmSync(path.join(lib, file))
  fs.cpSync(staging, lib, {recursive: true})
  fs.rmSync(staging, {recursive: true, force: true})
  const chunks = Object.keys(result.metafile.outputs).filter((output) => output.includes('/chunks/')).length
  return {entries: Object.keys(entries).length, chunks}
}

/**
 * Rewrites the modules under `dir` that hold a character beyond ASCII into ASCII, and says how many: Node
 * decodes such a module from UTF-8 into a two-byte string on every start, which cost a build of a
 * one-chapter book about 40 ms of CPU (1.39 against 1.43 s, eleven interleaved runs). esbuild writes
 * code in ASCII (`charset: 'ascii'`: escapes in strings, templates, regular expressions and names); the
 * comments it keeps may still hold other characters, which are written here as escapes, meaningless in a
 * comment (a line or paragraph separator as a newline, which it means there). A module is rewritten only
 * where that changed nothing but its comments: minified (comments dropped), it is what it was. Not so
 * where a tagged template holds such a character (Astro's templates), which esbuild leaves as written.
 */
async function asciiModules(dir: string): Promise<number> {
  const NOT_ASCII = /[^\0-\x7f]/
  let rewritten = 0
  for (const file of fs.readdirSync(dir, {recursive: true}).map(String).filter((name) => /\.m?js$/.test(name))) {
    const absolute = path.join(dir, file)
    const source = fs.readFileSync(absolute, 'utf8')
    if (!NOT_ASCII.test(source)) continue
    const options = {loader: 'js', format: 'esm', target: 'esnext', charset: 'ascii', legalComments: 'inline'} as const
    const code = (await transform(source, options)).code
    const ascii = code.replace(/[^\0-\x7f]/gu, (character) =>
      character === '\u2028' || character === '\u2029' ? '\n' : character.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
    )
    const minified = async (text: string) => (await transform(text, {...options, minifyWhitespace: true})).code
    // A tagged template keeps its characters (its raw strings are its meaning): such a module stays as it is.
    if ((await minified(ascii)) !== (await minified(source))) continue
    fs.writeFileSync(absolute, ascii)
    rewritten++
  }
  return rewritten
}
