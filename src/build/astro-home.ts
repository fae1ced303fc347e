/**
 * Where Astro's files live for specmark: the package root (`astro.config.mjs` and `site/`), and Astro's
 * home for renderer builds (`site-renderer.ts`).
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The package root: where `astro.config.mjs` and `site/` live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Astro's own folders: under `node_modules/.cache/specmark-astro/` of the package (whence the bundled
 * site still resolves Astro's dependencies), never the checkout's `.astro/` nor a specification's
 * folder. `SPECMARK_ASTRO_DIR` moves it.
 */
export function astroHome(): string {
  return process.env.SPECMARK_ASTRO_DIR ?? path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'specmark-astro')
}
