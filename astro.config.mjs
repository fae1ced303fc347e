// The website's Astro configuration. `specmark build` runs Astro programmatically (src/build/run-astro.ts)
// and passes the output folder and base path inline; the pages in site/ read the rendered specification
// that the build wrote (SPECMARK_SITE_DATA), so running `astro build` alone is not supported.
import {defineConfig} from 'astro/config'

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  // `/id/<ID>/` and chapter pages are folders with an index.html, so they work on any static server.
  build: {
    format: 'directory',
    // Thousands of small `/id/<ID>/` pages: overlapping their writes is what makes them fast.
    concurrency: 8,
  },
  trailingSlash: 'always',
  compressHTML: true,
  devToolbar: {enabled: false},
  // The build rewrites the previous output and removes stale files itself (src/build/out-dir.ts).
  vite: {build: {emptyOutDir: false}},
})
