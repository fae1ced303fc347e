// @ts-check
/**
 * specmark for VS Code: starts the specmark language server for the markdown files of a spec root — the
 * nearest folder above a markdown file that holds `outline.yaml` (specmark's layout) or `book.toml` (an
 * mdBook). One server per spec root, started when the first markdown file under it is opened. The server
 * is, in this order: the `specmark.server.command` setting; the specmark installed in the workspace
 * (`node_modules/specmark`, or specmark's own checkout), so that the server matches the project's
 * `specmark check`; else the server included in the extension (`dist/server/`). Nothing is downloaded.
 * Everything else (diagnostics, quick fixes, completion, navigation, code lens, …) comes from the server.
 *
 * Bundled with its dependencies into dist/extension.js by build.mjs.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const vscode = require('vscode')
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

/** Running clients by spec root. @type {Map<string, LanguageClient>} */
const clients = new Map()

/** The extension's folder, for the included server. @type {string} */
let extensionPath = ''

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  extensionPath = context.extensionPath
  context.subscriptions.push(
    // The code lens's commands: the references view, and a pick of the citing test files.
    vscode.commands.registerCommand('specmark.showReferences', (uri, position, locations) =>
      vscode.commands.executeCommand(
        'editor.action.showReferences',
        vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((/** @type {any} */ location) => new vscode.Location(vscode.Uri.parse(location.uri), toRange(location.range)))
      )
    ),
    vscode.commands.registerCommand('specmark.showTests', async (id, tests) => {
      if (tests.length === 0) return void vscode.window.showInformationMessage(`specmark: no test cites ${id}`)
      const picked = await vscode.window.showQuickPick(tests, {title: `Tests citing ${id}`})
      if (picked) await vscode.window.showTextDocument(vscode.Uri.file(picked))
    }),
    vscode.workspace.onDidOpenTextDocument((document) => void startFor(document)),
    vscode.commands.registerCommand('specmark.restartServer', async () => {
      const roots = [...clients.keys()]
      await stopAll()
      for (const root of roots) await start(root)
    })
  )
  for (const document of vscode.workspace.textDocuments) void startFor(document)
}

function deactivate() {
  return stopAll()
}

/** Starts the server of the spec root holding `document`, if it is a markdown file in one. */
async function startFor(/** @type {vscode.TextDocument} */ document) {
  if (document.languageId !== 'markdown' || document.uri.scheme !== 'file') return
  const root = specRootOf(document.uri.fsPath)
  if (root !== null && !clients.has(root)) await start(root)
}

/** The nearest folder above `file` with `outline.yaml` or `book.toml`, or null. */
function specRootOf(/** @type {string} */ file) {
  let dir = path.dirname(file)
  for (;;) {
    if (fs.existsSync(path.join(dir, 'outline.yaml')) || fs.existsSync(path.join(dir, 'book.toml'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

function toRange(/** @type {any} */ range) {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character)
}

/**
 * Where the server runs: the `specmark.server.cwd` setting, else
 * the nearest specmark project above the spec root, else one among the workspace folders (a spec kept
 * outside the repository, opened beside it), else the workspace folder holding the root.
 */
function serverCwd(/** @type {string} */ root) {
  const configured = vscode.workspace.getConfiguration('specmark').get('server.cwd', '')
  if (configured) return configured
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)
  for (const start of [root, ...folders]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (isSpecmarkProject(dir)) return dir
      if (path.dirname(dir) === dir) break
    }
  }
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(root))
  return folder ? folder.uri.fsPath : root
}

/** Whether `dir` is specmark's own checkout or a project that has it installed. */
function isSpecmarkProject(/** @type {string} */ dir) {
  return installedBin(dir) !== null
}

/** specmark's command-line launcher in `dir` (installed in node_modules, or the checkout's own), or null. */
function installedBin(/** @type {string} */ dir) {
  const installed = path.join(dir, 'node_modules', 'specmark', 'bin', 'specmark.cjs')
  if (fs.existsSync(installed)) return installed
  try {
    if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'specmark') return path.join(dir, 'bin', 'specmark.cjs')
  } catch {}
  return null
}

/** @returns {import('vscode-languageclient/node').ServerOptions} */
function serverOptions(/** @type {string} */ root) {
  const config = vscode.workspace.getConfiguration('specmark')
  const cwd = serverCwd(root)
  /** @type {string[]} */
  const [command, ...args] = config.get('server.command', [])
  // `npx` is `npx.cmd` on Windows, which only a shell runs.
  if (command) return {command, args: [...args, '--root', root], options: {cwd, shell: process.platform === 'win32'}}
  // The workspace's specmark, run by VS Code's Node; its launcher moves to the Node it brings when that one is too old.
  const bin = installedBin(cwd)
  if (bin) return {module: bin, args: ['lsp', '--stdio', '--root', root], transport: TransportKind.stdio, options: {cwd}}
  return {module: path.join(extensionPath, 'dist', 'server', 'server.js'), args: ['--root', root], transport: TransportKind.stdio, options: {cwd}}
}

async function start(/** @type {string} */ root) {
  const client = new LanguageClient('specmark', `specmark (${path.basename(root)})`, serverOptions(root), {
    documentSelector: [{scheme: 'file', language: 'markdown', pattern: {baseUri: vscode.Uri.file(root).toString(), pattern: '**/*.md'}}],
    // The server registers the files it watches itself.
    initializationOptions: {tests: vscode.workspace.getConfiguration('specmark').get('tests', [])},
  })
  clients.set(root, client)
  try {
    await client.start()
  } catch (error) {
    clients.delete(root)
    void vscode.window.showErrorMessage(`specmark: could not start the language server for ${root}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function stopAll() {
  const running = [...clients.values()]
  clients.clear()
  await Promise.all(running.map((client) => client.stop()))
}

module.exports = {activate, deactivate}
