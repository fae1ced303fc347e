/**
 * Runs the Astro site (`astro.config.mjs` and `site/` at the package root) programmatically. The pages
 * read the rendered specification from the JSON file named by `SPECMARK_SITE_DATA` (see
 * `site/lib/site-data.ts`); everything else they need is in Astro's config.
 * <https://docs.astro.build/en/reference/programmatic-reference/>
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** The package root: where `astro.config.mjs` and `site/` live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface AstroOptions {
  /** Absolute output folder. */
  outDir: string
  /** The rendered specification (JSON) the pages read. */
  dataFile: string
  /** URL base path, `/…/`. */
  base: string
}

export async function runAstro(options: AstroOptions): Promise<void> {
  // Keep Astro off the network whoever runs the build.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
  process.env.SPECMARK_SITE_DATA = options.dataFile
  const {build} = await import('astro')
  try {
    await build({root: PACKAGE_ROOT, outDir: options.outDir, base: options.base, logLevel: 'warn', mode: 'production'})
  } catch (cause) {
    throw new Error('Failed to build the site with Astro.', {cause})
  }
}
