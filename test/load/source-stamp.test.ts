import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'

// The stamp's git calls, counted: outside a repository none may be made.
// `promisify(execFile)` uses execFile's own promise form, which is spied on too.
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>()
  const {promisify} = await import('node:util')
  const execFile = Object.assign(vi.fn(original.execFile), {[promisify.custom]: vi.fn((original.execFile as unknown as Record<symbol, (...args: unknown[]) => unknown>)[promisify.custom]!)})
  return {...original, execFile, execFileSync: vi.fn(original.execFileSync)}
})
const child = await import('node:child_process')
const gitCalls = (): number =>
  vi.mocked(child.execFile).mock.calls.length + vi.mocked((child.execFile as unknown as Record<symbol, () => unknown>)[promisify.custom]!).mock.calls.length + vi.mocked(child.execFileSync).mock.calls.length
const {readSourceStamp, sourceDateEpoch, sourceStamp} = await import('../../src/load/source-stamp.ts')

let scratch: string
const saved = {epoch: process.env.SOURCE_DATE_EPOCH, gitDir: process.env.GIT_DIR}

beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-stamp-'))
  delete process.env.SOURCE_DATE_EPOCH
  delete process.env.GIT_DIR
  vi.clearAllMocks()
})

afterEach(() => {
  fs.rmSync(scratch, {recursive: true, force: true})
  for (const [name, value] of [['SOURCE_DATE_EPOCH', saved.epoch], ['GIT_DIR', saved.gitDir]] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

describe('the source stamp', () => {
  it('starts no git outside a repository, and gives the epoch or SOURCE_DATE_EPOCH', async () => {
    const root = path.join(scratch, 'spec')
    fs.mkdirSync(root)
    expect(await readSourceStamp(root)).toEqual({commit: null, date: '1970-01-01T00:00:00Z'})
    expect(sourceStamp(root)).toEqual({commit: null, date: '1970-01-01T00:00:00Z'})
    expect(sourceDateEpoch(root)).toBe(0)
    process.env.SOURCE_DATE_EPOCH = '1764547200'
    expect(await readSourceStamp(root)).toEqual({commit: null, date: '2025-12-01T00:00:00Z'})
    expect(gitCalls()).toBe(0)
  })

  it('reads the commit and its date inside a repository, from a folder below its top', async () => {
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', scratch, ...args], {
        encoding: 'utf8',
        env: {...process.env, GIT_AUTHOR_DATE: '2026-03-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-03-01T12:00:00Z', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e'},
      }).trim()
    git('init', '-q')
    const root = path.join(scratch, 'docs', 'spec')
    fs.mkdirSync(root, {recursive: true})
    fs.writeFileSync(path.join(root, 'a.md'), '# A\n')
    git('add', '.')
    git('commit', '-q', '-m', 'a')
    const head = git('rev-parse', 'HEAD')
    expect(await readSourceStamp(root)).toEqual({commit: head, date: '2026-03-01T12:00:00Z'})
    expect(sourceStamp(root)).toEqual({commit: head, date: '2026-03-01T12:00:00Z'})
    expect(gitCalls()).toBeGreaterThan(0)
  })
})
