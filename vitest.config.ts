import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The corpus and CLI tests start processes and read the whole Reference; give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: {SPECMARK_CACHE: '0'},
  },
})
