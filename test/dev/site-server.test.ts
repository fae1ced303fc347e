/**
 * `specmark dev`'s HTTP server (`src/dev/site-server.ts`) with a stand-in site renderer (the real one is
 * driven in a browser by `dev-server.test.ts`): client files served with their types and never from
 * outside their folder, pages rendered from the current data version (once per version, the last asked
 * for at once when it changes) with the live-reload script, the version sent over Server-Sent Events on connection and on every update, and a
 * page that fails to render answered with one line while the server keeps serving.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import type {SiteRenderer} from '../../src/build/site-renderer.ts'
import {EVENTS_PATH, startSiteServer, type SiteServer} from '../../src/dev/site-server.ts'
import type {RenderedSpec} from '../../src/render/types.ts'

let server: SiteServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

async function setUp(): Promise<{url: string; renders: string[]; bump: (title: string) => void; server: SiteServer}> {
  const clientDir = await fs.mkdtemp(path.join(os.tmpdir(), 'specmark-client-'))
  await fs.mkdir(path.join(clientDir, '_astro'))
  await fs.writeFile(path.join(clientDir, '_astro', 'site.css'), 'body{}')
  await fs.writeFile(path.join(os.tmpdir(), 'specmark-secret.txt'), 'secret')
  const renders: string[] = []
  let data = {base: '/', title: 'First'} as RenderedSpec
  let version = 1
  const renderer: SiteRenderer = {
    key: 'test',
    clientDir,
    async render(pathname, options) {
      renders.push(pathname)
      if (pathname === '/broken/') throw new Error('page /broken/ failed to render: boom')
      if (pathname === '/nav.json') return {status: 200, contentType: 'application/json', body: Buffer.from('{}'), reads: null}
      const status = pathname === '/' ? 200 : 404
      return {status, contentType: 'text/html', body: Buffer.from(`<html><body><h1>${options!.data!.title}</h1></body></html>`), reads: null}
    },
  }
  const started = await startSiteServer({host: '127.0.0.1', port: 0, renderer, current: () => ({data, version}), publishedFile: () => null, log: () => {}})
  server = started
  const bump = (title: string): void => {
    data = {...data, title}
    version++
    started.reload()
  }
  return {url: started.url, renders, bump, server: started}
}

/** The first `count` events of the stream at `url`. */
function events(url: string, count: number, onOpen: () => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const found: string[] = []
    const request = http.get(url, (response) => {
      expect(response.headers['content-type']).toBe('text/event-stream')
      let buffer = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        buffer += chunk
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = /^event: version\ndata: (.*)$/m.exec(event)?.[1]
          if (data !== undefined) found.push(data)
          if (found.length === 1 && data !== undefined) onOpen()
          if (found.length === count) {
            request.destroy()
            resolve(found)
          }
        }
      })
    })
    request.on('error', (error) => (found.length === count ? undefined : reject(error)))
  })
}

describe('the dev site server', () => {
  it('serves client files with their type, and nothing outside their folder', async () => {
    const {url} = await setUp()
    const css = await fetch(`${url}_astro/site.css`)
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toBe('text/css')
    expect(await css.text()).toBe('body{}')
    // `..%2F` survives URL normalisation: decoded, it leaves the folder.
    const escape = await fetch(`${url}..%2Fspecmark-secret.txt`)
    expect(await escape.text()).not.toContain('secret')
    expect((await fetch(url, {method: 'POST'})).status).toBe(405)
    const head = await fetch(`${url}_astro/site.css`, {method: 'HEAD'})
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('renders a page once per data version, with the script that reloads it on a newer version', async () => {
    const {url, renders, bump} = await setUp()
    const first = await (await fetch(url)).text()
    expect(first).toContain('<h1>First</h1>')
    expect(first).toContain(EVENTS_PATH)
    expect(first).toMatch(/event\.data!=="1"\)location\.reload\(\)\}\)<\/script><\/body>/)
    await fetch(url)
    expect(renders).toEqual(['/'])

    bump('Second')
    // The page asked for last is rendered as soon as the data changes, before anyone asks again.
    expect(renders).toEqual(['/', '/'])
    const second = await (await fetch(url)).text()
    expect(second).toContain('<h1>Second</h1>')
    expect(second).toContain('event.data!=="2"')
    expect(renders).toEqual(['/', '/'])
    // Not-found pages keep their status; other types are served as rendered.
    expect((await fetch(`${url}nowhere/`)).status).toBe(404)
    expect(await (await fetch(`${url}nav.json`)).text()).toBe('{}')
  })

  it('sends the data version on connection and after every update', async () => {
    const {url, bump} = await setUp()
    const received = await events(`${url}${EVENTS_PATH}`, 3, () => {
      bump('Second')
      bump('Third')
    })
    expect(received).toEqual(['1', '2', '3'])
  })

  it('answers a page that fails to render with one line, and keeps serving', async () => {
    const {url} = await setUp()
    const broken = await fetch(`${url}broken/`)
    expect(broken.status).toBe(500)
    expect(await broken.text()).toBe('specmark dev: page /broken/ failed to render: boom\n')
    expect((await fetch(url)).status).toBe(200)
  })
})
