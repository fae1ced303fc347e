/**
 * `specmark dev`: a live preview. It renders the specification once and serves it from memory over
 * node:http (`site-server.ts`): pages are rendered on request by the prebuilt site renderer
 * (`src/build/site-renderer.ts`, the Astro site compiled once), with no Vite and no files written. It
 * watches the spec root; on every save it re-parses the saved chapter only, re-assembles the model
 * incrementally and re-renders and re-checks only the chapters whose model changed (`dev-session.ts`),
 * hands the new data to the server and tells open pages to reload (Server-Sent Events).
 * Diagnostics go to the terminal and, as an overlay, onto every page. A save that cannot be read at all
 * (invalid UTF-8, broken outline) is shown the same way and never stops the server; the next good save
 * recovers.
 */
import fs from 'node:fs'
import path from 'node:path'
import {InputError, type Diagnostic} from '../diagnostics/diagnostic.ts'
import {counted, createPathDisplay, formatText, summarize} from '../diagnostics/format.ts'
import {GUIDE_FILE, readGuide} from '../build/build-site.ts'
import {openSiteRenderer} from '../build/site-renderer.ts'
import type {Project} from '../load/project.ts'
import {GUIDE_ASSETS, GUIDE_PATH} from '../render/render-guide.ts'
import {DevSession} from './dev-session.ts'
import type {DevDiagnostic, RenderedSpec} from '../render/types.ts'
import {staticFile, startSiteServer, type SiteServer} from './site-server.ts'

export interface DevOptions {
  root: string
  host: string
  port: number
  /** Called after each update, with how long it took from the file event (for the benchmark and tests). */
  onUpdate?: (update: {milliseconds: number; diagnostics: number; failed: boolean; renderedChapters: string[]}) => void
  log?: (line: string) => void
}

export interface DevServerHandle {
  url: string
  stop(): Promise<void>
}

/** The base path the preview is served under. */
const BASE = '/'
/** How long after a file event the update starts, unless another event comes first. */
const BURST_MS = 10

export async function startDevServer(options: DevOptions): Promise<DevServerHandle> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  // Loaded (or, once per change of specmark's site code, bundled) while the specification is read.
  const renderer = openSiteRenderer({base: BASE})
  renderer.catch(() => {})
  let last: RenderedSpec | null = null
  let project: Project | null = null
  let version = 0
  let server: SiteServer | null = null
  /** Hands the rendered data to the server and tells open pages to reload. */
  const publish = (data: RenderedSpec): void => {
    last = data
    version++
    server?.reload()
  }

  /** Loads, checks and renders; on input errors keeps the last good pages and reports the error. */
  let session: DevSession | null = null
  /** The files the chapters include, as the last good update read them. */
  const includedFiles = (): string[] => session?.includedFiles() ?? []
  const update = async (saved: string[]): Promise<{diagnostics: number; failed: boolean; renderedChapters: string[]}> => {
    const started = performance.now()
    try {
      // A first load that failed is retried whole on the next save.
      const current = session ?? (await DevSession.open(options.root))
      // Published as `specmark build` publishes it.
      const guide = await readGuide(current.project)
      const {model, diagnostics, rendered, renderedChapters} = await current.update(session ? saved : [], guide, BASE)
      session = current
      project = model.project
      const display = createPathDisplay(model.project.contentRoot)
      publish({...rendered, devDiagnostics: devDiagnostics(diagnostics, display)})
      const text = formatText(diagnostics, display)
      const count = counted(renderedChapters.length, 'chapter')
      log(`${text ? `${text}\n` : ''}specmark dev: ${summarize(diagnostics)}; rendered ${count} in ${(performance.now() - started).toFixed(0)} ms`)
      return {diagnostics: diagnostics.length, failed: false, renderedChapters}
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      log(`specmark: error: ${error.message}`)
      const problem: DevDiagnostic = {where: 'specmark', severity: 'error', code: 'input', message: error.message}
      if (last) publish({...last, devDiagnostics: [problem]})
      else throw error
      return {diagnostics: 1, failed: true, renderedChapters: []}
    }
  }

  await update([])
  server = await startSiteServer({
    host: options.host,
    port: options.port,
    renderer: await renderer,
    current: () => ({data: last!, version}),
    publishedFile: (relative) => publishedFile(project, relative),
    log,
  })

  // Saves come in bursts (editors write, rename, touch within a few milliseconds): one update per burst,
  // never two at once. A burst split in two costs a second update, never a wrong page.
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> = Promise.resolve()
  let eventTime = 0
  let saved = new Set<string>()
  const root = path.resolve(options.root)
  /** A saved file, its path relative to the root (`../examples/x.rs` for an included file above it). */
  const onSave = (name: string): void => {
    eventTime ||= performance.now()
    saved.add(name)
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      const started = eventTime
      const files = [...saved]
      eventTime = 0
      saved = new Set()
      running = running.then(async () => {
        const result = await update(files).catch((error: unknown) => {
          log(`specmark dev: update failed: ${(error as Error).stack ?? String(error)}`)
          return {diagnostics: 0, failed: true, renderedChapters: []}
        })
        includesAbove.follow(includedFiles())
        options.onUpdate?.({milliseconds: performance.now() - started, ...result})
      })
    }, BURST_MS)
  }
  const watcher = fs.watch(root, {recursive: true}, (_event, name) => {
    if (name && !/(^|\/)\.|~$|\.tmp$/.test(String(name))) onSave(String(name))
  })
  // An mdBook includes files from its repository, above its root (`includeRoot`): their folders are
  // watched too, each for the files included from it.
  const includesAbove = watchFilesOutside(root, (file) => onSave(path.relative(root, file)))
  includesAbove.follow(includedFiles())

  log(`specmark dev: serving ${path.resolve(options.root)} at ${server.url}`)
  return {
    url: server.url,
    async stop() {
      watcher.close()
      includesAbove.close()
      if (timer) clearTimeout(timer)
      await running
      await server!.close()
    },
  }
}

/**
 * Watches the folders of files outside `root` (not the whole include root: a repository's other folders,
 * its builds and dependencies, would flood the watcher), and calls `changed` with each of those files
 * that an event names. `follow` sets the files (the chapters' includes after each update).
 */
function watchFilesOutside(root: string, changed: (file: string) => void): {follow: (files: string[]) => void; close: () => void} {
  const folders = new Map<string, {watcher: fs.FSWatcher | null; names: Set<string>}>()
  return {
    follow(files) {
      const wanted = new Map<string, Set<string>>()
      for (const file of files) {
        if (!path.relative(root, file).startsWith('..')) continue
        const folder = path.dirname(file)
        wanted.set(folder, (wanted.get(folder) ?? new Set()).add(path.basename(file)))
      }
      for (const [folder, watched] of folders) {
        if (wanted.has(folder)) continue
        watched.watcher?.close()
        folders.delete(folder)
      }
      for (const [folder, names] of wanted) {
        const watched = folders.get(folder)
        if (watched) {
          watched.names = names
          continue
        }
        const entry: {watcher: fs.FSWatcher | null; names: Set<string>} = {watcher: null, names}
        try {
          // A folder, not the file: editors save by writing a new file and renaming it over the old one.
          entry.watcher = fs.watch(folder, (_event, name) => {
            if (name && entry.names.has(String(name))) changed(path.join(folder, String(name)))
          })
        } catch {
          // A folder that is not there (yet): its include is reported; the next update tries again.
          continue
        }
        folders.set(folder, entry)
      }
    },
    close() {
      for (const {watcher} of folders.values()) watcher?.close()
      folders.clear()
    },
  }
}

/**
 * The files a build publishes beside the pages: an mdBook's assets (images, downloads) and theme files
 * (`additional-css`, `additional-js`), and the authoring guide's images.
 */
export function publishedFile(project: Project | null, relative: string): string | null {
  if (project?.assetFiles?.includes(relative)) return path.join(project.contentRoot, relative)
  const additional = project?.additionalFiles?.find((entry) => entry.exists && entry.url === relative)
  if (additional) return path.resolve(project!.root, additional.file)
  for (const folder of GUIDE_ASSETS) {
    const prefix = `${GUIDE_PATH}${folder}/`
    if (relative.startsWith(prefix)) return staticFile(path.join(path.dirname(GUIDE_FILE), folder), relative.slice(prefix.length))
  }
  return null
}

function devDiagnostics(diagnostics: Diagnostic[], display: (file: string) => string): DevDiagnostic[] {
  return diagnostics.map((diagnostic) => ({
    where: diagnostic.place ? `${display(diagnostic.place.file)}:${diagnostic.place.start.line}:${diagnostic.place.start.column}` : 'specmark',
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.reason,
  }))
}

