/**
 * Fuzzing the pipeline (issue: reliability under bad input): generated and mutated markdown goes through
 * parse, model, check, render (whose HTML must carry no script, handler or `javascript:` URL) and every
 * export. Nothing may throw; every problem is a diagnostic, and every
 * diagnostic about a chapter has a position inside it. `npm test` runs a bounded number of cases;
 * `npm run fuzz` runs many more (FUZZ_RUNS).
 */
import type {Root} from 'mdast'
import {DEFAULT_SETTINGS} from '../../src/config/schema.ts'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {runCheck} from '../../src/check/run-check.ts'
import {exportCsv} from '../../src/export/export-csv.ts'
import {exportJson} from '../../src/export/export-json.ts'
import {exportReqif} from '../../src/export/export-reqif.ts'
import type {Project} from '../../src/load/project.ts'
import {chapterEntries, chapterJob, modelFromDrafts, type ModelInputs} from '../../src/pipeline/assemble-model.ts'
import {parseChapter} from '../../src/pipeline/parse-job.ts'
import {renderChapter} from '../../src/render/render-chapter.ts'
import {chapterRenderInput} from '../../src/render/render-input.ts'
import {frontMatter, markdownDocument} from './arbitraries.ts'

const RUNS = Number(process.env.FUZZ_RUNS ?? 150)
/**
 * A long run may be bounded in time instead (FUZZ_SECONDS, for a shared or slow machine): each property
 * stops after that many seconds, the cases run so far counting as passed, and says how many ran.
 */
const SECONDS = process.env.FUZZ_SECONDS ? Number(process.env.FUZZ_SECONDS) : null
const LIMIT = SECONDS === null ? {} : {interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false}
/** Long runs (`npm run fuzz`) get time in proportion. */
const TIMEOUT = SECONDS === null ? Math.max(60_000, RUNS * 500) : SECONDS * 2000 + 60_000
const start = {line: 1, column: 1, offset: 0}

function projectFor(files: string[], layout: 'specmark' | 'mdbook'): Project {
  return {
    layout,
    specSyntax: true,
    smartPunctuation: true,
    language: 'en',
    root: '/fuzz',
    contentRoot: '/fuzz',
    listingFile: layout === 'specmark' ? 'outline.yaml' : 'SUMMARY.md',
    title: 'Fuzz',
    version: '0',
    edition: '2024',
    settings: DEFAULT_SETTINGS,
    parts: [{id: 'main', title: 'Main', informative: false}],
    entries: files.map((file) => ({
      chapterId: file.replace(/\.md$/, ''),
      file,
      exists: true,
      title: file,
      partId: 'main',
      topic: file.replace(/\.md$/, ''),
      prefix: file.replace(/\.md$/, ''),
      owners: ['T-lang'],
      ownershipOpen: false,
      informative: false,
      depth: 0,
      parentId: null,
      listedAt: {file: 'outline.yaml', start, end: start},
    })),
    markdownFiles: files,
  }
}

/** Markup that could run script: a script element, an event-handler attribute, a `javascript:` URL. */
function unsafeMarkup(html: string): string[] {
  const tags = html.match(/<[a-z][^>]*>/gi) ?? []
  return tags.filter((tag) => /^<script\b/i.test(tag) || /\son[a-z]+\s*=/i.test(tag) || /\b(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:/i.test(tag))
}

/** Runs the whole pipeline on in-memory chapters; returns the diagnostics. */
function pipeline(sources: string[], layout: 'specmark' | 'mdbook') {
  const files = sources.map((_, index) => (index === 0 ? 'main.md' : `c${index}.md`))
  const project = projectFor(files, layout)
  const entries = chapterEntries(project)
  const parsed = entries.map((entry, position) => parseChapter(chapterJob(entry, {layout, smartPunctuation: true}, sources[position]!, {})))
  const inputs: ModelInputs = {
    project,
    entries,
    drafts: parsed.map(({draft}) => draft),
    sources: new Map(entries.map((entry, position) => [entry.chapterId, sources[position]!])),
    registry: null,
    releases: {files: new Map(), changelogs: [], latest: null, snapshots: []},
    interop: null,
    externalIds: [],
    parsed: entries.map((entry) => entry.chapterId),
    includes: new Map(),
    trees: (() => {
      const get = (id: string): Root => parsed[entries.findIndex((entry) => entry.chapterId === id)]!.tree
      return {get, sendable: get, key: (id: string) => id, set: () => {}}
    })(),
    stamp: {commit: null, date: '1970-01-01T00:00:00Z'},
  }
  const model = modelFromDrafts(inputs, inputs.drafts)
  const {spec} = model
  const diagnostics = runCheck(model)
  for (const [position, chapter] of spec.chapters.entries()) {
    const {blocks} = renderChapter(chapterRenderInput(model, chapter, '/'))
    for (const block of blocks) expect(unsafeMarkup(block.html)).toEqual([])
  }
  JSON.parse(exportJson(spec, null))
  exportCsv(spec, null)
  exportReqif(spec, null, {timestamp: '2026-01-01T00:00:00Z'})
  return {diagnostics, files, sources}
}

describe('fuzzing the pipeline', () => {
  it(`never throws, and places every chapter diagnostic inside its file (${SECONDS === null ? `${RUNS} cases` : `${SECONDS} s`} a layout)`, () => {
    let cases = 0
    for (const layout of ['specmark', 'mdbook'] as const) {
      fc.assert(
        fc.property(fc.array(fc.tuple(frontMatter, markdownDocument), {minLength: 1, maxLength: 3}), (chapters) => {
          cases++
          const sources = chapters.map(([matter, body]) => matter + body)
          const {diagnostics, files} = pipeline(sources, layout)
          for (const diagnostic of diagnostics) {
            expect(diagnostic.reason.length).toBeGreaterThan(0)
            if (!diagnostic.place || !files.includes(diagnostic.place.file)) continue
            const source = sources[files.indexOf(diagnostic.place.file)]!
            const lines = source.split(/\r\n|\r|\n/).length
            expect(diagnostic.place.start.line).toBeGreaterThanOrEqual(1)
            expect(diagnostic.place.start.line).toBeLessThanOrEqual(lines + 1)
          }
        }),
        {numRuns: RUNS, ...LIMIT}
      )
    }
    console.log(`fuzz: ${cases} generated specifications through parse, model, check, render and export`)
  }, TIMEOUT)

  it('survives what it found', () => {
    // A standard-library link whose path holds a lone surrogate (a string can, no UTF-8 file does):
    // building its search URL threw "URI malformed" in the render (seed -1487043101).
    for (const layout of ['specmark', 'mdbook'] as const) {
      expect(() => pipeline(['---\n- a list\n---\n[d]: grammar-X r[\n\n[d]: a.b\ud800', ''], layout)).not.toThrow()
    }
  })

  it('survives mutations of a real chapter', () => {
    let cases = 0
    const base = '---\ntopic: main\nowner: [T-lang]\nstatus: draft\n---\n# Main\n\nr[main.intro]\nSee [main.intro] and [x][main.a].\n\nr[main.a]\n> [!NOTE]\n> A note with `code`.\n\n```grammar,x\n@root A -> B `c`\n\nB -> <prose>\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({max: base.length}), fc.nat({max: 20}), fc.string({maxLength: 8})), {maxLength: 8}), (mutations) => {
        cases++
        let text = base
        for (const [position, deleteCount, insert] of mutations) text = text.slice(0, position) + insert + text.slice(position + deleteCount)
        pipeline([text], 'specmark')
      }),
      {numRuns: RUNS, ...LIMIT}
    )
    console.log(`fuzz: ${cases} mutations of a real chapter through the pipeline`)
  }, TIMEOUT)
})
