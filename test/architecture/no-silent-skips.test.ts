/**
 * No test skips silently under CI: a test may skip where a tool or corpus is missing on a developer's
 * machine, but under CI (`CI=true`, as `.ci/run` sets it) it must run — and fail loudly if what it needs
 * is missing. So every `skipIf`/`runIf` condition names `process.env.CI` or asks `browserTestsRun`
 * (test/helpers/chromium.ts, which throws under CI when the browser is missing), and nothing is skipped
 * or left as a todo unconditionally.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'
import {browserTestsRun} from '../helpers/chromium.ts'

const TEST = path.resolve(import.meta.dirname, '..')

function testFiles(): string[] {
  return fs
    .readdirSync(TEST, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.ts') && !name.split(path.sep).includes('node_modules') && !name.startsWith(`fixtures${path.sep}`))
}

/** The lines of a test file that skip without regard to CI, as `line: text`. */
function silentSkips(text: string): string[] {
  const found: string[] = []
  text.split('\n').forEach((line, index) => {
    const conditional = /\.(?:skipIf|runIf)\(/.test(line) && !line.includes('process.env.CI') && !line.includes('browserTestsRun(')
    const unconditional = /\b(?:it|test|describe)\.(?:skip|todo)\(|\b(?:context|ctx)\.skip\(/.test(line)
    if (conditional || unconditional) found.push(`${index + 1}: ${line.trim()}`)
  })
  return found
}

describe('tests under CI', () => {
  it('skip only where CI is ruled out, and never unconditionally', () => {
    const silent: string[] = []
    for (const name of testFiles()) {
      // Not this file: its patterns below are no tests.
      if (name === path.join('architecture', 'no-silent-skips.test.ts')) continue
      for (const found of silentSkips(fs.readFileSync(path.join(TEST, name), 'utf8'))) silent.push(`${name}:${found}`)
    }
    expect(silent).toEqual([])
  })

  it('finds a silent skip (the check can fail)', () => {
    expect(silentSkips("describe.skipIf(!available)('needs a browser', () => {\nit.skip('later', () => {})")).toHaveLength(2)
    expect(silentSkips("describe.skipIf(!available && process.env.CI !== 'true')('needs a browser', () => {")).toEqual([])
    expect(silentSkips("describe.skipIf(!browserTestsRun('the site'))('the site', () => {")).toEqual([])
  })

  it('fail a browser test whose browser is missing under CI, and skip it elsewhere', () => {
    const missing = '/nonexistent/pdftotext'
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      vi.stubEnv('CI', 'true')
      expect(() => browserTestsRun('a test', [missing])).toThrow(/^a test: .*\/nonexistent\/pdftotext missing: CI must install them/)
      vi.stubEnv('CI', '')
      expect(browserTestsRun('a test', [missing])).toBe(false)
      expect(console.warn).toHaveBeenCalledWith(expect.stringMatching(/^a test skipped: .*\/nonexistent\/pdftotext missing/))
    } finally {
      vi.unstubAllEnvs()
      vi.restoreAllMocks()
    }
  })
})
