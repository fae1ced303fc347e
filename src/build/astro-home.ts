/**
 * Astro's home for specmark's site renderer builds (`site-renderer.ts`).
 */
import path from 'node:path'
import {PACKAGE_ROOT} from '../core/package.ts'

/**
 * Astro's own folders: under `node_modules/.cache/specmark-astro/` of the package (whence the bundled
 * site still resolves Astro's dependencies), never the checkout's `.astro/` nor a specification's
 * folder. `SPECMARK_ASTRO_DIR` moves it.
 */
export function astroHome(): string {
  return process.env.SPECMARK_ASTRO_DIR ?? path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'specmark-astro')
}
