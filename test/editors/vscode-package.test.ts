/**
 * The VS Code extension as it would be published: `vsce package` (from @vscode/vsce, a devDependency of
 * editors/vscode) must pass, the .vsix must hold the bundles, icon, LICENSE, CHANGELOG and README and
 * nothing unbundled, and the language server included in it must serve a spec under the machine's own Node
 * (VS Code runs it on its Node, which is older than specmark's development Node), parsing on worker threads
 * as the package does.
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'
import {writeFixture} from '../lsp/fixture.ts'
import {LspClient} from '../lsp/lsp-client.ts'

const exec = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../..')
const EXTENSION = path.join(ROOT, 'editors/vscode')

/** The first `node` on PATH outside node_modules (npm scripts put node_modules/.bin first). */
function machineNode(): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '' || dir.split(path.sep).includes('node_modules')) continue
    if (existsSync(path.join(dir, 'node'))) return path.join(dir, 'node')
  }
  return process.execPath
}

it('packages the extension with vsce, and its included server works', async () => {
  let env: NodeJS.ProcessEnv = {...process.env, CI: 'true'}
  const run = (command: string, args: string[], cwd: string) => exec(command, args, {cwd, timeout: 600_000, maxBuffer: 64 << 20, env})
  if (!existsSync(path.join(EXTENSION, 'node_modules/@vscode/vsce'))) await run('npm', ['ci', '--no-audit', '--no-fund'], EXTENSION)
  // The included server is bundled from the compiled sources, here in a folder of its own (npm pack in
  // test/package writes lib/ meanwhile).
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-vsix-'))
  await run(process.execPath, [path.join(ROOT, 'scripts/compile.ts'), '--out', path.join(out, 'lib')], ROOT)
  env = {...env, SPECMARK_LIB: path.join(out, 'lib')}
  const vsix = path.join(out, 'specmark.vsix')
  const {stdout} = await run(process.execPath, [path.join(EXTENSION, 'node_modules/@vscode/vsce/vsce'), 'package', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], EXTENSION)
  expect(stdout).toContain('Packaged:')
  const {stdout: listing} = await run('unzip', ['-Z1', vsix], out)
  const files = listing.trim().split('\n').filter((file) => file.startsWith('extension/')).map((file) => file.slice('extension/'.length)).sort()
  for (const file of ['dist/extension.js', 'dist/server/server.js', 'dist/server/package.json', 'icon.png', 'LICENSE.txt', 'changelog.md', 'readme.md', 'package.json']) {
    expect(files, file).toContain(file)
  }
  // The README's screenshots ship with it, linked relatively (no repository to rewrite them to yet).
  const readme = await fs.readFile(path.join(EXTENSION, 'README.md'), 'utf8')
  const images = [...readme.matchAll(/!\[[^\]]*\]\((images\/[^)]+\.png)\)/g)].map((match) => match[1]!)
  expect(images.length).toBeGreaterThanOrEqual(4)
  for (const image of images) expect(files, image).toContain(image)
  expect(files.filter((file) => file.startsWith('node_modules/') || file.startsWith('src/') || file.startsWith('screenshot-harness/'))).toEqual([])
  expect(files.length).toBeLessThan(30)

  // The threads' modules sit beside the bundle (see build.mjs).
  for (const file of ['dist/server/pool-worker.js', 'dist/server/parse-job.js', 'dist/server/entry/worker.js']) expect(files, file).toContain(file)

  // The included server, run by the machine's Node from the unpacked extension (outside the repository,
  // so nothing resolves from its node_modules, as in an editor), on a fixture: check's diagnostic arrives,
  // and the chapters were parsed on worker threads (SPECMARK_WORKERS=2 sends every batch of two through
  // the pool; without the cache, the cold load parses both chapters).
  await run('unzip', ['-q', vsix, '-d', path.join(out, 'unpacked')], out)
  const root = await writeFixture()
  const {client} = await LspClient.start({
    folder: root,
    command: [machineNode(), path.join(out, 'unpacked/extension/dist/server/server.js')],
    env: {SPECMARK_WORKERS: '2', SPECMARK_CACHE: '0'},
  })
  try {
    const uri = client.uri(root, 'main.md')
    await client.open(uri, await fs.readFile(path.join(root, 'main.md'), 'utf8'))
    await client.waitFor(() => client.diagnostics.get(uri)?.length === 1, 60_000)
    expect(client.diagnostics.get(uri)![0]!.code).toBe('unresolved-rule-link')
    const loaded = client.log.find((message) => message.startsWith('specmark: loaded'))
    expect(loaded, client.log.join('\n') + client.stderr).toMatch(/\((\d+) items? on worker threads\)/)
    expect(Number(/\((\d+) items? on worker threads\)/.exec(loaded!)![1])).toBeGreaterThan(0)
    expect(client.stderr).not.toMatch(/Error/)
  } finally {
    await client.stop()
    await fs.rm(out, {recursive: true, force: true})
  }
}, 900_000)
