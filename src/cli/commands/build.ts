/**
 * `specmark build`: check the specification, and only when `check` finds no errors, build the static site
 * (Astro pages and the pagefind search index) into `--out` (default `dist/`, or an mdBook's `build-dir`:
 * `Project.defaultOut`). Prints the diagnostics as
 * `check` does, then one line per phase with its time. Exit 1 (and no site) when `check` finds errors.
 * With `--tests DIR` it also traces those test trees (`src/trace/`): the pages show which tests cite each
 * paragraph, and `/traceability/` the coverage.
 */
import type {Command} from 'commander'
import {runCheck} from '../../check/run-check.ts'
import {counted, createPathDisplay, formatText, summarize} from '../../diagnostics/format.ts'
import {assembleModel} from '../../pipeline/assemble-model.ts'
import {cacheEnabled} from '../../cache/cache.ts'
import {prepareRender} from '../../render/render-warmup.ts'
import {blockCount, buildWorkers} from '../../build/build-workers.ts'
import {InputError} from '../../diagnostics/diagnostic.ts'
import {inPhase} from '../../diagnostics/phase.ts'
import {baseProblem, normalizeBase} from '../../render/urls.ts'
import {addRootOption} from '../options.ts'
import path from 'node:path'

interface BuildCommandOptions {
  root: string
  out?: string
  base: string
  denyWarnings: boolean
  cache: boolean
  tests: string[]
  pdf?: string | true
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`
/** What the search phase indexed: the whole book, or the shards whose records changed (the rest kept). */
const searchIndexed = (records: number, shards: {count: number; indexed: number; records: number}): string =>
  shards.indexed === shards.count
    ? `${counted(records, 'search record')} (${counted(shards.count, 'shard')})`
    : `${counted(shards.records, 'search record')} (${shards.indexed} of the index's ${shards.count} shards; the other ${shards.count - shards.indexed}, ${records - shards.records} records, unchanged and kept)`

export function registerBuild(program: Command, setStatus: (code: number) => void): void {
  const command = program.command('build').description('check, then build the static site and its search index')
  addRootOption(command)
    .option('--out <dir>', 'output folder (default: dist, or an mdBook\'s [build] build-dir, book)')
    .option('--base <path>', 'URL path the site is served under', '/')
    .option('--deny-warnings', 'treat warnings as errors (also: SPECMARK_DENY_WARNINGS=1)', false)
    .option('--no-cache', 'parse and render every file again instead of reusing cached results')
    .option('--tests <dir>', 'a test tree whose `//@ reference:` citations to trace (repeatable; see `specmark trace`)', (dir: string, dirs: string[]) => [...dirs, dir], [])
    .option('--pdf [file]', 'also print the whole document to one PDF with Chromium (default: <out>/document.pdf)')
    .action(async (options: BuildCommandOptions) => {
      const start = performance.now()
      const problem = baseProblem(options.base)
      if (problem) throw new InputError(`\`--base ${options.base.slice(0, 60)}\`: ${problem}`)
      // Without workers for the render and the pages (`buildWorkers`), the parse alone would have to repay theirs.
      const workers = buildWorkers()
      const model = await inPhase('loading', options.root, () => assembleModel(options.root, {cache: options.cache, poolAfter: workers > 0}))
      // A cold build renders every chapter: its worker threads load the renderer while this one checks.
      prepareRender(model.project.root, model.spec.chapters, cacheEnabled(options.cache), buildWorkers(blockCount(model)))
      const denyWarnings = options.denyWarnings || process.env.SPECMARK_DENY_WARNINGS === '1'
      const diagnostics = inPhase('checking', options.root, () => runCheck(model, {denyWarnings}))
      const text = formatText(diagnostics, createPathDisplay(model.project.contentRoot))
      if (text) process.stdout.write(`${text}\n`)
      process.stderr.write(`checked ${counted(model.spec.chapters.length, 'chapter')} in ${seconds(performance.now() - start)}: ${summarize(diagnostics)}\n`)
      if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
        process.stderr.write('build: not building the site because check found errors\n')
        setStatus(1)
        return
      }
      // Loaded here so that other commands do not pay for the renderer, shiki, Astro and pagefind. The
      // site renderer is sought first (and, for a cold build, loaded by a worker, which has nothing else
      // to do yet), then the search index (pagefind's own process) starts, both before the render.
      // mdBook's links are relative, so its output works under any path; specmark's start from `--base`.
      const hosted = model.project.siteUrlPath
      if (hosted !== undefined && baseProblem(hosted) === null && normalizeBase(hosted) !== normalizeBase(options.base)) {
        process.stderr.write(`build: book.toml's \`site-url\` says the book is hosted under ${normalizeBase(hosted)}; these pages link from ${normalizeBase(options.base)} (build with \`--base ${normalizeBase(hosted)}\` to host them there)\n`)
      }
      const out = options.out ?? (model.project.defaultOut ? path.relative(process.cwd(), model.project.defaultOut) || '.' : 'dist')
      const {buildSite, startSite} = await import('../../build/build-site.ts')
      const site = startSite(model, {base: options.base, cache: options.cache})
      const search = await (await import('../../build/site-search.ts')).startSearch(model, out, out, options.cache)
      const trace = options.tests.length > 0 ? await (await import('../../trace/site-trace.ts')).loadTraceForSite(model, options.tests) : null
      const summary = await buildSite(model, {outDir: out, base: options.base, cache: options.cache, trace, search, site})
      const {timings} = summary
      process.stderr.write(
        [
          `rendered ${counted(summary.chapters, 'chapter')} (${summary.renderedFromCache} unchanged) in ${seconds(timings.render)}`,
          `built the pages (${counted(summary.chapters, 'chapter')}${summary.pagesKept > 0 ? `, ${summary.pagesKept} of them unchanged and kept` : ''}, ${counted(summary.rules, 'rule ID')}) in ${seconds(timings.pages)}: ${summary.pagesRendered} rendered, ${summary.pagesWritten} of them changed and written${summary.otherPagesKept > 0 ? `; ${summary.otherPagesKept} other pages unchanged and kept` : ''}`,
          summary.searchKept ? `kept the search index (its ${summary.searchRecords} records unchanged) in ${seconds(timings.search)}` : `indexed ${searchIndexed(summary.searchRecords, summary.searchShards)} in ${seconds(timings.search)}`,
          ...(trace ? [`traced ${options.tests.join(', ')}: ${trace.totals.covered} of ${trace.totals.total} normative paragraphs cited (traceability/)`] : []),
          `wrote ${out}/ in ${seconds(performance.now() - start)}${summary.staleFilesRemoved > 0 ? ` (removed ${summary.staleFilesRemoved} stale files)` : ''}`,
        ].join('\n') + '\n'
      )
      // Citations of unknown or retired IDs fail the build as they fail `trace` (the site is built anyway,
      // so that /traceability/ shows them).
      if (trace && trace.unknown.length > 0) {
        for (const cited of trace.unknown) {
          const why = cited.retired ? `retired ${cited.retired.release === 'unreleased' ? 'since the last release' : `in ${cited.retired.release}`}${cited.retired.reason ? ` (${cited.retired.reason})` : ''}` : 'unknown'
          process.stdout.write(`${cited.file}:${cited.line}:${cited.column}: error[${cited.retired ? 'retired-rule-cited' : 'unknown-rule-cited'}]: \`${cited.id}\` is ${why}\n`)
        }
        process.stderr.write(`build: ${counted(trace.unknown.length, 'test citation')} of unknown or retired rule IDs (listed on traceability/)\n`)
        setStatus(1)
      }
      if (options.pdf !== undefined) {
        const pdfStart = performance.now()
        const {writePdf} = await import('../../build/pdf.ts')
        const {sourceDateEpoch} = await import('../../load/source-stamp.ts')
        const file = options.pdf === true ? path.join(out, 'document.pdf') : options.pdf
        const pdf = await writePdf({outDir: path.resolve(out), base: normalizeBase(options.base), file, title: model.spec.title, version: model.spec.version, epoch: sourceDateEpoch(model.project.root)})
        process.stderr.write(`printed ${file} (${pdf.pages} pages) in ${seconds(performance.now() - pdfStart)}\n`)
      }
    })
}
