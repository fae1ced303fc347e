/**
 * Source rewrites are transactions (src/fs/transaction.ts): a failure before the commit point leaves every
 * file as it was and no staged file behind; a run stopped after it is completed by the next command that
 * writes sources; `check` reports a pending journal; read-only and immutable files are refused with a
 * message, never a stack trace. The kill -9 loop is in test/fuzz/kill.fault.test.ts.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {recoverJournal} from '../../src/fs/transaction.ts'
import {assignIds} from '../../src/ids/assign.ts'
import {renameId} from '../../src/ids/rename.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {parseRegistry} from '../../src/registry/registry-file.ts'
import {release} from '../../src/release/release.ts'
import {specmark} from '../helpers/run-cli.ts'
import {check, chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const topics = Array.from({length: 6}, (_, i) => ({id: `c${i}`, prefix: `c${i}`, file: `c${i}.md`}))

/** Six chapters that all link to `c0.target`, released once, with interop data citing it. */
export async function linkedSpec(): Promise<string> {
  const files: Record<string, string> = {
    'outline.yaml': outlineYaml(topics),
    'interop/data/constructs.yaml': 'constructs:\n  - id: x\n    name: X\n    category: types\n    description: A construct.\n    normative_refs: [c0.target, "c1.intro"]\n',
  }
  for (const topic of topics) {
    files[topic.file] = chapter(topic.id, `# ${topic.id}\n\nr[${topic.id}.intro]\nIntro; see [c0.target] and [there](c0.md#r-c0.target).\n${topic.id === 'c0' ? '\nr[c0.target]\nThe target.\n' : ''}`)
  }
  const root = await writeTree(files)
  await release(await assembleModel(root, {cache: false}), '1.0')
  return root
}

/** Every file under `root` with its content, skipping none (staged or temporary files included). */
export async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await fs.readdir(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(root, full), await fs.readFile(full, 'utf8'))
  }
  return files
}

const errors = async (root: string): Promise<string[]> => (await check(root)).filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.reason}`)

afterEach(() => {
  delete process.env.SPECMARK_FAULT
})

describe('a rewrite failing before its commit point', () => {
  for (const step of ['journal', 'stage', 'commit']) {
    it(`leaves every file as it was (fault at ${step})`, async () => {
      const root = await linkedSpec()
      const before = await snapshot(root)
      process.env.SPECMARK_FAULT = step
      await expect(renameId(await assembleModel(root, {cache: false}), 'c0.target', 'c0.aim', {allowDirty: true})).rejects.toThrow('nothing was written')
      expect(await snapshot(root)).toEqual(before)
    })
  }
})

describe('a rewrite stopped after its commit point', () => {
  it('is reported by check and completed by the next writing command', async () => {
    const root = await linkedSpec()
    process.env.SPECMARK_FAULT = 'rename'
    await expect(renameId(await assembleModel(root, {cache: false}), 'c0.target', 'c0.aim', {allowDirty: true})).rejects.toThrow('the next command that writes sources completes it')
    delete process.env.SPECMARK_FAULT
    expect(await errors(root)).toContainEqual(expect.stringMatching(/^interrupted-rewrite: .*`ids rename c0.target c0.aim` was interrupted/))

    const next = await specmark('ids', 'assign', '--root', root)
    expect(next.stderr).toContain('completed the interrupted `ids rename c0.target c0.aim` (8 files written)')
    expect(next.code).toBe(0)
    expect(await errors(root)).toEqual([])
    const after = await snapshot(root)
    expect([...after.keys()].filter((file) => file.includes('.specmark-') || file.endsWith('.tmp'))).toEqual([])
    for (const topic of topics) expect(after.get(topic.file)).toContain('[c0.aim]')
    expect(after.get('interop/data/constructs.yaml')).toContain('normative_refs: [c0.aim, "c1.intro"]')
    expect(parseRegistry(after.get('registry.txt')!, 'registry.txt').entries.get('c0.target')!.status).toEqual({kind: 'renamed', to: 'c0.aim'})
  })

  it('undoes a journal still staging (the run was stopped before committing)', async () => {
    const root = await linkedSpec()
    const before = await snapshot(root)
    const staged = path.join(root, '.c0.md.1.abcd.specmark-new')
    await fs.writeFile(staged, 'half')
    await fs.writeFile(path.join(root, '.specmark-journal.json'), JSON.stringify({version: 1, state: 'staging', command: 'ids assign', pid: 2 ** 22 + 1, entries: [{target: 'c0.md', staged: '.c0.md.1.abcd.specmark-new'}], createdDirs: []}))
    expect(await recoverJournal(root)).toEqual({action: 'undone', command: 'ids assign', files: 1})
    expect(await snapshot(root)).toEqual(before)
  })

  it('never follows a journal naming files outside the root', async () => {
    const root = await linkedSpec()
    await fs.writeFile(path.join(root, '.specmark-journal.json'), JSON.stringify({version: 1, state: 'committed', command: 'x', pid: 2 ** 22 + 1, entries: [{target: '../victim', staged: '.c0.md.specmark-new'}]}))
    await expect(recoverJournal(root)).rejects.toThrow('not a file specmark stages')
  })
})

describe('release', () => {
  it('writes the snapshot and the registry together or not at all', async () => {
    const root = await linkedSpec()
    await fs.appendFile(path.join(root, 'c1.md'), '\nr[c1.new]\nA new rule.\n')
    const before = await snapshot(root)
    process.env.SPECMARK_FAULT = 'commit'
    await expect(release(await assembleModel(root, {cache: false}), '1.1', {allowDirty: true})).rejects.toThrow('nothing was written')
    expect(await snapshot(root)).toEqual(before)
    delete process.env.SPECMARK_FAULT
    const summary = await release(await assembleModel(root, {cache: false}), '1.1', {allowDirty: true})
    expect(summary.added).toEqual(['c1.new'])
  })
})

/** Makes a file immutable (`chattr +i`, which stops root too) or, where chattr does not work, read-only. */
function protect(file: string): () => void {
  try {
    execFileSync('chattr', ['+i', file], {stdio: 'ignore'})
    return () => execFileSync('chattr', ['-i', file])
  } catch {
    execFileSync('chmod', ['a-w', file])
    return () => execFileSync('chmod', ['u+w', file])
  }
}

describe('files that cannot be written', () => {
  for (const [what, file, command] of [
    ['an immutable chapter during ids rename', 'c3.md', ['ids', 'rename', 'c0.target', 'c0.aim']],
    ['an immutable registry during ids retire', 'registry.txt', ['ids', 'retire', 'c2.intro', '--reason', 'gone']],
    ['an immutable registry during release', 'registry.txt', ['release', '2.0']],
    ['an immutable chapter during ids assign', 'c4.md', ['ids', 'assign']],
  ] as const) {
    it(`refuses ${what} with a message and changes nothing`, async () => {
      const root = await linkedSpec()
      if (command[1] === 'assign') await fs.appendFile(path.join(root, 'c4.md'), '\n## More\n\nAn unlabelled rule.\n')
      else await fs.appendFile(path.join(root, 'c2.md'), '\nr[c2.fresh]\nNew for 2.0.\n')
      const before = await snapshot(root)
      const unprotect = protect(path.join(root, file))
      try {
        const result = await specmark(...command, '--root', root, '--allow-dirty')
        expect(result.code).toBe(2)
        expect(result.stderr).toMatch(new RegExp(`^specmark: error: .*${file.replace('.', '\\.')}: cannot be rewritten: it is read-only or immutable; nothing was written\\n$`))
        expect(result.stderr).not.toMatch(/\n\s+at /)
      } finally {
        unprotect()
      }
      expect(await snapshot(root)).toEqual(before)
    })
  }

  it('refuses an immutable folder (a new release snapshot cannot be created) without a trace', async () => {
    const root = await linkedSpec()
    const before = await snapshot(root)
    const unprotect = protect(path.join(root, 'releases'))
    try {
      const result = await specmark('release', '2.0', '--root', root, '--allow-dirty')
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/releases: cannot write files in this folder: it is read-only or immutable; nothing was written/)
    } finally {
      unprotect()
    }
    expect(await snapshot(root)).toEqual(before)
  })
})

describe('ids assign', () => {
  it('still writes through the transaction and leaves nothing behind', async () => {
    const root = await linkedSpec()
    await fs.appendFile(path.join(root, 'c4.md'), '\n## More\n\nAn unlabelled rule.\n')
    expect(await assignIds(await assembleModel(root, {cache: false}), {allowDirty: true})).toHaveLength(1)
    expect((await fs.readdir(root)).filter((file) => file.startsWith('.'))).toEqual([])
  })
})

describe('a run killed while writing its journal', () => {
  it('leaves only a temporary journal, which recovery removes', async () => {
    const root = await linkedSpec()
    const before = await snapshot(root)
    await fs.writeFile(path.join(root, `.specmark-journal.json.${2 ** 22 + 1}.0badc0de.tmp`), '{"version": 1, "sta')
    expect(await recoverJournal(root)).toBeNull()
    expect(await snapshot(root)).toEqual(before)
  })
})
