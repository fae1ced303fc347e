/**
 * A pagefind process that ends without answering (killed, out of memory, a panic while writing files)
 * fails the build, with its message, a first build as an incremental one. Its client does not notice
 * such an end, and the
 * build used to exit 0 without a search index. The crash is a stand-in for pagefind's binary
 * (`PAGEFIND_EXTENDED_BINARY_PATH`, read by pagefind's client) that reads a request and exits.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeTree} from '../helpers/spec-fixture.ts'

const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

const BOOK = {
  'book.toml': '[book]\ntitle = "Crash"\n',
  'src/SUMMARY.md': '- [One](one.md)\n',
  'src/one.md': '# One\n\nr[one.intro]\nThe first chapter.\n',
}

/** `specmark build` of `root` into `out`; its exit code and standard error. */
async function build(root: string, out: string, env: Record<string, string>): Promise<{code: number; stderr: string}> {
  const {SPECMARK_CACHE: _off, ...inherited} = process.env
  try {
    const {stderr} = await promisify(execFile)(process.execPath, [BIN, 'build', '--root', root, '--out', out], {env: {...inherited, ...env}})
    return {code: 0, stderr}
  } catch (error) {
    const failed = error as {code: number; stderr: string}
    return {code: failed.code, stderr: failed.stderr}
  }
}

describe('a pagefind process that ends without answering', () => {
  let scratch: string
  let crash: Record<string, string>

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-search-crash-'))
    const binary = path.join(scratch, 'pagefind-crash')
    // Reads one byte of the first request, then ends without a reply.
    fs.writeFileSync(binary, '#!/bin/sh\ndd bs=1 count=1 >/dev/null 2>&1\nexit 3\n', {mode: 0o755})
    crash = {PAGEFIND_EXTENDED_BINARY_PATH: binary}
  })

  afterAll(() => fs.rmSync(scratch, {recursive: true, force: true}))

  it('fails a first build', async () => {
    const root = await writeTree(BOOK)
    const result = await build(root, path.join(root, 'site'), {...crash, SPECMARK_CACHE: '0'})
    fs.rmSync(root, {recursive: true, force: true})
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/indexing for search .*Failed to run Pagefind: pagefind's process ended without answering/)
  }, 60_000)

  it('fails an incremental build', async () => {
    const root = await writeTree(BOOK)
    const env = {SPECMARK_CACHE_DIR: path.join(scratch, 'cache')}
    expect((await build(root, path.join(root, 'site'), env)).code).toBe(0)
    fs.appendFileSync(path.join(root, 'src/one.md'), '\nr[one.more]\nAnd more.\n')
    const result = await build(root, path.join(root, 'site'), {...env, ...crash})
    fs.rmSync(root, {recursive: true, force: true})
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/indexing for search .*Failed to run Pagefind: pagefind's process ended without answering/)
  }, 60_000)
})
