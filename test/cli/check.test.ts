/**
 * The `specmark check` command as a user runs it: a separate process through `npx`, its output and its
 * exit status. Input problems print one line naming the file and never a stack trace. Also the V8 flags
 * the launcher (`bin/specmark.cjs`) runs `check` and `build` with.
 */
import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {specmark} from '../helpers/run-cli.ts'
import {oneChapterSpec, writeTree} from '../helpers/spec-fixture.ts'
import {rendersCold} from '../../src/render/render-warmup.ts'

const execFileAsync = promisify(execFile)
const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

/** The `--max…` V8 flags of each process that ran `command` (the launcher may start it again in place). */
async function v8Flags(command: string[], env: NodeJS.ProcessEnv, nodeFlags: string[] = [], cwd?: string): Promise<string[][]> {
  // The process that runs the command prints the V8 flags it was started with.
  const report = `--import=data:text/javascript,process.on('exit',()=>process._rawDebug('flags:'+process.execArgv.join(' ')))`
  const {stderr} = await execFileAsync(process.execPath, [...nodeFlags, report, BIN, ...command], {env, cwd})
  return stderr.split('\n').filter((line) => line.startsWith('flags:')).map((line) => line.slice('flags:'.length).split(' ').filter((flag) => flag.startsWith('--max')))
}

describe('specmark check', () => {
  it('exits 0 on a clean spec and says what it checked', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nText.\n')
    const result = await specmark('check', '--root', root)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('checked 1 chapter, 1 rule, 0 grammar productions')
  })

  it('exits 1 with rustc-style diagnostics when it finds errors', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nSee [main.intr].\n')
    const result = await specmark('check', '--root', root)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`main.md:9:5: error[unresolved-rule-link]: Unexpected link to undefined rule \`main.intr\``)
    expect(result.stdout).toContain('  help: did you mean `main.intro`?')
  })

  it('prints diagnostics as data with --format json', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nSee [main.intr].\n')
    const result = await specmark('check', '--root', root, '--format', 'json')
    const output = JSON.parse(result.stdout)
    expect(output.summary).toEqual({chapters: 1, rules: 1, productions: 0, terms: 0, uncoveredBlocks: 0})
    expect(output.diagnostics).toEqual([
      expect.objectContaining({code: 'unresolved-rule-link', severity: 'error', line: 9, column: 5, hint: 'did you mean `main.intro`?'}),
    ])
  })

  it('turns warnings into errors with --deny-warnings', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nA [lonely](dfn:) term.\n')
    expect((await specmark('check', '--root', root)).code).toBe(0)
    expect((await specmark('check', '--root', root, '--deny-warnings')).code).toBe(1)
  })

  it('exits 2 with one line for a missing root, bad usage, invalid UTF-8 or YAML', async () => {
    const missing = await specmark('check', '--root', '/nonexistent/spec')
    expect(missing).toMatchObject({code: 2, stderr: 'specmark: error: /nonexistent/spec: spec root does not exist (expected a folder with `outline.yaml` or `book.toml`: name it with --root)\n'})

    expect((await specmark('check', '--format', 'xml')).code).toBe(2)
    expect((await specmark('frobnicate')).code).toBe(2)

    const utf8 = await oneChapterSpec('', {'main.md': Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]) as never})
    const badUtf8 = await specmark('check', '--root', utf8)
    expect(badUtf8.code).toBe(2)
    expect(badUtf8.stderr).toMatch(/^specmark: error: .*main\.md: invalid UTF-8 at byte 2\n$/)

    const yaml = await writeTree({'outline.yaml': 'title: x\nparts: [\n'})
    const badYaml = await specmark('check', '--root', yaml)
    expect(badYaml.code).toBe(2)
    expect(badYaml.stderr).toMatch(/^specmark: error: .*outline\.yaml:\d+:\d+: invalid YAML: .*\n$/)
    for (const output of [missing, badUtf8, badYaml]) expect(output.stderr).not.toMatch(/\n\s+at /)
  })

  it('runs a batch command with its V8 flags, unless the user set them', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nText.\n')
    const run = (nodeOptions: string, command = ['check', '--root', root], nodeFlags: string[] = []) => v8Flags(command, {...process.env, SPECMARK_CACHE: '0', NODE_OPTIONS: nodeOptions}, nodeFlags)
    // One process ran the command (started again once, in place), with the young generation sized and no TurboFan.
    expect(await run('')).toEqual([['--max-semi-space-size=8', '--max-opt=2']])
    expect(await run('--max-semi-space-size=16')).toEqual([['--max-opt=2']])
    // A cold `build` of a large book outgrows the smallest young generation.
    expect(await run('', ['build', '--help'])).toEqual([['--max-semi-space-size=16', '--max-opt=2']])
    // A flag the user set (V8 takes `--max-opt` on the command line only) is theirs.
    expect(await run('', ['build', '--help'], ['--max-opt=3'])).toEqual([['--max-semi-space-size=16', '--max-opt=3']])
    // The long-running `dev` keeps V8's defaults, and is not started again.
    expect(await run('', ['dev', '--help'])).toEqual([[]])
  })

  it('gives `build` its flags by whether it will render every chapter, as the build decides that', async () => {
    const root = await oneChapterSpec('# Main\n\nr[main.intro]\nText.\n')
    const env = {...process.env, SPECMARK_CACHE: '1'}
    const build = (...options: string[]) => v8Flags(['build', '--root', root, ...options, '--help'], env)
    // Nothing cached yet: every chapter will be rendered.
    expect(rendersCold(root, true)).toBe(true)
    expect(await build()).toEqual([['--max-semi-space-size=16', '--max-opt=2']])
    // A check caches what it parsed, and nothing rendered.
    await execFileAsync(process.execPath, [BIN, 'check', '--root', root], {env})
    expect(rendersCold(root, true)).toBe(true)
    expect(await build()).toEqual([['--max-semi-space-size=16', '--max-opt=2']])
    // Once a build filled the render cache, the next renders what changed: a small young generation, and
    // no optimizing compiler (an edit's work is too short to pay back its compiles)...
    await execFileAsync(process.execPath, [BIN, 'build', '--root', root, '--out', path.join(await writeTree({}), 'site')], {env})
    expect(rendersCold(root, true)).toBe(false)
    expect(await build()).toEqual([['--max-semi-space-size=8', '--max-opt=1']])
    // The same without `--root`, in the spec's own folder, the default root there.
    expect(await v8Flags(['build', '--help'], env, [], root)).toEqual([['--max-semi-space-size=8', '--max-opt=1']])
    expect(await v8Flags(['build', '--root', root, '--help'], {...env, NODE_OPTIONS: '--max-semi-space-size=32'})).toEqual([['--max-opt=1']])
    // ...unless the cache is off.
    expect(rendersCold(root, false)).toBe(true)
    expect(await build('--no-cache')).toEqual([['--max-semi-space-size=16', '--max-opt=2']])
    expect(await v8Flags(['build', `--root=${root}`, '--help'], {...env, SPECMARK_CACHE: '0'})).toEqual([['--max-semi-space-size=16', '--max-opt=2']])
  })
})

