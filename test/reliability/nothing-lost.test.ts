/**
 * Nothing is lost: source rewrites are atomic (a run killed at any moment leaves every file old or new,
 * never truncated), an edit saved by someone else in between is not overwritten, and files with changes
 * git does not have are not rewritten without --allow-dirty.
 */
import {execFileSync, spawn} from 'node:child_process'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {writeFileAtomic} from '../../src/fs/atomic-write.ts'
import {assignIds} from '../../src/ids/assign.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {specmark} from '../helpers/run-cli.ts'
import {chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

describe('atomic writes', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const root = await writeTree({'a.md': 'old\n'})
    await writeFileAtomic(path.join(root, 'a.md'), 'new\n', {expected: 'old\n'})
    expect(await fs.readFile(path.join(root, 'a.md'), 'utf8')).toBe('new\n')
    expect(await fs.readdir(root)).toEqual(['a.md'])
  })

  it('refuses when the file changed since it was read', async () => {
    const root = await writeTree({'a.md': 'saved by an editor meanwhile\n'})
    await expect(writeFileAtomic(path.join(root, 'a.md'), 'new\n', {expected: 'old\n'})).rejects.toThrow('changed on disk')
    expect(await fs.readFile(path.join(root, 'a.md'), 'utf8')).toBe('saved by an editor meanwhile\n')
    expect(await fs.readdir(root)).toEqual(['a.md'])
  })
})

describe('a command killed mid-write', () => {
  it('leaves every file either old or new', async () => {
    // Twenty chapters that all need IDs: assign rewrites them one after another (each write flushed to
    // disk), and the run is killed as soon as the first chapter is replaced, or after a delay.
    const paragraphs = Array.from({length: 400}, (_, i) => `Unlabelled rule number ${i} with some words.`).join('\n\n')
    const topics = Array.from({length: 20}, (_, i) => ({id: `c${i}`, prefix: `c${i}`, file: `c${i}.md`}))
    const files: Record<string, string> = {'outline.yaml': outlineYaml(topics)}
    for (const topic of topics) files[topic.file] = chapter(topic.id, `# ${topic.id}\n\nr[${topic.id}.intro]\nIntro.\n\n## Rules\n\n${paragraphs}\n`)
    const expected = await writeTree(files)
    await assignIds(await assembleModel(expected, {cache: false}))
    const after = new Map<string, string>()
    for (const topic of topics) after.set(topic.file, await fs.readFile(path.join(expected, topic.file), 'utf8'))

    const outcomes: string[] = []
    for (const trigger of ['first-write', 'first-write', 'first-write', 1500, 2500] as const) {
      const root = await writeTree(files)
      const child = spawn(process.execPath, [BIN, 'ids', 'assign', '--root', root], {env: {...process.env, SPECMARK_CACHE: '0'}, stdio: 'ignore'})
      const exited = new Promise((resolve) => child.once('exit', resolve))
      if (trigger === 'first-write') {
        const watcher = fsSync.watch(root, (_event, name) => {
          if (String(name).endsWith('.md')) child.kill('SIGKILL')
        })
        await exited
        watcher.close()
      } else {
        await new Promise((resolve) => setTimeout(resolve, trigger))
        child.kill('SIGKILL')
        await exited
      }
      let old = 0
      let rewritten = 0
      for (const topic of topics) {
        const text = await fs.readFile(path.join(root, topic.file), 'utf8')
        if (text === files[topic.file]) old++
        else if (text === after.get(topic.file)) rewritten++
        else throw new Error(`${topic.file} is neither old nor new after a kill (${text.length} bytes)`)
      }
      outcomes.push(`${rewritten}/${topics.length}`)
      const markdown = (await fs.readdir(root)).filter((file) => file.endsWith('.md'))
      expect(markdown).toHaveLength(topics.length)
    }
    console.log(`killed runs left these files rewritten (the rest untouched): ${outcomes.join(', ')}`)
  }, 120_000)
})

describe('uncommitted work', () => {
  it('is not rewritten without --allow-dirty', async () => {
    const root = await writeTree({
      'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
      'main.md': chapter('main', '# Main\n\nr[main.intro]\nIntro.\n\n## More\n\nUnlabelled.\n'),
    })
    const git = (...args: string[]): string => execFileSync('git', ['-C', root, ...args], {encoding: 'utf8'})
    git('init', '-q')
    git('add', '.')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init')
    await fs.appendFile(path.join(root, 'main.md'), '\nAn edit not yet committed.\n')
    const edited = await fs.readFile(path.join(root, 'main.md'), 'utf8')

    const refused = await specmark('ids', 'assign', '--root', root)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/not rewriting files with changes git does not have: .*main\.md; commit or stash them first, or pass --allow-dirty/)
    expect(await fs.readFile(path.join(root, 'main.md'), 'utf8')).toBe(edited)

    const allowed = await specmark('ids', 'assign', '--root', root, '--allow-dirty')
    expect(allowed.code).toBe(0)
    expect(await fs.readFile(path.join(root, 'main.md'), 'utf8')).not.toBe(edited)
  })
})
