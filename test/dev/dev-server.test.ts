/**
 * `specmark dev`, run as a user runs it (a separate process): a save re-renders the page and the open
 * browser reloads by itself; a malformed save shows a diagnostic overlay instead of stopping the server,
 * and the next good save recovers.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'
import type {BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {browserTestsRun, launchChromiumContext} from '../helpers/chromium.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'
import {freePort} from '../helpers/free-port.ts'

const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')
const SCREENSHOTS = path.resolve(import.meta.dirname, '../../screenshots/dev')

describe.skipIf(!browserTestsRun('specmark dev in Chromium'))('specmark dev', () => {
  let root: string
  let child: ChildProcess
  let url: string
  let log = ''
  let context: BrowserContext
  let page: Page
  const file = (): string => path.join(root, 'main.md')
  const overlay = (): Promise<string> => page.textContent('[data-specmark-dev-overlay]', {timeout: 500}).then((text) => text ?? '').catch(() => '')

  beforeAll(async () => {
    root = await writeTree({
      'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
      'main.md': chapter('main', '# Main\n\nr[main.intro]\nThe first version of the intro.\n'),
    })
    const port = await freePort()
    // The server must not inherit vitest's environment (NODE_ENV=test, VITEST…): Astro would run in test mode.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')))
    child = spawn(process.execPath, [BIN, 'dev', '--root', root, '--port', String(port)], {env: {...env, SPECMARK_CACHE: '0'}, stdio: ['ignore', 'ignore', 'pipe']})
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString()
    })
    for (let waited = 0; !log.includes('serving'); waited += 100) {
      // The first start after a change of specmark's site code bundles the site renderer (once, shared).
      if (waited > 240_000 || child.exitCode !== null) throw new Error(`specmark dev did not start:\n${log}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    url = `http://127.0.0.1:${port}/`
    fs.mkdirSync(SCREENSHOTS, {recursive: true})
    context = await launchChromiumContext()
    page = context.pages()[0] ?? (await context.newPage())
  }, 300_000)

  afterAll(async () => {
    await context?.close()
    child?.kill('SIGTERM')
  })

  it('serves the chapter', async () => {
    await page.goto(`${url}main/`)
    expect(await page.textContent('#r-main\\.intro')).toContain('The first version')
  })

  it('re-renders on save and the browser reloads by itself', async () => {
    await fsp.writeFile(file(), (await fsp.readFile(file(), 'utf8')).replace('first version', 'second version'))
    await expect.poll(() => page.textContent('#r-main\\.intro').catch(() => ''), {timeout: 20_000}).toContain('The second version')
    await page.screenshot({path: path.join(SCREENSHOTS, '01-after-save.png')})
  })

  it('shows a malformed save as an overlay and recovers on the next save', async () => {
    const good = await fsp.readFile(file(), 'utf8')
    await fsp.writeFile(file(), Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe])]))
    await expect.poll(overlay, {timeout: 20_000}).toContain('invalid UTF-8')
    await page.screenshot({path: path.join(SCREENSHOTS, '02-overlay.png')})
    expect(child.exitCode).toBe(null)

    await fsp.writeFile(file(), good.replace('r[main.intro]', 'r[main.intro]\nSee [main.nope].\n\nr[main.more]'))
    await expect.poll(overlay, {timeout: 20_000}).toContain('unresolved-rule-link')

    await fsp.writeFile(file(), good)
    await expect.poll(() => page.locator('[data-specmark-dev-overlay]').count(), {timeout: 20_000}).toBe(0)
    expect(await page.textContent('#r-main\\.intro')).toContain('The second version')
  })
})
