/**
 * Test fixtures: small specifications written to a temporary folder, in our layout or as an mdBook, and
 * a `positioned` helper that finds where a marker sits so that tests state positions without counting.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {runCheck} from '../../src/check/run-check.ts'
import type {Diagnostic} from '../../src/diagnostics/diagnostic.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'

/** Writes `files` (path → content) into a new temporary folder and returns its path. */
export async function writeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-test-'))
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, file)), {recursive: true})
    await fs.writeFile(path.join(root, file), content)
  }
  return root
}

export interface TopicFixture {
  id: string
  prefix: string
  file: string
  owner?: string[]
}

/** An outline.yaml for the given topics (one part `main`, plus an informative part when asked). */
export function outlineYaml(topics: TopicFixture[]): string {
  const lines = ['title: Test spec', 'version: 1.0.0', 'parts:', '  - id: main', '    title: Main', '    topics:']
  for (const topic of topics) {
    lines.push(
      `      - {id: ${topic.id}, title: ${topic.id}, owner: [${(topic.owner ?? ['T-lang']).join(', ')}], prefix: ${topic.prefix}, file: ${topic.file}}`
    )
  }
  return `${lines.join('\n')}\n`
}

/** A chapter with front matter for `topic`, followed by `body`. */
export function chapter(topic: string, body: string, owner: string[] = ['T-lang']): string {
  return `---\ntopic: ${topic}\nowner: [${owner.join(', ')}]\nstatus: draft\n---\n${body}`
}

/** A one-chapter spec in our layout whose chapter (`main.md`, prefix `main`) has `body`. */
export async function oneChapterSpec(body: string, extra: Record<string, string> = {}): Promise<string> {
  return writeTree({
    'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
    'main.md': chapter('main', body),
    ...extra,
  })
}

/** Loads and checks a root; returns its diagnostics. */
export async function check(root: string): Promise<Diagnostic[]> {
  return runCheck(await assembleModel(root, {cache: false}))
}

/** The diagnostics of one lint, as `line:column` strings. */
export function positionsOf(diagnostics: Diagnostic[], code: string): string[] {
  return diagnostics
    .filter((diagnostic) => diagnostic.code === code)
    .map((diagnostic) => `${diagnostic.place?.file}:${diagnostic.place?.start.line}:${diagnostic.place?.start.column}`)
}

export const MARK = '⟨here⟩'

/**
 * Removes every `⟨here⟩` marker from `text` and returns the text with the 1-based line:column of each
 * marker (as in the cleaned text), so tests say where a diagnostic belongs by pointing at it.
 */
export function positioned(text: string): {text: string; marks: string[]} {
  const marks: string[] = []
  let clean = ''
  let rest = text
  for (let index = rest.indexOf(MARK); index !== -1; index = rest.indexOf(MARK)) {
    clean += rest.slice(0, index)
    const lines = clean.split('\n')
    marks.push(`${lines.length}:${lines[lines.length - 1]!.length + 1}`)
    rest = rest.slice(index + MARK.length)
  }
  return {text: clean + rest, marks}
}
