// The website's Astro configuration. specmark bundles the site once into its site renderer
// (src/build/site-renderer.ts: server output, a local adapter, the base path), which renders the pages
// in process from the rendered specification; `astro build` or `astro dev` alone are not supported.
import {defineConfig} from 'astro/config'

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // Page URLs end in `/` (a folder with an index.html, so they work on any static server), or name a file
  // (`chapter.html`, an mdBook's URL scheme); the renderer finds a page either way.
  trailingSlash: 'ignore',
  compressHTML: true,
  devToolbar: {enabled: false},
})
