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
    include: ['test/**/*.test.ts'],
    // The corpus and CLI tests start processes and read the whole Reference; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default (one worker fewer than the cores) runs the suite one file at a time on a 2-core CI
    // machine, although most of a file's time is spent waiting on child processes (Astro, rustc, Chromium).
    maxWorkers: Math.max(2, os.availableParallelism()),
    sequence: {sequencer: LongestFirst},
    env: {SPECMARK_CACHE: '0'},
  },
})
