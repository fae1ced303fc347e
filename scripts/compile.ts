/**
 * Compiles `src/` to JavaScript in `lib/` for the published package (run by `npm pack` through
 * `prepack`): TypeScript rewrites the `.ts` of relative imports to `.js`, but not module paths given as
 * strings, so worker modules (`new URL('./x-worker.ts', import.meta.url)`) are rewritten here. The check
 * at the end makes a new kind of `.ts` path in the output a build failure rather than a broken package.
 *
 * Then it bundles the site renderer (`src/build/site-renderer.ts`: the Astro site, compiled once like
 * the TypeScript) into `site-renderer/`, so that no build of a specification has to.
 */
import {execFileSync} from 'node:child_process'
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

// The site renderer for the base path `/`, shipped with the package (not for `--out`: a test's lib/).
if (outAt === -1) {
  const {buildSiteRenderer, rendererKey, SHIPPED_RENDERER_DIR} = await import('../src/build/site-renderer.ts')
  fs.rmSync(SHIPPED_RENDERER_DIR, {recursive: true, force: true})
  // Keyed without the installed versions: the bundle holds its dependencies.
  const dir = await buildSiteRenderer(SHIPPED_RENDERER_DIR, '/', rendererKey('/', ROOT, {versions: false}))
  console.log(`compile: ${path.relative(ROOT, dir)} written (the site renderer)`)
}
