/**
 * `specmark dev`'s HTTP server (node:http, no Vite): pages rendered on request, in this process, by the
 * prebuilt site renderer (`src/build/site-renderer.ts`) from the rendered specification held in memory;
 * the site's client files (scripts, styles) and the files published beside the pages (an mdBook's
 * images, the guide's) served as they are; and live reload by Server-Sent Events.
 *
 * Live reload: every HTML page gets a small script naming the data version it was rendered from; it
 * listens on `__specmark/events`, where the server sends the current version on connection and on every
 * update, and reloads the page when it differs — so a page rendered just before an update reloads too.
 *
 * A page is a function of the data version, so rendered pages are kept until the next update: a browser
 * (or a benchmark) polling a page costs nothing while specmark is busy with a save. When the data
 * changes, the pages open in a browser (each reload script names its page) and the pages asked for in
 * the last half minute are rendered at once, while the browsers are told to reload: their requests find
 * the page rendered or being rendered.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import {lookup} from 'mrmime'
import type {RenderedResponse, SiteRenderer} from '../build/site-renderer.ts'
import type {RenderedSpec} from '../render/types.ts'

/** Where the live-reload script listens, under the base path. */
export const EVENTS_PATH = '__specmark/events'

export interface SiteServerOptions {
  host: string
  port: number
  renderer: SiteRenderer
  /** The data pages are rendered from, and its version (bumped on every update). */
  current(): {data: RenderedSpec; version: number}
  /** A file published beside the pages at this URL path (under the base, decoded), or null. */
  publishedFile(relative: string): string | null
  log(line: string): void
}

export interface SiteServer {
  url: string
  /** Tells every open page that the data changed (call after the version moved). */
  reload(): void
  close(): Promise<void>
}

/** At most this many pages are kept per data version (each a few hundred kilobytes at most). */
const KEPT_PAGES = 200
/** Pages asked for this recently are rendered as soon as the data changes (at most `WARMED_PAGES`). */
const RECENT_MS = 30_000
const WARMED_PAGES = 4

export async function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  /** Open event streams, with the page each was opened from. */
  const listeners = new Map<http.ServerResponse, string | null>()
  /** Page paths by when they were last asked for. */
  const recent = new Map<string, number>()
  let keptVersion = -1
  const kept = new Map<string, Promise<RenderedResponse>>()

  const page = (pathname: string): Promise<RenderedResponse> => {
    const {data, version} = options.current()
    if (version !== keptVersion) {
      kept.clear()
      keptVersion = version
    }
    let response = kept.get(pathname)
    if (!response) {
      response = options.renderer.render(pathname, {data, currentIds: true}).then((rendered) => withLiveReload(rendered, data.base, version))
      if (kept.size >= KEPT_PAGES) kept.clear()
      kept.set(pathname, response)
      response.catch(() => kept.delete(pathname))
    }
    return response
  }

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {allow: 'GET, HEAD'}).end()
      return
    }
    const {pathname} = new URL(request.url ?? '/', 'http://localhost')
    const {data, version} = options.current()
    const relative = pathname.startsWith(data.base) ? safeDecode(pathname.slice(data.base.length)) : null
    if (relative === EVENTS_PATH) {
      response.writeHead(200, {'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive'})
      response.write(`retry: 500\n\n${versionEvent(version)}`)
      listeners.set(response, new URL(request.url ?? '/', 'http://localhost').searchParams.get('page'))
      request.on('close', () => listeners.delete(response))
      return
    }
    const file = relative === null ? null : staticFile(options.renderer.clientDir, relative) ?? options.publishedFile(relative)
    if (file) {
      const stat = await fs.promises.stat(file).catch(() => null)
      if (stat?.isFile()) {
        // Astro's bundled files are named by their content hash.
        const immutable = relative!.startsWith('_astro/')
        response.writeHead(200, {'content-type': lookup(file) ?? 'application/octet-stream', 'content-length': stat.size, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'})
        if (request.method === 'HEAD') response.end()
        else fs.createReadStream(file).on('error', () => response.destroy()).pipe(response)
        return
      }
    }
    const rendered = await page(pathname)
    if (rendered.status === 200 && rendered.contentType?.startsWith('text/html')) {
      recent.delete(pathname)
      recent.set(pathname, Date.now())
      if (recent.size > WARMED_PAGES) recent.delete(recent.keys().next().value!)
    }
    response.writeHead(rendered.status, {'content-type': rendered.contentType ?? 'text/html; charset=utf-8', 'content-length': rendered.body.length, 'cache-control': 'no-store'})
    response.end(request.method === 'HEAD' ? undefined : rendered.body)
  }

  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A page that fails to render is specmark's fault, not the writer's: one line, in the terminal and the browser.
      const message = error instanceof Error ? error.message : String(error)
      options.log(`specmark dev: ${message}`)
      if (!response.headersSent) response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'})
      response.end(`specmark dev: ${message}\n`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const {port} = server.address() as {port: number}
  const host = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `http://${host}:${port}${options.current().data.base}`,
    reload() {
      const now = Date.now()
      const open = [...listeners.values()].filter((pathname): pathname is string => pathname !== null && pathname.startsWith(options.current().data.base))
      const asked = [...recent].filter(([, time]) => now - time < RECENT_MS).map(([pathname]) => pathname)
      for (const pathname of new Set([...open, ...asked])) page(pathname).catch(() => {})
      const event = versionEvent(options.current().version)
      for (const listener of listeners.keys()) listener.write(event)
    },
    async close() {
      for (const listener of listeners.keys()) listener.end()
      listeners.clear()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

function versionEvent(version: number): string {
  return `event: version\ndata: ${version}\n\n`
}

/** The page with the live-reload script before `</body>` (HTML pages only). */
function withLiveReload(rendered: RenderedResponse, base: string, version: number): RenderedResponse {
  if (!rendered.contentType?.startsWith('text/html')) return rendered
  const html = rendered.body.toString('utf8')
  const at = html.lastIndexOf('</body>')
  if (at === -1) return rendered
  const script = `<script>new EventSource(${JSON.stringify(`${base}${EVENTS_PATH}?page=`)}+encodeURIComponent(location.pathname)).addEventListener("version",(event)=>{if(event.data!==${JSON.stringify(String(version))})location.reload()})</script>`
  return {...rendered, body: Buffer.from(`${html.slice(0, at)}${script}${html.slice(at)}`)}
}

/** A file of `dir` at the URL path `relative`, or null for a path leaving it. */
export function staticFile(dir: string, relative: string): string | null {
  if (relative === '' || relative.endsWith('/') || relative.includes('\0')) return null
  const file = path.resolve(dir, relative)
  return file.startsWith(`${path.resolve(dir)}${path.sep}`) ? file : null
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
