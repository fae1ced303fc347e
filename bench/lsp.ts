/**
 * bench/lsp: the language server on the Rust Reference corpus. Initialize: from starting `specmark lsp
 * --stdio` to the first answer that needs the model (the whole spec loaded), with the parse cache primed
 * (what an author sees after the first `check`) and without it; target about 2 s. Re-check: one edited
 * chapter parsed again plus the whole-spec model and every lint, in the server's own process, for a small
 * and the largest chapter (target well under 300 ms), and the round trip an editor sees from `didChange`
 * to `publishDiagnostics` (which includes the server's 100 ms debounce), for a small and the largest
 * chapter. First diagnostics: from spawning the server with the largest chapter opened (one broken link in
 * it) to its diagnostics, cold. Completion: a `textDocument/completion` after `[expr.` on the loaded model.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Workspace} from '../src/lsp/workspace.ts'
import {LspClient} from '../test/lsp/lsp-client.ts'
import {REFERENCE} from '../test/helpers/shared.ts'

const SMALL = 'expressions/if-expr.md'
const LARGE = 'inline-assembly.md'

export async function benchLsp(): Promise<string[]> {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-bench-cache-'))
  try {
    await timeInitialize({SPECMARK_CACHE_DIR: cacheDir})
    const warm = await repeat(5, () => timeInitialize({SPECMARK_CACHE_DIR: cacheDir}))
    const cold = await repeat(3, () => timeInitialize({SPECMARK_CACHE: '0'}))
    const inProcess = await timeRecheck(cacheDir)
    const roundTrip = await timeRoundTrip(cacheDir, SMALL)
    const roundTripLarge = await timeRoundTrip(cacheDir, LARGE)
    const first = await repeat(3, () => timeFirstDiagnostics({SPECMARK_CACHE: '0'}))
    const completion = await timeCompletion(cacheDir)
    return [
      line('lsp first diagnostics of the largest chapter, from spawning the server (cold, no parse cache)', first),
      line('lsp completion after `[expr.` (Reference loaded)', completion),
      line('lsp initialize on the Reference (warm, parse cache primed)', warm),
      line('lsp initialize on the Reference (cold, no parse cache)', cold),
      line(`lsp re-check after an edit of ${SMALL} (${inProcess.small.size} kB), in process`, inProcess.small.runs),
      line(`lsp re-check after an edit of ${LARGE} (${inProcess.large.size} kB, the largest chapter), in process`, inProcess.large.runs),
      line(`lsp didChange → publishDiagnostics of ${SMALL} (includes the 100 ms debounce)`, roundTrip),
      line(`lsp didChange → publishDiagnostics of ${LARGE}, the largest chapter (includes the 100 ms debounce)`, roundTripLarge),
    ]
  } finally {
    fs.rmSync(cacheDir, {recursive: true, force: true})
  }
}

/** Milliseconds from spawning the server to the first answer that needs the loaded model. */
async function timeInitialize(env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  const {client} = await LspClient.start({folder: REFERENCE, env})
  await client.request('workspace/symbol', {query: 'expr.if.intro'})
  const elapsed = performance.now() - started
  await client.stop()
  return elapsed
}

/** Milliseconds of `setText` + `snapshot` (parse one chapter, build the model, run every lint). */
async function timeRecheck(cacheDir: string): Promise<Record<'small' | 'large', {size: number; runs: number[]}>> {
  // The workspace reads the cache folder from this process's environment: set only for this benchmark,
  // else every benchmark after it (and the commands they run) shared the folder, and the peer's cold
  // builds found their chapters already rendered there.
  const previous = process.env.SPECMARK_CACHE_DIR
  process.env.SPECMARK_CACHE_DIR = cacheDir
  try {
    const workspace = await Workspace.open(REFERENCE)
    workspace.snapshot()
    const measure = async (file: string): Promise<{size: number; runs: number[]}> => {
      const text = workspace.textOf(file)!
      const runs: number[] = []
      for (let run = 0; run < 9; run++) {
        const started = performance.now()
        await workspace.setText(file, `${text}\nSee [expr.not-a-rule-${run}].\n`)
        workspace.snapshot()
        runs.push(performance.now() - started)
      }
      await workspace.setText(file, text)
      return {size: Math.round(text.length / 1024), runs}
    }
    return {small: await measure(SMALL), large: await measure(LARGE)}
  } finally {
    if (previous === undefined) delete process.env.SPECMARK_CACHE_DIR
    else process.env.SPECMARK_CACHE_DIR = previous
  }
}

/** Milliseconds from spawning the server, the largest chapter opened with a broken link, to its diagnostics. */
async function timeFirstDiagnostics(env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  const {client} = await LspClient.start({folder: REFERENCE, env})
  const uri = client.uri(path.join(REFERENCE, 'src'), LARGE)
  await client.open(uri, `${fs.readFileSync(path.join(REFERENCE, 'src', LARGE), 'utf8')}\nSee [expr.not-a-rule].\n`)
  // Generous: on a machine loaded by other work a cold load takes minutes, and a benchmark should report it, not fail.
  await client.waitFor(() => (client.diagnostics.get(uri)?.length ?? 0) > 0, 900_000)
  const elapsed = performance.now() - started
  await client.stop()
  return elapsed
}

/** Milliseconds of a completion request after `[expr.` in a chapter of the loaded Reference. */
async function timeCompletion(cacheDir: string): Promise<number[]> {
  const {client} = await LspClient.start({folder: REFERENCE, env: {SPECMARK_CACHE_DIR: cacheDir}})
  const uri = client.uri(path.join(REFERENCE, 'src'), SMALL)
  const text = `${fs.readFileSync(path.join(REFERENCE, 'src', SMALL), 'utf8')}\nSee [expr.`
  await client.open(uri, text)
  await client.request('workspace/symbol', {query: 'expr.if.intro'})
  const lines = text.split('\n')
  const position = {line: lines.length - 1, character: lines.at(-1)!.length}
  const runs: number[] = []
  for (let run = 0; run < 9; run++) {
    const started = performance.now()
    await client.request('textDocument/completion', {textDocument: {uri}, position})
    runs.push(performance.now() - started)
  }
  await client.stop()
  return runs
}

/** Milliseconds from sending `didChange` to receiving the diagnostics it causes. */
async function timeRoundTrip(cacheDir: string, file: string): Promise<number[]> {
  const {client} = await LspClient.start({folder: REFERENCE, env: {SPECMARK_CACHE_DIR: cacheDir}})
  const uri = client.uri(path.join(REFERENCE, 'src'), file)
  const text = fs.readFileSync(path.join(REFERENCE, 'src', file), 'utf8')
  await client.open(uri, text)
  await client.request('workspace/symbol', {query: 'expr.if.intro'})
  // What the chapter already reports (warnings, say), once published.
  await new Promise((resolve) => setTimeout(resolve, 500))
  const baseline = client.diagnostics.get(uri)?.length ?? 0
  const runs: number[] = []
  for (let run = 0; run < 9; run++) {
    const broken = run % 2 === 0
    const started = performance.now()
    await client.change(uri, broken ? `${text}\nSee [expr.not-a-rule].\n` : text)
    await client.waitFor(() => (client.diagnostics.get(uri)?.length ?? 0) === baseline + (broken ? 1 : 0))
    runs.push(performance.now() - started)
  }
  await client.stop()
  return runs
}

async function repeat(times: number, run: () => Promise<number>): Promise<number[]> {
  const runs: number[] = []
  for (let index = 0; index < times; index++) runs.push(await run())
  return runs
}

function line(label: string, runs: number[]): string {
  const sorted = [...runs].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  return `${label}: median ${Math.round(median)} ms over ${runs.length} runs (${runs.map((run) => Math.round(run)).join(', ')})`
}
