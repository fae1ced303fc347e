/**
 * A small static file server for a built site, as any static host serves it: `/a/b/` → `a/b/index.html`,
 * `/a/b` → redirect to `/a/b/` when that folder exists, unknown paths → `404.html` with status 404.
 * Listens on 127.0.0.1 on an ephemeral port.
 */
import fs from 'node:fs/promises'
import http from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
}

export interface StaticServer {
  url: string
  close(): Promise<void>
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    void respond(root, request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function respond(root: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  const file = path.join(root, pathname)
  if (!file.startsWith(root)) return send(response, 403, 'text/plain', 'forbidden')
  const stat = await fs.stat(file).catch(() => null)
  if (stat?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      response.writeHead(301, {location: `${pathname}/`})
      response.end()
      return
    }
    return sendFile(response, path.join(file, 'index.html'), root)
  }
  if (stat?.isFile()) return sendFile(response, file, root)
  return sendFile(response, path.join(root, '404.html'), root, 404)
}

async function sendFile(response: http.ServerResponse, file: string, root: string, status = 200): Promise<void> {
  const body = await fs.readFile(file).catch(() => null)
  if (body === null) {
    if (status === 404) return send(response, 404, 'text/plain', 'not found')
    return sendFile(response, path.join(root, '404.html'), root, 404)
  }
  send(response, status, TYPES[path.extname(file)] ?? 'application/octet-stream', body)
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {'content-type': type})
  response.end(body)
}
