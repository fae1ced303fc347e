// @ts-check
/**
 * specmark for VS Code: starts the specmark language server (`npx --no specmark lsp --stdio`, see the
 * `specmark.server.command` setting) for the markdown files of a spec root — the nearest folder above a
 * markdown file that holds `outline.yaml` (specmark's layout) or `book.toml` (an mdBook). One server per
 * spec root, started when the first markdown file under it is opened. Everything else (diagnostics,
 * completion, definitions, references, hover, rename, outline) comes from the server.
 *
 * Plain CommonJS so that the folder installs as it is, with no build step.
 */
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const vscode = require('vscode')
const {LanguageClient} = require('vscode-languageclient/node')

/** Running clients by spec root. @type {Map<string, LanguageClient>} */
const clients = new Map()

/** @param {vscode.ExtensionContext} context */
function activate(context) {
  context.subscriptions.push(
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

/**
 * Where the server command runs, so that `npx` finds specmark: the `specmark.server.cwd` setting, else
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
  if (fs.existsSync(path.join(dir, 'node_modules', 'specmark', 'package.json'))) return true
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'specmark'
  } catch {
    return false
  }
}

async function start(/** @type {string} */ root) {
  const [command, ...args] = vscode.workspace.getConfiguration('specmark').get('server.command', ['npx', '--no', 'specmark', 'lsp', '--stdio'])
  const cwd = serverCwd(root)
  const client = new LanguageClient(
    'specmark',
    `specmark (${path.basename(root)})`,
    // `npx` is `npx.cmd` on Windows, which only a shell runs.
    {command: command ?? 'npx', args: [...args, '--root', root], options: {cwd, shell: process.platform === 'win32'}},
    {
      documentSelector: [{scheme: 'file', language: 'markdown', pattern: {baseUri: vscode.Uri.file(root).toString(), pattern: '**/*.md'}}],
      synchronize: {fileEvents: vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/{*.md,outline.yaml,book.toml,registry.txt}'))},
    }
  )
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
