/**
 * No test skips silently under CI: a test may skip where a tool or corpus is missing on a developer's
 * machine, but under CI (`CI=true`, as `.ci/run` sets it) it must run — and fail loudly if what it needs
 * is missing. So every `skipIf`/`runIf` condition names `process.env.CI`, and nothing is skipped or left
 * as a todo unconditionally.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

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
    const conditional = /\.(?:skipIf|runIf)\(/.test(line) && !line.includes('process.env.CI')
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
  })
})
