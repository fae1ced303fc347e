import os from 'node:os'
import path from 'node:path'
import {BaseSequencer, type TestSpecification} from 'vitest/node'
import {defineConfig} from 'vitest/config'

/**
 * The longest test files, longest first (from a fresh-clone CI run on 2 cores). Vitest orders files by
 * their last durations, which a fresh clone has none of: it then starts the biggest files (in bytes) first,
 * which left the longest file to start late and run alone at the end. These start first instead, so that
 * the short files fill the other worker around them. Files not listed follow in Vitest's own order.
 */
const LONGEST = [
  'test/conformance/conformance.test.ts',
  'test/e2e/auditor-life.test.ts',
  'test/package/pack-install.test.ts',
  'test/site/quality.test.ts',
  'test/corpus/mdbook-books.test.ts',
  'test/spec/spec.test.ts',
  'test/site/margins.test.ts',
  'test/editors/vscode-package.test.ts',
  'test/site/browser.test.ts',
  'test/reliability/nothing-lost.test.ts',
  'test/site/reproducible.test.ts',
  'test/fuzz/kill.fault.test.ts',
]

/**
 * Test files that share their worker with the next file (Vitest's `isolate: false`): each file in a worker
 * of its own re-imports specmark and its dependencies (about 1.5 CPU-seconds a file, a sixth of the suite's
 * CPU for these files alone). A file belongs here only if it leaves the process as it found it: it
 * changes no environment variable, working folder, global or module (no `vi.mock`, `vi.spyOn`, `vi.stub*`,
 * fake timers); starting child processes is fine. Every other file keeps a fresh worker.
 */
const SHARED = [
  'test/api.test.ts',
  'test/architecture/layers.test.ts',
  'test/architecture/no-silent-skips.test.ts',
  'test/build/redirects.test.ts',
  'test/build/site-renderer.test.ts',
  'test/check/external-ids.test.ts',
  'test/check/rules.test.ts',
  'test/check/since-marker.test.ts',
  'test/citations/check-citations.test.ts',
  'test/citations/cli.test.ts',
  'test/cli/registry-commands.test.ts',
  'test/config/config.test.ts',
  'test/corpus/reference-revisions.test.ts',
  'test/dev/dev-session.test.ts',
  'test/dev/site-server.test.ts',
  'test/diff/classify.test.ts',
  'test/examples/shell-spawner.test.ts',
  'test/export/export.test.ts',
  'test/export/xhtml.test.ts',
  'test/fuzz/pipeline.fuzz.test.ts',
  'test/grammar/parse-grammar.test.ts',
  'test/ids/assign.test.ts',
  'test/ids/history.test.ts',
  'test/ids/migrate.test.ts',
  'test/ids/registry.test.ts',
  'test/lsp/completion.test.ts',
  'test/lsp/features.test.ts',
  'test/lsp/positions.test.ts',
  'test/lsp/rename-transaction.test.ts',
  'test/lsp/workspace.test.ts',
  'test/model/build-chapter.test.ts',
  'test/model/clauses.test.ts',
  'test/model/crlf.test.ts',
  'test/model/file-destinations.test.ts',
  'test/model/glossary.test.ts',
  'test/model/heading-ids.test.ts',
  'test/model/image-sources.test.ts',
  'test/model/mdbook-includes.test.ts',
  'test/model/mdbook-urls.test.ts',
  'test/model/mdbook.test.ts',
  'test/parse/rule-label.test.ts',
  'test/reliability/root-escape.test.ts',
  'test/render/admonitions.test.ts',
  'test/render/code-blocks.test.ts',
  'test/render/contrast.test.ts',
  'test/render/data-views.test.ts',
  'test/render/generated-names.test.ts',
  'test/render/glossary-html.test.ts',
  'test/render/grammar.test.ts',
  'test/render/links.test.ts',
  'test/render/rule-margin.test.ts',
  'test/render/rule-notes.test.ts',
  'test/render/sanitize.test.ts',
  'test/site/build.test.ts',
  'test/site/isolation.test.ts',
  'test/site/lookup.test.ts',
  'test/site/search-records.test.ts',
  'test/site/search-shards.test.ts',
  'test/site/site-pages.test.ts',
  'test/spec/spec.test.ts',
  'test/trace/coverage.test.ts',
  'test/trace/format.test.ts',
  'test/trace/reviewed-links.test.ts',
  'test/trace/rust-reference.test.ts',
  'test/trace/scan.test.ts',
  'test/trace/suspect.test.ts',
]

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    // With every file's last duration known, Vitest's order (longest first) is the better one.
    if (files.every((file) => this.ctx.cache.getTestSpecificationResult(file))) return sorted
    const rank = (file: TestSpecification): number => {
      const index = LONGEST.indexOf(path.relative(file.project.config.root, file.moduleId).split(path.sep).join('/'))
      return index === -1 ? LONGEST.length : index
    }
    return sorted.map((file, index) => ({file, index})).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({file}) => file)
  }
}

export default defineConfig({
  test: {
    // The corpus and CLI tests start processes and read the whole Reference; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default (one worker fewer than the cores) runs the suite one file at a time on a 2-core CI
    // machine, although most of a file's time is spent waiting on child processes (Astro, rustc, Chromium).
    maxWorkers: Math.max(2, os.availableParallelism()),
    sequence: {sequencer: LongestFirst},
    env: {SPECMARK_CACHE: '0'},
    globalSetup: ['test/setup/temporary-folder.ts'],
    projects: [
      {extends: true, test: {name: 'shared', include: SHARED, isolate: false}},
      {extends: true, test: {name: 'isolated', include: ['test/**/*.test.ts'], exclude: SHARED}},
    ],
  },
})
