/**
 * Runs the Astro site (`astro.config.mjs` and `site/` at the package root) programmatically. The pages
 * read the rendered specification from the JSON file named by `SPECMARK_SITE_DATA` (see
 * `site/lib/site-data.ts`); everything else they need is in Astro's config.
 * <https://docs.astro.build/en/reference/programmatic-reference/>
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {isMainThread} from 'node:worker_threads'

/** The package root: where `astro.config.mjs` and `site/` live. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface AstroOptions {
  /** Absolute output folder. */
  outDir: string
  /** The rendered specification (JSON) the pages read. */
  dataFile: string
  /** URL base path, `/…/`. */
  base: string
  /** The chapters whose pages to render (an incremental build, `page-keys.ts`); all when absent. */
  chapters?: string[] | null
}

/**
 * Astro's own folders, per build: under `node_modules/.cache/specmark-astro/` of the package (where the
 * parse cache lives too, and whence the prerendered chunks still resolve Astro's dependencies), never
 * the checkout's `.astro/`. `SPECMARK_ASTRO_DIR` moves it.
 */
function astroHome(): string {
  return process.env.SPECMARK_ASTRO_DIR ?? path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'specmark-astro')
}

/** Astro's cache for builds into `outDir`: one per output folder, so a rebuild stays warm and two outputs never share one. */
export function astroCacheDir(outDir: string): string {
  return path.join(astroHome(), 'cache', createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16))
}

export async function runAstro(options: AstroOptions): Promise<void> {
  // Keep Astro off the network whoever runs the build.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
  process.env.SPECMARK_SITE_DATA = options.dataFile
  if (options.chapters) process.env.SPECMARK_SITE_CHAPTERS = JSON.stringify(options.chapters)
  else delete process.env.SPECMARK_SITE_CHAPTERS
  const {build} = await import('astro')
  // Astro prerenders into `<working directory>/.astro/.prerender/` when the output folder is outside the
  // working directory, and removes it afterwards: two builds run from one folder collided there
  // (ENOTEMPTY). Each build runs from a working folder of its own (the main thread only: workers cannot
  // change directory), removed afterwards.
  await fs.mkdir(path.join(astroHome(), 'runs'), {recursive: true})
  const work = await fs.mkdtemp(path.join(astroHome(), 'runs', `${process.pid}-`))
  const previous = process.cwd()
  if (isMainThread) process.chdir(work)
  try {
    await build({root: PACKAGE_ROOT, outDir: options.outDir, base: options.base, cacheDir: astroCacheDir(options.outDir), logLevel: 'warn', mode: 'production'})
  } catch (cause) {
    throw new Error(`Astro failed: ${(cause as Error)?.message?.split('\n')[0] ?? String(cause)}`, {cause})
  } finally {
    delete process.env.SPECMARK_SITE_CHAPTERS
    if (isMainThread) process.chdir(previous)
    await fs.rm(work, {recursive: true, force: true})
  }
}
