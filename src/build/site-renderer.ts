/**
 * The site renderer: the Astro site (`site/`, `astro.config.mjs`) bundled ONCE into a server module,
 * which renders any page in process for a rendered specification (`render(pathname, {data})`).
 *
 * The site's templates are specmark's own code, the same for every specification, so bundling them (Vite
 * compiling every page, layout, component and script: seconds of CPU) is no part of building a spec.
 * The bundle lives in a folder named by a key over everything it is made of: the site key (the site's
 * files, the Astro config, the installed versions of Astro, of its dependencies and of specmark's, and
 * the base path, which Astro writes into asset URLs) and the modules of specmark's `src/` it bundled
 * (the pages import some: the rendered data's types, URLs, anchors, …), recorded with their content
 * hashes in its `renderer.json` when it was built, so that editing another module of `src/` keeps it.
 * The package ships it prebuilt for `/` (`site-renderer/`, written by `scripts/compile.ts`); the bundle
 * holds its dependencies (Astro's runtime among them), so the shipped one is used whatever versions npm
 * installed beside it, and its key leaves the versions out. In a checkout (which never uses the shipped
 * one), or for another base path, it is built on first use under the package's
 * `node_modules/.cache/specmark-astro/renderer/` and reused until its key changes — never under a
 * specification's cache, so a cold build of a spec does not bundle specmark's templates again.
 *
 * `specmark build` renders the pages it writes (`build-site.ts`); a server renders pages on request:
 * `(await openSiteRenderer({base})).render(pathname, {data, currentIds: true})`, and serves `clientDir`.
 *
 * Astro's public API throughout: a build in `output: 'server'` with a local adapter whose server entry
 * (`renderer-entry.ts`) exports Astro's `App` (`astro/app/entrypoint`), and `app.render(Request)`.
 * <https://docs.astro.build/en/reference/adapter-reference/>
 */
import {AsyncLocalStorage} from 'node:async_hooks'
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {isMainThread} from 'node:worker_threads'
import type {RenderedSpec} from '../render/types.ts'
import {normalizeBase} from '../render/urls.ts'
import {installedPackage, PACKAGE_ROOT, readManifest} from '../core/package.ts'
import {astroHome} from './astro-home.ts'
import {recordReads, type Reads} from './page-reads.ts'

/** Where the package ships its renderer, built for the base path `/` (`scripts/compile.ts`). */
export const SHIPPED_RENDERER_DIR = path.join(PACKAGE_ROOT, 'site-renderer')

/** Bump when what the renderer folder holds, or how it is built, changes. */
export const RENDERER_FORMAT = 'specmark-site-renderer/3'

/** What a built renderer's folder records about itself (`renderer.json`). */
interface RendererRecord {
  format: string
  base: string
  siteKey: string
  /** The modules of the package it bundled, outside `site/`: path under the package root → SHA-256. */
  inputs: Record<string, string>
}

/** Renderer builds kept under the package's cache besides the one in use (other base paths, older code). */
const KEEP_BUILDS = 6

export interface RenderedResponse {
  /** HTTP status: 200, or 404 (the not-found page) for a URL that is not a page of this specification. */
  status: number
  contentType: string | null
  body: Buffer
  /** What the page read of the data, when asked to record it (`RenderOptions.recordReads`); else null. */
  reads: Reads | null
}

export interface RenderOptions {
  /** The rendered specification to show. */
  data: RenderedSpec
  /** Also serve the `/id/<ID>/` page of current IDs (a server; a build writes those itself). */
  currentIds?: boolean
  /** Also serve each chapter's section of the print page alone (`printSectionPages`: a build keeping them). */
  sections?: boolean
  /** Render `/print/` without its chapters, with `PRINT_SECTIONS_SEAM` where they go (a build joins it from sections). */
  printSeam?: boolean
  /** Record what the page reads of `data` (`RenderedResponse.reads`): the key of a whole-book page (`page-reads.ts`). */
  recordReads?: boolean
}

export interface SiteRenderer {
  /** The bundle's key: its folder's name (part of every chapter page's key, `page-keys.ts`). */
  key: string
  /** The site's client files (`_astro/…`, `favicon.svg`), to copy or serve under the base path. */
  clientDir: string
  /**
   * Renders the page at `pathname` (under the base path, as requested: `/base/chapter/`). A page that
   * throws rejects with a `PageError` whose message is one line naming the page.
   */
  render(pathname: string, options: RenderOptions): Promise<RenderedResponse>
}

/** A page failed to render: the message names it, in one line. */
export class PageError extends Error {}

/** What the pages read their data from: `site/lib/site-data.ts`'s `siteContext()`. */
interface SiteContext {
  data: RenderedSpec
  currentIds: boolean
  sections?: boolean
  printSeam?: boolean
  error?: unknown
}
const STORE = Symbol.for('specmark.siteContext')

function contextStore(): AsyncLocalStorage<SiteContext> {
  const global = globalThis as {[STORE]?: AsyncLocalStorage<SiteContext>}
  global[STORE] ??= new AsyncLocalStorage<SiteContext>()
  return global[STORE]
}

interface AstroApp {
  render(request: Request): Promise<Response>
}

const opened = new Map<string, Promise<SiteRenderer>>()
const located = new Map<string, Promise<LocatedRenderer>>()

/** A built renderer's folder, before its server module is loaded. */
export interface LocatedRenderer {
  /** The bundle's key: its folder's name (`SiteRenderer.key`). */
  key: string
  dir: string
  /** The site's client files (`SiteRenderer.clientDir`). */
  clientDir: string
}

/**
 * The renderer's folder for sites served under `base`, built first when there is none (see
 * `openSiteRenderer`), without loading it: for a build whose pages another thread renders. Once per process.
 */
export function locateSiteRenderer(options: {base?: string}): Promise<LocatedRenderer> {
  const base = normalizeBase(options.base)
  let renderer = located.get(base)
  if (!renderer) {
    renderer = locate(base)
    renderer.catch(() => located.delete(base))
    located.set(base, renderer)
  }
  return renderer
}

async function locate(base: string): Promise<LocatedRenderer> {
  const home = path.join(astroHome(), 'renderer')
  // The shipped renderer serves the installed package; a checkout builds its own, keyed by the versions
  // installed there (upgrading Astro in a checkout rebuilds it). That key is only computed when needed.
  const installedPackage = PACKAGE_ROOT.split(path.sep).includes('node_modules')
  const shipped = installedPackage ? findRenderer(rendererKey(base, PACKAGE_ROOT, {versions: false}), PACKAGE_ROOT, [SHIPPED_RENDERER_DIR]) : null
  const dir = shipped ?? findRenderer(rendererKey(base), PACKAGE_ROOT, [home]) ?? (await buildOnce(home, base, rendererKey(base)))
  return {key: path.basename(dir), dir, clientDir: path.join(dir, 'client')}
}

/**
 * The renderer for sites served under `base` (default `/`): the shipped one if its key matches, else
 * the one built under the package's cache, building it first when there is none. Once per process.
 */
export function openSiteRenderer(options: {base?: string; located?: LocatedRenderer}): Promise<SiteRenderer> {
  const base = normalizeBase(options.base)
  let renderer = opened.get(base)
  if (!renderer) {
    renderer = load(base, options.located)
    renderer.catch(() => opened.delete(base))
    opened.set(base, renderer)
  }
  return renderer
}

/** Loads the renderer `located` names (another thread located it: the build's), else the one located here. */
async function load(base: string, located?: LocatedRenderer): Promise<SiteRenderer> {
  const {key, dir} = located ?? (await locateSiteRenderer({base}))
  const {app} = (await import(pathToFileURL(path.join(dir, 'server', 'entry.mjs')).href)) as {app: AstroApp}
  const store = contextStore()
  return {
    key,
    clientDir: path.join(dir, 'client'),
    async render(pathname, renderOptions) {
      const recording = renderOptions.recordReads ? recordReads(renderOptions.data) : null
      const context: SiteContext = {
        data: recording?.data ?? renderOptions.data,
        currentIds: renderOptions.currentIds ?? false,
        sections: renderOptions.sections ?? false,
        printSeam: renderOptions.printSeam ?? false,
      }
      const response = await store.run(context, async () => {
        const response = await app.render(new Request(new URL(pathname, 'http://specmark.invalid')))
        // The body is read inside the context: a page may still be rendering while it streams.
        return {response, body: Buffer.from(await response.arrayBuffer())}
      })
      if (context.error !== undefined || response.response.status >= 500) {
        const cause = context.error
        const message = cause instanceof Error ? cause.message.split('\n')[0] : cause === undefined ? `status ${response.response.status}` : String(cause)
        throw new PageError(`page ${pathname} failed to render: ${message}`, {cause})
      }
      return {status: response.response.status, contentType: response.response.headers.get('content-type'), body: response.body, reads: recording?.reads() ?? null}
    },
  }
}

/**
 * The folder of a built renderer for this site key, under one of `parents` (searched in order), whose
 * bundled modules are unchanged in the package at `root`.
 */
export function findRenderer(siteKey: string, root: string, parents: string[]): string | null {
  for (const parent of parents) {
    const names = fs.existsSync(parent) ? fs.readdirSync(parent).filter((name) => name.startsWith(`${siteKey}-`) && BUILD_NAME.test(name)).sort() : []
    for (const name of names) {
      const dir = path.join(parent, name)
      const record = readRecord(dir)
      if (!record || record.format !== RENDERER_FORMAT || record.siteKey !== siteKey || !fs.existsSync(path.join(dir, 'server', 'entry.mjs'))) continue
      if (Object.entries(record.inputs).every(([file, sha]) => fileHash(path.join(root, file)) === sha)) return dir
    }
  }
  return null
}

/** A renderer's folder name: its site key and the key of the modules it bundled. */
const BUILD_NAME = /^[0-9a-f]{16}-[0-9a-f]{16}$/

function readRecord(dir: string): RendererRecord | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'renderer.json'), 'utf8')) as RendererRecord
  } catch {
    return null
  }
}

function fileHash(file: string): string | null {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  } catch {
    return null
  }
}

/** A renderer build's lock is stale (its process died) after this long. */
const LOCK_STALE_MS = 5 * 60_000

/**
 * Builds the renderer under `parent` unless another process is building it: then waits for theirs
 * (builds at once would all bundle the same site, on machines where cores are few).
 */
async function buildOnce(parent: string, base: string, siteKey: string): Promise<string> {
  await fs.promises.mkdir(parent, {recursive: true})
  const lock = path.join(parent, `${siteKey}.lock`)
  for (;;) {
    const built = findRenderer(siteKey, PACKAGE_ROOT, [parent])
    if (built) return built
    try {
      await fs.promises.mkdir(lock)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const since = Date.now() - ((await fs.promises.stat(lock).catch(() => null))?.mtimeMs ?? 0)
      if (since > LOCK_STALE_MS) await fs.promises.rm(lock, {recursive: true, force: true})
      else await new Promise((resolve) => setTimeout(resolve, 250))
      continue
    }
    try {
      return await buildSiteRenderer(parent, base, siteKey)
    } finally {
      await fs.promises.rm(lock, {recursive: true, force: true})
    }
  }
}

/**
 * Bundles the site into a folder under `parent` (Astro's `build` in server mode, with a local adapter),
 * atomically: into a folder of its own first, renamed into place, so that two builds at once and a
 * killed build never leave a half-written renderer. Returns the folder.
 */
export async function buildSiteRenderer(parent: string, base: string, siteKey = rendererKey(base)): Promise<string> {
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
  await fs.promises.mkdir(parent, {recursive: true})
  const work = await fs.promises.mkdtemp(path.join(parent, `${siteKey}.${process.pid}-`))
  const previous = process.cwd()
  // Astro writes scratch files under the working directory: one of its own (the main thread only:
  // workers cannot change directory), so that nothing lands in the user's folder.
  if (isMainThread) process.chdir(work)
  try {
    const {build} = await import('astro')
    // The TypeScript source, shipped with the package too: Vite compiles it into the bundle.
    const entrypoint = path.join(PACKAGE_ROOT, 'src', 'build', 'renderer-entry.ts')
    const adapter = {
      name: 'specmark-site-renderer',
      hooks: {
        'astro:config:done': ({setAdapter}: {setAdapter: (adapter: unknown) => void}) =>
          setAdapter({
            name: 'specmark-site-renderer',
            entrypointResolution: 'auto',
            serverEntrypoint: entrypoint,
            supportedAstroFeatures: {serverOutput: 'stable', staticOutput: 'stable', hybridOutput: 'stable', sharpImageService: 'stable'},
          }),
      },
    }
    const out = path.join(work, 'out')
    // The package's modules the bundle is made of, besides `site/` (which the site key covers whole).
    const modules = new Set<string>()
    const site = path.join(PACKAGE_ROOT, 'site') + path.sep
    const recordInputs = {
      name: 'specmark-renderer-inputs',
      buildEnd(this: {getModuleIds(): Iterable<string>}) {
        for (const id of this.getModuleIds()) {
          const file = id.split('?')[0]!
          if (file.startsWith(PACKAGE_ROOT + path.sep) && !file.startsWith(site) && !file.includes(`${path.sep}node_modules${path.sep}`)) modules.add(file)
        }
      },
    }
    try {
      // `noExternal`: the bundle holds its dependencies, so that it runs wherever it lives (SPECMARK_ASTRO_DIR)
      // and whatever folders npm nested Astro's dependencies in.
      await build({root: PACKAGE_ROOT, outDir: out, base, output: 'server', adapter, vite: {ssr: {noExternal: true}, plugins: [recordInputs]}, cacheDir: path.join(work, 'cache'), logLevel: 'warn', mode: 'production'} as Parameters<typeof build>[0])
    } catch (cause) {
      throw new Error(`Astro failed to bundle the site: ${(cause as Error)?.message?.split('\n')[0] ?? String(cause)}`, {cause})
    }
    const inputs: Record<string, string> = {}
    for (const file of [...modules].sort()) {
      const sha = fileHash(file)
      if (sha) inputs[path.relative(PACKAGE_ROOT, file).split(path.sep).join('/')] = sha
    }
    const record: RendererRecord = {format: RENDERER_FORMAT, base, siteKey, inputs}
    await fs.promises.writeFile(path.join(out, 'renderer.json'), `${JSON.stringify(record, null, 2)}\n`)
    const dir = path.join(parent, `${siteKey}-${createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 16)}`)
    try {
      await fs.promises.rename(out, dir)
    } catch (error) {
      // Another process built the same renderer meanwhile: use theirs.
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
    }
    await pruneBuilds(parent, dir)
    return dir
  } finally {
    if (isMainThread) process.chdir(previous)
    await fs.promises.rm(work, {recursive: true, force: true})
  }
}

/**
 * Removes the oldest renderer builds beyond `KEEP_BUILDS` (never `current`), and the per-build Astro
 * folders versions before the renderer left beside them (`cache/`, `runs/`).
 */
async function pruneBuilds(parent: string, current: string): Promise<void> {
  if (parent === SHIPPED_RENDERER_DIR) return
  for (const leftover of ['cache', 'runs']) await fs.promises.rm(path.join(astroHome(), leftover), {recursive: true, force: true})
  const entries = await fs.promises.readdir(parent, {withFileTypes: true}).catch(() => [])
  // Folders named as this version names them, or as earlier ones did (a site key alone).
  const builds = entries.filter((entry) => entry.isDirectory() && (BUILD_NAME.test(entry.name) || /^[0-9a-f]{16}$/.test(entry.name))).map((entry) => path.join(parent, entry.name))
  const withTimes = await Promise.all(builds.map(async (dir) => ({dir, time: (await fs.promises.stat(dir).catch(() => null))?.mtimeMs ?? 0})))
  const old = withTimes.filter((build) => build.dir !== current).sort((a, b) => b.time - a.time).slice(KEEP_BUILDS)
  for (const build of old) await fs.promises.rm(build.dir, {recursive: true, force: true})
}

const keys = new Map<string, string>()

/**
 * The site key of the renderer for `base`, in the package at `root`: the site's files, the Astro config,
 * the base path and (unless `versions` is false: the shipped renderer) the installed versions (see the
 * top of this file; the modules of `src/` it bundles are checked by `findRenderer`). Computed once per
 * process, root, base path and kind.
 */
export function rendererKey(base: string, root = PACKAGE_ROOT, options: {versions?: boolean} = {}): string {
  const versions = options.versions ?? true
  const known = keys.get(`${root}\0${base}\0${versions}`)
  if (known) return known
  const hash = createHash('sha256').update(RENDERER_FORMAT).update('\0').update(base).update('\0')
  const site = path.join(root, 'site')
  for (const entry of fs.existsSync(site) ? fs.readdirSync(site, {recursive: true, withFileTypes: true}) : []) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    hash.update(path.relative(root, full).split(path.sep).join('/')).update('\0').update(fs.readFileSync(full)).update('\0')
  }
  // The adapter's server entry (named by the build, not imported by the site) and how the bundle is built.
  for (const module of ['renderer-entry.ts', 'site-renderer.ts']) hash.update(fs.readFileSync(path.join(root, 'src', 'build', module))).update('\0')
  const config = path.join(root, 'astro.config.mjs')
  if (fs.existsSync(config)) hash.update(fs.readFileSync(config))
  if (versions) for (const [name, version] of bundledVersions(root)) hash.update(`${name}@${version}\0`)
  const key = hash.digest('hex').slice(0, 16)
  keys.set(`${root}\0${base}\0${versions}`, key)
  return key
}

/**
 * The installed versions of what Astro compiles the site with, or puts into the bundle: Astro and each
 * of its dependencies (Vite, its compiler, …), and specmark's own dependencies (which the pages import).
 */
function bundledVersions(root: string): Array<[string, string]> {
  const versions: Array<[string, string]> = []
  const version = (found: ReturnType<typeof installedPackage>): string => (found ? (found.manifest.version ?? 'unknown') : 'missing')
  const own = readManifest(path.join(root, 'package.json'))
  for (const name of Object.keys(own?.dependencies ?? {}).sort()) versions.push([name, version(installedPackage(name, root))])
  const astro = installedPackage('astro', root)
  if (astro) {
    for (const name of Object.keys(astro.manifest.dependencies ?? {}).sort()) versions.push([`astro/${name}`, version(installedPackage(name, astro.dir))])
  }
  return versions
}
