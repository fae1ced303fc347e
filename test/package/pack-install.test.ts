/**
 * The package as a user gets it: `npm pack` of this checkout, installed with `npm install -D <tarball>`
 * into a fresh folder under the machine's own Node (20 on CI, older than Astro needs, so the launcher
 * must run specmark under the Node the package brings), then `specmark init`, `check` and `build` of the
 * scaffolded spec, and a build of the Rust Reference (the suite's one build of it: the Reference site's
 * checks, `test/helpers/reference-site.ts`, run on it); then the same from a git URL (a clone of this
 * checkout's HEAD): `npx specmark --version` and a check of a scaffolded spec. Slow (two installs and three
 * builds; the tarball tests share one installed copy), hence one test file of its own; the npm cache makes
 * the installs mostly local.
 *
 * The git URL is installed over the tarball's install, in the same project, once the tarball's tests are
 * done: npm clones, installs the clone's dev tools and runs `prepare` exactly as in a fresh project, then
 * replaces the package and keeps the dependencies already there. Those are the ones a fresh project would
 * get (same package.json: when this was written, both lockfiles listed the same 394 packages and versions);
 * extracting them all a second time cost ~20 of the file's ~160 CPU-seconds.
 */
import {execFile, spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {CODE_HASH_FILE, codeHash} from '../../src/cache/cache.ts'
import {expectReferenceSite} from '../helpers/reference-site.ts'
import {CORPORA, REFERENCE} from '../helpers/shared.ts'

const exec = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
const version = (JSON.parse(await fs.readFile(path.join(ROOT, 'package.json'), 'utf8')) as {version: string}).version

/** The machine's Node: the first `node` on PATH that is not a node_modules one (npm scripts prepend those). */
async function machineNode(): Promise<string | null> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || dir.split(path.sep).includes('node_modules')) continue
    const candidate = path.join(dir, 'node')
    if (existsSync(candidate)) return candidate
  }
  return null
}

const node = await machineNode()
let work = ''
let env: NodeJS.ProcessEnv = {}

/** Runs a command in `cwd` under the machine's Node only (its folder first on PATH, no node_modules/.bin). */
async function run(command: string, args: string[], cwd: string, timeout = 900_000): Promise<{stdout: string; stderr: string}> {
  try {
    return await exec(command, args, {cwd, env, timeout, maxBuffer: 64 << 20})
  } catch (error) {
    const failure = error as {message: string; stdout?: string; stderr?: string}
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${failure.message}\n${failure.stdout ?? ''}\n${failure.stderr ?? ''}`)
  }
}

/**
 * Installs a clone of HEAD (committed work only) as `git+file://…` into the project at `user`, replacing
 * the tarball's specmark: npm clones it, installs its dev tools and runs `prepare`, which compiles lib/
 * (npm does not run `prepack` for git dependencies).
 */
async function installFromGit(user: string): Promise<void> {
  const clone = path.join(work, 'specmark-git')
  await run('git', ['clone', '--quiet', '--depth', '1', pathToFileURL(ROOT).href, clone], work)
  await run('npm', ['install', '-D', '--no-audit', '--no-fund', '--prefer-offline', `git+${pathToFileURL(clone).href}`], user)
}

beforeAll(async () => {
  if (node === null) return
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-pack-'))
  const pathDirs = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => !dir.split(path.sep).includes('node_modules'))
  env = {...process.env, PATH: [path.dirname(node), ...pathDirs].join(path.delimiter), ASTRO_TELEMETRY_DISABLED: '1', SPECMARK_CACHE: '0'}
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key]
  // Packing runs `prepack` (the TypeScript build into lib/) with the checkout's own tools.
  const {stdout} = await run('npm', ['pack', '--silent', '--pack-destination', work], ROOT)
  const tarball = path.join(work, stdout.trim().split('\n').at(-1)!)
  const user = path.join(work, 'user')
  await fs.mkdir(user)
  await fs.writeFile(path.join(user, 'package.json'), JSON.stringify({name: 'my-spec', private: true}))
  await run('npm', ['install', '-D', '--no-audit', '--no-fund', '--prefer-offline', tarball], user)
}, 1_200_000)

afterAll(async () => {
  if (work) await fs.rm(work, {recursive: true, force: true})
})

it.runIf(node !== null || process.env.CI === 'true')('finds the machine\'s own Node', () => {
  expect(node, 'no node outside node_modules on PATH').not.toBeNull()
})

it.runIf(node !== null || process.env.CI === 'true')('installs, scaffolds and builds a new spec under the machine\'s Node', async () => {
  const user = path.join(work, 'user')
  const bin = path.join(user, 'node_modules/.bin/specmark')
  const {stdout: nodeVersion} = await run(node!, ['--version'], user)
  expect(nodeVersion).toMatch(/^v\d+\./)
  expect((await run(bin, ['--version'], user)).stdout.trim()).toBe(version)
  // `--version` and `--help` run on the machine's Node itself: with a second start refused
  // (SPECMARK_REEXEC=1 makes the launcher's re-run fail), they still answer.
  const noReexec = {...env, SPECMARK_REEXEC: '1'}
  expect((await exec(bin, ['--version'], {cwd: user, env: noReexec})).stdout.trim()).toBe(version)
  expect((await exec(bin, ['--help'], {cwd: user, env: noReexec})).stdout).toContain('Usage: specmark')
  // The installed package runs compiled JavaScript, not the sources.
  expect(existsSync(path.join(user, 'node_modules/specmark/lib/cli/main.js'))).toBe(true)
  // The hash of its code the cache's keys cover was worked out when it was compiled, and is its files'.
  const lib = path.join(user, 'node_modules/specmark/lib')
  expect((await fs.readFile(path.join(lib, CODE_HASH_FILE), 'utf8')).trim()).toBe(codeHash(lib))

  const init = await run(bin, ['init', '--title', 'Widget Spec', '--prefix', 'widget'], user)
  expect(init.stdout).toContain('created spec/outline.yaml')
  for (const file of ['spec/outline.yaml', 'spec/introduction.md', 'spec/registry.txt', '.gitignore', '.github/workflows/spec.yml']) {
    expect(existsSync(path.join(user, file)), file).toBe(true)
  }
  // Through npx, as the README tells users, with the machine's Node first on PATH.
  const check = await run('npx', ['--no', 'specmark', 'check', '--deny-warnings'], user)
  expect(check.stdout + check.stderr).toContain('0 errors, 0 warnings')
  await run('npx', ['--no', 'specmark', 'build', '--out', 'dist'], user)
  const index = await fs.readFile(path.join(user, 'dist/index.html'), 'utf8')
  expect(index).toContain('Widget Spec')
  // The pages were rendered by the site renderer the package ships: nothing was bundled on the user's machine.
  expect(await fs.readdir(path.join(user, 'node_modules/specmark/site-renderer'))).toHaveLength(1)
  expect(existsSync(path.join(user, 'node_modules/specmark/node_modules/.cache/specmark-astro/renderer')), 'a renderer was bundled at build time').toBe(false)
  expect(existsSync(path.join(user, 'dist/introduction/index.html'))).toBe(true)
  // A second init keeps what is there.
  expect((await run(bin, ['init'], user)).stdout).toContain('kept    spec/outline.yaml')
}, 900_000)

it.runIf(node !== null || process.env.CI === 'true')('runs from its bundle what loads on use: the language server answers, trace scans tests in a worker', async () => {
  expect(node, 'no machine Node').not.toBeNull()
  const user = path.join(work, 'user')
  const bin = path.join(user, 'node_modules/.bin/specmark')
  // The language server loads its protocol library (CommonJS) only when it starts.
  const server = spawn(bin, ['lsp', '--stdio'], {cwd: user, env})
  let stderr = ''
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const answer = new Promise<string>((resolve, reject) => {
    let stdout = ''
    server.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (stdout.includes('"id":1')) resolve(stdout)
    })
    server.on('exit', (code) => reject(new Error(`the language server exited (${code}): ${stderr}`)))
  })
  const initialize = JSON.stringify({jsonrpc: '2.0', id: 1, method: 'initialize', params: {processId: null, rootUri: pathToFileURL(user).href, capabilities: {}}})
  server.stdin.write(`Content-Length: ${Buffer.byteLength(initialize)}\r\n\r\n${initialize}`)
  try {
    expect(await answer).toContain('"capabilities"')
  } finally {
    server.kill()
  }
  // Trace's scan runs in the pool's thread (two files, one worker): its module is an entry of the bundle.
  await fs.mkdir(path.join(user, 'tests'), {recursive: true})
  for (const name of ['a', 'b']) await fs.writeFile(path.join(user, 'tests', `${name}.rs`), '//@ reference: widget.intro\nfn main() {}\n')
  const trace = await exec(bin, ['trace', 'tests'], {cwd: user, env: {...env, SPECMARK_WORKERS: '1'}})
  expect(trace.stdout + trace.stderr).toContain('traced 2 citations in 2 test files')
}, 300_000)

it.runIf(node !== null && (existsSync(REFERENCE) || process.env.CI === 'true'))('builds the Rust Reference from the installed package: old URLs answer, no internal link is broken', async () => {
  const user = path.join(work, 'user')
  await run(path.join(user, 'node_modules/.bin/specmark'), ['build', '--root', REFERENCE, '--out', 'dist-reference'], user)
  expect(existsSync(path.join(user, 'dist-reference/index.html'))).toBe(true)
  expect(existsSync(path.join(user, 'dist-reference/pagefind'))).toBe(true)
  // The suite's one build of the Reference: the site checks run on the build users get.
  const crawl = await expectReferenceSite(path.join(user, 'dist-reference'))
  console.info(`rust-reference: ${crawl.pages} pages, ${crawl.links} links crawled, ${crawl.broken.length} broken`)
}, 900_000)

const GUIDE = path.join(CORPORA, 'mdbook-guide')

it.runIf(node !== null && (existsSync(GUIDE) || process.env.CI === 'true'))('builds mdBook’s guide from the installed package: math typeset, definition lists read', async () => {
  const user = path.join(work, 'user')
  await run(path.join(user, 'node_modules/.bin/specmark'), ['build', '--root', GUIDE, '--out', 'dist-guide'], user)
  // KaTeX is loaded on first use, from the package's dependencies: not in the bundle.
  expect((await fs.readFile(path.join(user, 'dist-guide/format/mathjax.html'), 'utf8')).match(/<math /g)).toHaveLength(2)
  expect(await fs.readFile(path.join(user, 'dist-guide/format/markdown.html'), 'utf8')).toContain('<dt id="term-a">')
}, 300_000)

it.runIf((node !== null && existsSync(path.join(ROOT, '.git'))) || process.env.CI === 'true')('installs from a git URL, builds lib/ on the way and checks a scaffolded spec', async () => {
  expect(node, 'no machine Node').not.toBeNull()
  expect(existsSync(path.join(ROOT, '.git')), 'no .git to clone').toBe(true)
  // After the tarball's tests, which use this project's installed specmark.
  const user = path.join(work, 'user')
  // The tarball's lib/ goes first: only the git build's `prepare` can bring one back.
  await fs.rm(path.join(user, 'node_modules/specmark/lib'), {recursive: true})
  await installFromGit(user)
  const installed = JSON.parse(await fs.readFile(path.join(user, 'node_modules/.package-lock.json'), 'utf8')) as {packages: Record<string, {resolved?: string}>}
  expect(installed.packages['node_modules/specmark']?.resolved).toMatch(/^git\+file:/)
  expect(existsSync(path.join(user, 'node_modules/specmark/lib/cli/main.js')), 'lib/ compiled by prepare').toBe(true)
  expect((await run('npx', ['specmark', '--version'], user)).stdout.trim()).toBe(version)
  // A spec root of its own (the tarball's tests scaffolded `spec/`), checked as init's next step says.
  const init = await run(path.join(user, 'node_modules/.bin/specmark'), ['init', 'git-spec', '--title', 'Git Spec'], user)
  expect(init.stdout).toContain('created git-spec/outline.yaml')
  expect(init.stdout).toContain('npx specmark check --root git-spec')
  const check = await run('npx', ['--no', 'specmark', 'check', '--root', 'git-spec', '--deny-warnings'], user)
  expect(check.stdout + check.stderr).toContain('0 errors, 0 warnings')
}, 900_000)
