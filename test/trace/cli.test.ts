/**
 * `specmark trace` as a user runs it: a separate process, its output and its exit status (0 ok, 1 unknown
 * IDs / coverage below `--min-coverage` / warnings with `--deny-warnings`, 2 usage or input errors).
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

const run = promisify(execFile)
const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/trace')
const SPEC = path.join(FIXTURES, 'spec')
const TESTS = path.join(FIXTURES, 'tests')
// The clean part of the fixture tree: no unknown or heading-level citations; 5 of 8 paragraphs covered.
const CLEAN = [path.join(TESTS, 'ui/expr/if.rs'), path.join(TESTS, 'ui/expr/while.rs'), path.join(TESTS, 'ui/items')]

async function specmark(...args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [BIN, ...args], {env: {...process.env, SPECMARK_CACHE: '0'}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const failure = error as {code: number; stdout: string; stderr: string}
    return {code: failure.code, stdout: failure.stdout, stderr: failure.stderr}
  }
}

describe('specmark trace', () => {
  it('exits 1 on unknown IDs, printing file:line:col diagnostics and the summary', async () => {
    const result = await specmark('trace', '--root', SPEC, TESTS)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`${path.relative(process.cwd(), path.join(TESTS, 'ui/expr/typo.rs'))}:3:16: error[unknown-rule-cited]`)
    expect(result.stdout).toContain('warning[parent-rule-cited]: Unexpected citation of heading-level rule `expr`')
    expect(result.stderr).toBe('traced 11 citations in 5 test files (6 files scanned): 5 of 8 normative paragraphs covered (62.5%); 2 errors, 2 warnings\n')
  })

  it('exits 0 on clean citations, and 1 below --min-coverage (compared exactly)', async () => {
    expect((await specmark('trace', '--root', SPEC, ...CLEAN)).code).toBe(0)
    expect((await specmark('trace', '--root', SPEC, '--min-coverage', '62.5', ...CLEAN)).code).toBe(0)
    const below = await specmark('trace', '--root', SPEC, '--min-coverage', '62.6', ...CLEAN)
    expect(below.code).toBe(1)
    expect(below.stderr).toContain('specmark: coverage 62.5% is below --min-coverage 62.6%\n')
  })

  it('turns warnings into failures with --deny-warnings', async () => {
    const broad = [...CLEAN, path.join(TESTS, 'ui/expr/broad.rs')]
    expect((await specmark('trace', '--root', SPEC, ...broad)).code).toBe(0)
    expect((await specmark('trace', '--root', SPEC, '--deny-warnings', ...broad)).code).toBe(1)
  })

  it('prints JSON and CSV', async () => {
    const json = await specmark('trace', '--root', SPEC, '--format', 'json', TESTS)
    expect(json.code).toBe(1)
    expect(json.stderr).toBe('')
    const document = JSON.parse(json.stdout)
    expect(document.summary).toMatchObject({covered: 5, total: 8})
    expect(document.unknown.map((entry: {id: string; file: string; line: number}) => `${entry.file}:${entry.line} ${entry.id}`)).toEqual([
      'ui/expr/typo.rs:3 expr.if.cnd',
      'ui/expr/typo.rs:4 expr.nowhere.at.all',
    ])

    const csv = await specmark('trace', '--root', SPEC, '--format', 'csv', TESTS)
    expect(csv.stdout.startsWith('id,chapter,normative,tests_count,tests\r\nexpr.intro,expressions,yes,0,\r\n')).toBe(true)
    expect(csv.stderr).toContain('error[unknown-rule-cited]')
  })

  it('takes other annotation syntaxes', async () => {
    const custom = await specmark('trace', '--root', SPEC, '--format', 'json', '--pattern', '^// covers: (\\S+)', '--pattern', '@spec (?<id>[a-z.]+)', path.join(FIXTURES, 'custom'))
    expect(custom.code).toBe(0)
    expect(JSON.parse(custom.stdout).summary).toMatchObject({covered: 2, citations: 2})
    const ferrocene = await specmark('trace', '--root', SPEC, '--annotations', 'ferrocene', '--format', 'json', path.join(FIXTURES, 'ferrocene'))
    expect(JSON.parse(ferrocene.stdout).unknown).toHaveLength(4)
  })

  it('gives the site its data when `build` is given test trees', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-trace-site-'))
    try {
      const build = await specmark('build', '--root', SPEC, '--out', out, '--tests', TESTS)
      // The fixture's tests cite two unknown IDs: the build fails as `trace` does, with the site built.
      expect(build.code).toBe(1)
      expect(build.stdout).toContain('ui/expr/typo.rs:3:16: error[unknown-rule-cited]: `expr.if.cnd` is unknown')
      expect(build.stderr).toContain('build: 2 test citations of unknown or retired rule IDs (listed on traceability/)')
      expect(build.stderr).toContain('5 of 8 normative paragraphs cited (traceability/)')
      const page = fs.readFileSync(path.join(out, 'traceability/index.html'), 'utf8')
      expect(page).toContain('5 of 8 normative paragraphs are cited by at least one test (62.5%)')
      expect(page).toMatch(/<td><code>ui\/expr\/typo\.rs:3:16<\/code><\/td>\s*<td><code>expr\.if\.cnd<\/code><\/td>\s*<td>unknown ID<\/td>/)
      // The test tree relative to the repository, never this checkout's absolute path.
      expect(page).toContain('<code>test/fixtures/trace/tests</code>')
      expect(page).not.toContain(FIXTURES)
      const chapter = fs.readFileSync(path.join(out, 'expressions/index.html'), 'utf8')
      // The margin is composed by Astro components, which put spaces between elements.
      expect(chapter).toMatch(/<summary title="Tests that cite this paragraph">2 tests<\/summary>\s*<ul>\s*<li>\s*<code>ui\/expr\/if\.rs<\/code>\s*<\/li>\s*<li>\s*<code>ui\/expr\/while\.rs<\/code>\s*<\/li>\s*<\/ul>/)
      expect(fs.existsSync(path.join(out, 'traceability.json'))).toBe(false)
    } finally {
      fs.rmSync(out, {recursive: true, force: true})
    }
  })

  it('exits 2 on usage and input errors', async () => {
    expect(await specmark('trace', '--root', SPEC, '/nonexistent/tests')).toMatchObject({code: 2, stderr: 'specmark: error: /nonexistent/tests: test tree does not exist\n'})
    expect((await specmark('trace', '--root', SPEC)).code).toBe(2)
    expect((await specmark('trace', '--root', SPEC, '--min-coverage', 'lots', TESTS)).code).toBe(2)
    expect((await specmark('trace', '--root', SPEC, '--min-coverage', '101', TESTS)).code).toBe(2)
    expect((await specmark('trace', '--root', SPEC, '--format', 'xml', TESTS)).code).toBe(2)
    expect((await specmark('trace', '--root', SPEC, '--pattern', 'no group', TESTS)).stderr).toMatch(/^specmark: error: invalid --pattern `no group`: expected a capture group/)
    expect((await specmark('trace', '--root', SPEC, '--since', '0.1.0', TESTS)).stderr).toMatch(/^specmark: error: no snapshot of release `0\.1\.0`/)
  })
})
