/**
 * The kill -9 loop: `specmark ids rename` and `specmark release` are killed (SIGKILL) at random points,
 * half of them timed from the moment their journal appears so that the kill lands inside the transaction.
 * After every kill the next command that writes sources (here what `specmark ids recover`, and every such
 * command first, runs) must leave the spec exactly as it was or exactly as an uninterrupted run leaves it,
 * with no staged or temporary file, and `check` clean. `npm test` runs KILL_RUNS=2 a command; `npm run
 * fuzz` runs many more.
 */
import {spawn} from 'node:child_process'
import fsSync from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {recoverJournal} from '../../src/fs/transaction.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {release} from '../../src/release/release.ts'
import {specmark} from '../helpers/run-cli.ts'
import {check, chapter, outlineYaml} from '../helpers/spec-fixture.ts'

const RUNS = Number(process.env.KILL_RUNS ?? 2)
const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')
const CHAPTERS = 12
/** The pause after each transaction step in runs killed from the journal (SPECMARK_TX_STEP_MS). */
const STEP_MS = 20

type Tree = Map<string, string>

async function readTree(root: string): Promise<Tree> {
  const files: Tree = new Map()
  for (const entry of await fs.readdir(root, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) files.set(path.relative(root, path.join(entry.parentPath, entry.name)), await fs.readFile(path.join(entry.parentPath, entry.name), 'utf8'))
  }
  return files
}

async function writeTreeAt(tree: Tree): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-kill-'))
  for (const [file, content] of tree) {
    await fs.mkdir(path.dirname(path.join(root, file)), {recursive: true})
    await fs.writeFile(path.join(root, file), content)
  }
  return root
}

/** A released spec whose every chapter links to `c0.target` many times (long files: a long write phase). */
async function baseTree(): Promise<Tree> {
  const topics = Array.from({length: CHAPTERS}, (_, i) => ({id: `c${i}`, prefix: `c${i}`, file: `c${i}.md`}))
  const filler = Array.from({length: 60}, (_, i) => `r[ID.p${i}]\nParagraph ${i} cites [c0.target] and [again](c0.md#r-c0.target).\n`).join('\n')
  const files: Tree = new Map([
    ['outline.yaml', outlineYaml(topics)],
    ['interop/data/constructs.yaml', 'constructs:\n  - id: x\n    name: X\n    category: types\n    description: A construct.\n    normative_refs: [c0.target]\n'],
  ])
  for (const topic of topics) {
    files.set(topic.file, chapter(topic.id, `# ${topic.id}\n\n${topic.id === 'c0' ? 'r[c0.target]\nThe target.\n\n' : ''}${filler.replaceAll('ID', topic.id)}`))
  }
  const root = await writeTreeAt(files)
  await release(await assembleModel(root, {cache: false}), '1.0')
  const tree = await readTree(root)
  await fs.rm(root, {recursive: true, force: true})
  return tree
}

interface Scenario {
  name: string
  args: string[]
}

const scenarios: Scenario[] = [
  {name: 'ids rename', args: ['ids', 'rename', 'c0.target', 'c0.aim', '--allow-dirty']},
  {name: 'release', args: ['release', '1.1', '--allow-dirty']},
]

/** Runs the command and kills it: at `delay` ms after the start, or after the journal appears. */
async function killed(root: string, args: string[], delay: number, fromJournal: boolean): Promise<{landed: boolean; journal: boolean}> {
  // Timed from the journal, the transaction is slowed (a pause after each step) so that the kill lands in it.
  const env = {...process.env, SPECMARK_CACHE: '0', ...(fromJournal ? {SPECMARK_TX_STEP_MS: String(STEP_MS)} : {})}
  const child = spawn(process.execPath, [BIN, ...args, '--root', root], {env, stdio: 'ignore'})
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let timer: NodeJS.Timeout | undefined
  const kill = (): void => {
    timer = setTimeout(() => child.kill('SIGKILL'), delay)
  }
  let watcher: fsSync.FSWatcher | undefined
  if (fromJournal) {
    watcher = fsSync.watch(root, (_event, name) => {
      if (String(name) === '.specmark-journal.json' && timer === undefined) kill()
    })
  } else {
    kill()
  }
  await exited
  clearTimeout(timer)
  watcher?.close()
  return {landed: child.signalCode === 'SIGKILL', journal: fsSync.existsSync(path.join(root, '.specmark-journal.json'))}
}

describe('kill -9 at random points', () => {
  for (const scenario of scenarios) {
    it(`leaves the spec old or new after \`${scenario.name}\` is killed (${RUNS} runs)`, async () => {
      const before = await baseTree()
      const expectedRoot = await writeTreeAt(before)
      // The uninterrupted run, timed for choosing kill points (its own process: the same work as a killed one).
      const started = Date.now()
      const clean = await specmark(...scenario.args, '--root', expectedRoot)
      const duration = Date.now() - started
      expect(clean.code, clean.stderr).toBe(0)
      const after = await readTree(expectedRoot)
      await fs.rm(expectedRoot, {recursive: true, force: true})
      const releasedSnapshot = 'releases/1.1.json'

      let landed = 0
      let finishedFirst = 0
      let midTransaction = 0
      const outcomes = {old: 0, new: 0}
      // A kill timed at random may come after a fast run has finished: such runs prove nothing, so the loop
      // goes on (a bounded number of times) until RUNS runs were interrupted.
      for (let run = 0; landed < RUNS && run < RUNS * 4; run++) {
        const root = await writeTreeAt(before)
        const fromJournal = run % 2 === 1
        // Kill points: anywhere in the run, or anywhere in the (slowed) transaction: its steps are the
        // journal, one staged file and one rename a file, the commit; each followed by a pause.
        const delay = fromJournal ? Math.floor(Math.random() * STEP_MS * (2 * (CHAPTERS + 3) + 2)) : Math.floor(Math.random() * duration * 0.9)
        const result = await killed(root, scenario.args, delay, fromJournal)
        // A kill lands when the process dies of SIGKILL: it was still running (mid-run), not finished.
        if (result.landed) landed++
        else finishedFirst++
        if (result.journal) midTransaction++
        // What `specmark ids recover` (and every command that writes sources, first) runs.
        await recoverJournal(root)
        const now = await readTree(root)
        // The export snapshot of a release carries nothing run-specific but is compared by presence, to be safe.
        const comparable = (tree: Tree): Tree => new Map([...tree].map(([file, text]) => [file, file === releasedSnapshot ? 'present' : text]))
        const state = JSON.stringify([...comparable(now)].sort())
        if (state === JSON.stringify([...comparable(before)].sort())) outcomes.old++
        else if (state === JSON.stringify([...comparable(after)].sort())) outcomes.new++
        else {
          const differing = [...new Set([...now.keys(), ...after.keys()])].filter((file) => now.get(file) !== after.get(file) && now.get(file) !== before.get(file))
          throw new Error(`run ${run} (kill after ${delay} ms${fromJournal ? ' of the transaction' : ''}) left a spec neither old nor new: ${differing.join(', ')}`)
        }
        const errors = (await check(root)).filter((diagnostic) => diagnostic.severity === 'error')
        expect(errors.map((diagnostic) => diagnostic.reason)).toEqual([])
        await fs.rm(root, {recursive: true, force: true})
      }
      console.log(`${scenario.name}: ${outcomes.old + outcomes.new} runs, ${landed} killed mid-run (${finishedFirst} finished before their kill, not counted), ${midTransaction} inside the transaction; afterwards ${outcomes.old} old, ${outcomes.new} new`)
      // The loop must actually interrupt runs, and some inside the transaction, or it proves nothing: RUNS
      // kills, each of which landed while the command was running.
      expect(landed).toBe(RUNS)
      if (RUNS >= 4) expect(midTransaction).toBeGreaterThan(0)
    }, 120_000 + RUNS * 60_000)
  }
})
