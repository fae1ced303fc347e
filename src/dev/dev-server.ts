/**
 * `specmark dev`: a live preview. It renders the specification once, starts Astro's development server
 * on it (pages are rendered on request), and watches the spec root. On every save it re-parses the saved
 * chapter only, re-assembles the model incrementally and re-renders only the chapters whose rendering
 * changed (`dev-session.ts`), runs `check`, hands the rendered data to the pages and tells the browser
 * to reload.
 * Diagnostics go to the terminal and, as an overlay, onto every page. A save that cannot be read at all
 * (invalid UTF-8, broken outline) is shown the same way and never stops the server; the next good save
 * recovers.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {InputError, type Diagnostic} from '../diagnostics/diagnostic.ts'
import {createPathDisplay, formatText, summarize} from '../diagnostics/format.ts'
import {GUIDE_FILE} from '../build/build-site.ts'
import {PACKAGE_ROOT} from '../build/run-astro.ts'
import {DevSession} from './dev-session.ts'
import type {DevDiagnostic, RenderedSpec} from '../render/types.ts'
import {writeFileAtomicSync} from '../fs/atomic-write.ts'

/** Shared with `site/lib/site-data.ts`. */
const LIVE = Symbol.for('specmark.liveSiteData')

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

export async function startDevServer(options: DevOptions): Promise<DevServerHandle> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`))
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'specmark-dev-'))
  const dataFile = path.join(dataDir, 'rendered.json')
  let last: RenderedSpec | null = null
  let version = 0
  /**
   * Hands the rendered data to the pages. Astro's dev server runs in this process, so the pages read it
   * from memory (see `site/lib/site-data.ts`); the file is written once, for the first start.
   */
  const publish = (data: RenderedSpec): void => {
    ;(globalThis as Record<symbol, unknown>)[LIVE] = {data, version: ++version}
    if (version === 1) writeFileAtomicSync(dataFile, JSON.stringify(data))
  }

  /** Loads, checks and renders; on input errors keeps the last good pages and reports the error. */
  let session: DevSession | null = null
  const update = async (saved: string[]): Promise<{diagnostics: number; failed: boolean; renderedChapters: string[]}> => {
    const started = performance.now()
    try {
      // A first load that failed is retried whole on the next save.
      const current = session ?? (await DevSession.open(options.root))
      const guide = await fs.promises.readFile(GUIDE_FILE, 'utf8').catch(() => null)
      const {model, diagnostics, rendered, renderedChapters} = await current.update(session ? saved : [], guide)
      session = current
      const display = createPathDisplay(model.project.contentRoot)
      last = {...rendered, devDiagnostics: devDiagnostics(diagnostics, display)}
      publish(last)
      const text = formatText(diagnostics, display)
      const count = `${renderedChapters.length} chapter${renderedChapters.length === 1 ? '' : 's'}`
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
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1'
  process.env.SPECMARK_SITE_DATA = dataFile
  process.env.SPECMARK_DEV = '1'
  const {dev} = await import('astro')
  const server = await dev({root: PACKAGE_ROOT, server: {host: options.host, port: options.port}, logLevel: 'warn', devToolbar: {enabled: false}})
  const siteDataModule = path.join(PACKAGE_ROOT, 'site/lib/site-data.ts')

  // Saves come in bursts (editors write, rename, touch): one update per burst, never two at once.
  let timer: NodeJS.Timeout | null = null
  let running: Promise<void> = Promise.resolve()
  let eventTime = 0
  let saved = new Set<string>()
  const watcher = fs.watch(path.resolve(options.root), {recursive: true}, (_event, name) => {
    if (!name || /(^|\/)\.|~$|\.tmp$/.test(String(name))) return
    eventTime ||= performance.now()
    saved.add(String(name))
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
        // Every page depends on the site-data module: a change event for it makes Vite reload the pages.
        server.watcher.emit('change', siteDataModule)
        options.onUpdate?.({milliseconds: performance.now() - started, ...result})
      })
    }, 25)
  })

  const url = `http://${options.host}:${server.address.port}/`
  log(`specmark dev: serving ${path.resolve(options.root)} at ${url}`)
  return {
    url,
    async stop() {
      watcher.close()
      if (timer) clearTimeout(timer)
      await running
      await server.stop()
      fs.rmSync(dataDir, {recursive: true, force: true})
    },
  }
}

function devDiagnostics(diagnostics: Diagnostic[], display: (file: string) => string): DevDiagnostic[] {
  return diagnostics.map((diagnostic) => ({
    where: diagnostic.place ? `${display(diagnostic.place.file)}:${diagnostic.place.start.line}:${diagnostic.place.start.column}` : 'specmark',
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.reason,
  }))
}

