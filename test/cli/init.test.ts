/**
 * `specmark init`: the scaffold is a specification that `check` accepts as it is, and a second run keeps
 * every file it finds (the pack-and-install test in test/package builds one from the installed package).
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'

const exec = promisify(execFile)
const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

it('scaffolds a spec that check accepts, and never overwrites', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-init-'))
  const run = (...args: string[]) => exec(process.execPath, [BIN, ...args], {cwd: dir, env: {...process.env, SPECMARK_CACHE: '0'}})
  const first = await run('init', '--title', 'Widget Spec', '--prefix', 'widget')
  expect(first.stdout.split('\n').filter((line) => line.startsWith('created'))).toEqual([
    'created spec/outline.yaml',
    'created spec/introduction.md',
    'created spec/registry.txt',
    'created .gitignore',
    'created .github/workflows/spec.yml',
  ])
  expect(await fs.readFile(path.join(dir, 'spec/outline.yaml'), 'utf8')).toContain('title: "Widget Spec"')
  expect(await fs.readFile(path.join(dir, 'spec/introduction.md'), 'utf8')).toContain('r[widget.intro]')
  // The cache (`src/cache/cache.ts`) is never committed.
  expect((await fs.readFile(path.join(dir, '.gitignore'), 'utf8')).split('\n')).toContain('.specmark-cache/')
  const check = await run('check', '--deny-warnings')
  expect(check.stdout + check.stderr).toContain('0 errors, 0 warnings')
  await fs.writeFile(path.join(dir, '.gitignore'), 'mine\n')
  const second = await run('init')
  expect(second.stdout).toContain('kept    .gitignore (already there)')
  expect(await fs.readFile(path.join(dir, '.gitignore'), 'utf8')).toBe('mine\n')
  await expect(run('init', 'other', '--prefix', 'Bad Prefix')).rejects.toThrow(/not a rule-ID component/)
})

it('checks the spec in the working folder when it is one (outline.yaml here, no spec/)', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-init-'))
  const run = (...args: string[]) => exec(process.execPath, [BIN, ...args], {cwd: path.join(dir, 'widgets'), env: {...process.env, SPECMARK_CACHE: '0'}})
  await exec(process.execPath, [BIN, 'init', 'widgets', '--prefix', 'widget'], {cwd: dir})
  const check = await run('check', '--deny-warnings')
  expect(check.stdout + check.stderr).toContain('0 errors, 0 warnings')
})
