/**
 * Debian's Chromium for the browser tests (never a downloaded browser): where it is, the switches every
 * test starts it with, and what its absence means. Without it the tests skip with a message; under
 * `CI=true` a missing browser (or another program a test names) is a failure: `.ci/run` installs them,
 * and `npm test`'s pretest step installs Chromium when run as root (test/setup/ensure-chromium.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type Browser, type BrowserContext} from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

/** Headless, sandbox and GPU off (containers have neither), and nothing fetched from the network unasked. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/**
 * Whether the browser tests of `what` can run: Chromium and each of `needs` (other files they read, such
 * as `/usr/bin/pdftotext`) are there. Otherwise they are skipped with a warning, or under `CI=true` this
 * throws.
 */
export function browserTestsRun(what: string, needs: string[] = []): boolean {
  const missing = [CHROMIUM, ...needs].filter((file) => !fs.existsSync(file))
  if (missing.length === 0) return true
  if (process.env.CI === 'true') throw new Error(`${what}: ${missing.join(' and ')} missing: CI must install them (see .ci/run)`)
  console.warn(`${what} skipped: ${missing.join(' and ')} missing (npm test installs Chromium when run as root; or apt-get install chromium)`)
  return false
}

/** A browser with a fresh profile of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM, args: ARGS})
}

type ContextOptions = Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'args'>

/**
 * A browser context in a profile folder of its own (a persistent context: what the clipboard
 * permissions need). Closing the context closes the browser.
 */
export function launchChromiumContext(options: ContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-chromium-')), {...options, executablePath: CHROMIUM, args: ARGS})
}
