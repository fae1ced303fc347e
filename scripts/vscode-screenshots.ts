/**
 * Takes the VS Code extension README's screenshots (editors/vscode/images/*.png). There is no VS Code on
 * the machines this runs on, so the editor is Monaco (npm `monaco-editor`, the editor component of VS
 * Code) in Debian's Chromium, driven by Playwright; a minimal language client in the page
 * (editors/vscode/screenshot-harness/client.js) sends its requests here, and this script forwards them to
 * specmark's real language server (`bin/specmark.js lsp --stdio --root spec`) on this repository's spec/.
 * What the images show (diagnostics, hover, completion, quick fixes) is the server's answers; the menus
 * and hovers around them are Monaco's, which VS Code shares. Edits are made in the editor only; nothing
 * is written to spec/.
 *
 * Run: `npm run screenshots:vscode` (installs monaco-editor into the harness folder on first use). Slow
 * (the server loads the whole spec), so not part of the test suite.
 */
import {execFileSync, spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Page} from 'playwright-core'
import {createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic} from 'vscode-languageserver/node'

const ROOT = path.resolve(import.meta.dirname, '..')
const HARNESS = path.join(ROOT, 'editors/vscode/screenshot-harness')
const MONACO = path.join(HARNESS, 'node_modules/monaco-editor/min')
const OUT = path.join(ROOT, 'editors/vscode/images')
const SPEC = path.join(ROOT, 'spec')
/** The chapter the screenshots show: it links to rules of other chapters. */
const CHAPTER = path.join(SPEC, 'dynamic/abi.md')
const CHROMIUM = '/usr/bin/chromium'

/** A rule link in running text: `[a.b]`, not a label `r[a.b]`, not followed by `(` or `[` or `:`. */
const RULE_LINK = /(?<![r\w\]])\[([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)\](?![([:])/g

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (Debian's chromium package)`)
  if (!existsSync(MONACO)) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {cwd: HARNESS, stdio: 'inherit'})
  await fs.mkdir(OUT, {recursive: true})

  const server = spawn(process.execPath, [path.join(ROOT, 'bin/specmark.js'), 'lsp', '--stdio', '--root', SPEC], {cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  const published = new Map<string, Diagnostic[]>()
  const waiters: Array<() => void> = []
  let page: Page | null = null
  connection.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: Diagnostic[]}) => {
    published.set(params.uri, params.diagnostics)
    void page?.evaluate((value) => (window as unknown as {specmarkDiagnostics: (p: unknown) => void}).specmarkDiagnostics(value), params)
    for (const wake of waiters.splice(0)) wake()
  })
  connection.onRequest('client/registerCapability', () => null)
  let loaded = false
  connection.onNotification('window/logMessage', (params: {message: string}) => {
    console.log(`server: ${params.message}`)
    loaded ||= params.message.startsWith('specmark: loaded')
    for (const wake of waiters.splice(0)) wake()
  })
  connection.listen()
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ROOT).href,
    workspaceFolders: null,
    capabilities: {textDocument: {hover: {contentFormat: ['markdown']}, completion: {completionItem: {documentationFormat: ['markdown']}}}},
  })
  await connection.sendNotification('initialized', {})
  const waitFor = async (what: string, check: () => boolean, timeout = 300_000): Promise<void> => {
    const deadline = Date.now() + timeout
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
      await new Promise<void>((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 500)
      })
    }
  }

  const files: Record<string, [string, string]> = {
    '/': [path.join(HARNESS, 'page.html'), 'text/html'],
    '/client.js': [path.join(HARNESS, 'client.js'), 'text/javascript'],
  }
  const types: Record<string, string> = {'.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.json': 'application/json'}
  const web = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = files[url]?.[0] ?? (url.startsWith('/monaco/') ? path.join(MONACO, path.normalize(url.slice('/monaco/'.length))) : null)
    if (file === null || !file.startsWith(HARNESS) || !existsSync(file)) return void response.writeHead(404).end()
    response.writeHead(200, {'content-type': files[url]?.[1] ?? types[path.extname(file)] ?? 'application/octet-stream'}).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve))
  const port = (web.address() as {port: number}).port

  const browser = await chromium.launch({executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  try {
    page = await browser.newPage({viewport: {width: 1000, height: 560}})
    page.on('pageerror', (error) => console.error(`page: ${error.message}`))
    await page.exposeFunction('lspRequest', (method: string, params: unknown) => connection.sendRequest(method, params))
    await page.exposeFunction('lspNotify', (method: string, params: unknown) => connection.sendNotification(method, params))
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.evaluate(() => (window as unknown as {specmarkReady: Promise<void>}).specmarkReady)

    const uri = pathToFileURL(CHAPTER).href
    const text = await fs.readFile(CHAPTER, 'utf8')
    const links = [...text.matchAll(RULE_LINK)]
    const link = links.find((match) => match[1]!.length >= 10) ?? links[0]
    if (!link) throw new Error(`${CHAPTER} has no rule link to show`)
    const at = position(text, link.index! + 1)
    const id = link[1]!
    const editor = (script: string): Promise<unknown> => page!.evaluate(`(async () => { const editor = window.specmarkEditor; ${script} })()`)
    await page.evaluate(([u, t]) => (window as unknown as {openDocument: (u: string, t: string) => Promise<void>}).openDocument(u!, t!), [uri, text])
    // The cold load (the server logs its end; a spec that checks clean publishes no diagnostics).
    await waitFor('the model to load', () => loaded)
    const reveal = (line: number, column: number): Promise<unknown> =>
      editor(`editor.setPosition({lineNumber: ${line}, column: ${column}}); editor.revealLineNearTop(${Math.max(1, line - 2)}); editor.focus()`)

    // Hover on a rule link: the rule's ID, chapter, hash and text.
    await reveal(at.line, at.column + 2)
    await editor(`editor.trigger('screenshots', 'editor.action.showHover', {})`)
    await page.waitForSelector('.monaco-hover .hover-contents, .monaco-hover .rendered-markdown', {state: 'visible'})
    await settle(page)
    await page.screenshot({path: path.join(OUT, 'hover.png')})
    await page.keyboard.press('Escape')

    // Completion of rule IDs after `[` and a chapter prefix, typed at the end of the line.
    const prefix = id.split('.')[0]!
    const lineEnd = text.split('\n')[at.line - 1]!.length + 1
    await reveal(at.line, lineEnd)
    await editor(`editor.trigger('keyboard', 'type', {text: ' See [${prefix}.'})`)
    await editor(`editor.trigger('screenshots', 'editor.action.triggerSuggest', {})`)
    await page.waitForSelector('.suggest-widget.visible .monaco-list-row', {state: 'visible'})
    await settle(page, 1500)
    await page.screenshot({path: path.join(OUT, 'completion.png')})
    await page.keyboard.press('Escape')
    await editor(`editor.getModel().setValue(${JSON.stringify(text)})`)

    // A mistyped rule link: check's diagnostic, then its quick fix.
    const typo = id.slice(0, -1)
    const before = published.get(uri)?.length ?? 0
    await editor(
      `editor.executeEdits('screenshots', [{range: new monaco.Range(${at.line}, ${at.column}, ${at.line}, ${at.column + id.length}), text: ${JSON.stringify(typo)}}])`
    )
    await waitFor('the diagnostic of the mistyped link', () => (published.get(uri)?.length ?? 0) > before)
    await reveal(at.line, at.column + 2)
    await editor(`editor.trigger('screenshots', 'editor.action.showHover', {})`)
    await page.waitForSelector('.monaco-hover .marker', {state: 'visible'})
    await settle(page)
    await page.screenshot({path: path.join(OUT, 'diagnostics.png')})
    await page.keyboard.press('Escape')
    await editor(`editor.trigger('screenshots', 'editor.action.quickFix', {})`)
    await page.waitForSelector('.action-widget .monaco-list-row, .context-view .action-item', {state: 'visible'})
    await settle(page)
    await page.screenshot({path: path.join(OUT, 'quick-fix.png')})
    console.log(`screenshots: hover.png, completion.png, diagnostics.png, quick-fix.png in ${path.relative(ROOT, OUT)}/ (${path.relative(ROOT, CHAPTER)}, link [${id}])`)
  } finally {
    await browser.close()
    web.close()
    connection.dispose()
    server.kill()
  }
}

/** The 1-based line and column of `offset` in `text`. */
function position(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before.at(-1)!.length + 1}
}

/** Lets Monaco finish its animations and late layout before a screenshot. */
async function settle(page: Page, ms = 800): Promise<void> {
  await page.waitForTimeout(ms)
}

await main()
