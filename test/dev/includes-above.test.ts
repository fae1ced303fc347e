/**
 * `specmark dev` on an mdBook that includes files from its repository, above its own folder (as
 * wasm-bindgen's guide includes the repository's examples): a save of such a file re-renders the
 * chapters that include it, as a save of a chapter does. Run as a user runs it (a separate process).
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fsp from 'node:fs/promises'
import path from 'node:path'
import {afterAll, expect, it} from 'vitest'
import {writeTree} from '../helpers/spec-fixture.ts'
import {freePort} from '../helpers/free-port.ts'

const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

let child: ChildProcess | undefined
afterAll(() => {
  child?.kill('SIGTERM')
})

it('re-renders a chapter when a file it includes from above the book is saved', {timeout: 300_000}, async () => {
  const folder = await writeTree({
    '.git/HEAD': 'ref: refs/heads/main\n',
    'examples/hello.rs': 'fn first_version() {}\n',
    'guide/book.toml': '[book]\ntitle = "Guide"\n',
    'guide/src/SUMMARY.md': '- [Hello](hello.md)\n',
    'guide/src/hello.md': '# Hello\n\n```rust\n{{#include ../../examples/hello.rs}}\n```\n',
  })
  const port = await freePort()
  // Not vitest's environment (NODE_ENV=test): Astro would run in test mode.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')))
  child = spawn(process.execPath, [BIN, 'dev', '--root', path.join(folder, 'guide'), '--port', String(port)], {env: {...env, SPECMARK_CACHE: '0'}, stdio: ['ignore', 'ignore', 'pipe']})
  let log = ''
  child.stderr!.on('data', (chunk: Buffer) => {
    log += chunk.toString()
  })
  await expect.poll(() => log, {timeout: 240_000, interval: 100}).toContain('serving')
  const page = (): Promise<string> => fetch(`http://127.0.0.1:${port}/hello.html`).then((response) => response.text())
  expect(await page()).toContain('first_version')
  await fsp.writeFile(path.join(folder, 'examples/hello.rs'), 'fn second_version() {}\n')
  await expect.poll(page, {timeout: 20_000}).toContain('second_version')
  expect(log).not.toContain('update failed')
})
