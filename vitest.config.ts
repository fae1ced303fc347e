import os from 'node:os'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpus and CLI tests start processes and read the whole Reference; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default (one worker fewer than the cores) runs the suite one file at a time on a 2-core CI
    // machine, although most of a file's time is spent waiting on child processes (Astro, rustc, Chromium).
    maxWorkers: Math.max(2, os.availableParallelism()),
    env: {SPECMARK_CACHE: '0'},
  },
})
