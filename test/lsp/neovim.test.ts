/**
 * The language server in a real editor: Neovim's built-in LSP client (Debian's 0.7), headless, driven by
 * `neovim.lua` on the fixture of `fixture.ts`: diagnostics, hover, definition, references, a quick fix,
 * rename, and a file changed on disk, which Neovim 0.7 cannot watch, so the server's own watcher must
 * notice. Skipped without `nvim` unless CI=true (where a missing Neovim is a failure).
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {expect, it} from 'vitest'
import {writeFixture} from './fixture.ts'

const exec = promisify(execFile)
const nvim = await exec('nvim', ['--version']).then(
  () => 'nvim',
  () => null
)

it.runIf(nvim !== null || process.env.CI === 'true')('works in Neovim: diagnostics, hover, definition, references, code action, rename, watching', async () => {
  expect(nvim, 'nvim is not installed (apt-get install neovim)').not.toBeNull()
  const root = await writeFixture()
  const result = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-nvim-')), 'result.json')
  await exec('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(import.meta.dirname, 'neovim.lua')}`], {
    env: {...process.env, SPEC_ROOT: root, RESULT: result, SPECMARK_NODE: process.execPath, SPECMARK_BIN: path.resolve(import.meta.dirname, '../../bin/specmark.js'), SPECMARK_CACHE: '0'},
    timeout: 240_000,
  })
  const out = JSON.parse(await fs.readFile(result, 'utf8')) as Record<string, unknown>
  expect(out.error).toBeUndefined()
  expect(out.steps).toEqual(['start', 'diagnostics', 'hover', 'definition', 'references', 'code action', 'rename', 'watch fallback', 'stop'])
  expect(out.diagnostics).toEqual(['unresolved-rule-link'])
  expect(out.diagnostic_message).toContain('`main.missing`')
  expect(out.hover).toContain('A widget is a rule with text.')
  expect(out.definition).toEqual({file: 'main.md', line: out.label_line})
  expect(out.references).toEqual(['main.md', 'other.md', 'other.md', 'other.md', 'other.md', 'other.md'])
  expect((out.code_actions as string[])[0]).toBe('Change to `main.a`')
  expect(out.after_code_action).toContain('see [main.a] and')
  expect((out.renamed_other as string[]).join('\n')).toContain('See [main.renamed], [the rule][main.renamed]')
  expect(out.watched).toEqual(['unresolved-rule-link'])
}, 300_000)
