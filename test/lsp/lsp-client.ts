/**
 * A minimal language client for tests and benchmarks: starts `specmark lsp --stdio` as a separate process,
 * as an editor would, speaks JSON-RPC to it, and records every `publishDiagnostics` it receives.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
} from 'vscode-languageserver/node'

const BIN = path.resolve(import.meta.dirname, '../../bin/specmark.js')

export interface StartOptions {
  /** Workspace folder announced in `initialize`. */
  folder: string
  /** Extra `specmark lsp` arguments. */
  args?: string[]
  env?: NodeJS.ProcessEnv
  /** Announce support for a shared completion `editRange` (default: true). */
  itemDefaults?: boolean
  /** More workspace folders besides `folder`. */
  moreFolders?: string[]
  /** Client capabilities merged over the defaults (`workspace`, `window`). */
  capabilities?: {workspace?: Record<string, unknown>; window?: Record<string, unknown>}
  initializationOptions?: Record<string, unknown>
  /** The server's executable and arguments, instead of `node bin/specmark.js lsp --stdio`. */
  command?: string[]
}

export class LspClient {
  readonly connection: ProtocolConnection
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, Diagnostic[]>()
  private readonly child: ChildProcessWithoutNullStreams
  private readonly waiters: Array<{check: () => boolean; resolve: () => void}> = []
  private readonly versions = new Map<string, number>()
  stderr = ''
  /** Messages the server logged (`window/logMessage`). */
  readonly log: string[] = []
  /** Messages the server showed the user (`window/showMessage`). */
  readonly shown: string[] = []
  /** Requests the server sent to the client (`client/registerCapability`, `window/workDoneProgress/create`, …), in order. */
  readonly serverRequests: Array<{method: string; params: unknown}> = []
  /** `$/progress` notifications, in order. */
  readonly progress: Array<{token: unknown; value: {kind: string; title?: string; message?: string}}> = []

  private constructor(child: ChildProcessWithoutNullStreams) {
    this.child = child
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString()
    })
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params.diagnostics)
      this.settle()
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => {
      this.log.push(params.message)
    })
    this.connection.onNotification('window/showMessage', (params: {message: string}) => {
      this.shown.push(params.message)
      this.settle()
    })
    this.connection.onNotification('$/progress', (params: {token: unknown; value: {kind: string}}) => {
      this.progress.push(params)
      this.settle()
    })
    // Accept whatever the server asks for (registrations, progress tokens, edits to apply).
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/applyEdit', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']) {
      this.connection.onRequest(method, (params: unknown) => {
        this.serverRequests.push({method, params})
        this.settle()
        return method === 'workspace/applyEdit' ? {applied: true} : null
      })
    }
    this.connection.listen()
  }

  /** Starts the server and completes `initialize` / `initialized`. */
  static async start(options: StartOptions): Promise<{client: LspClient; result: InitializeResult}> {
    const [command, ...commandArgs] = options.command ?? [process.execPath, BIN, 'lsp', '--stdio']
    const child = spawn(command!, [...commandArgs, ...(options.args ?? [])], {env: {...process.env, ...options.env}, stdio: 'pipe'})
    const client = new LspClient(child)
    const folderUri = pathToFileURL(options.folder).href
    // A server that dies at start-up fails the test at once, with what it printed, instead of a hang.
    const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the language server exited (${code}) before answering initialize:\n${client.stderr}`))))
    exited.catch(() => {})
    const initialize = client.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: [options.folder, ...(options.moreFolders ?? [])].map((folder) => ({uri: pathToFileURL(folder).href, name: path.basename(folder)})),
      ...(options.initializationOptions ? {initializationOptions: options.initializationOptions} : {}),
      capabilities: {
        ...options.capabilities,
        textDocument: {
          completion: {completionList: {itemDefaults: options.itemDefaults === false ? [] : ['editRange']}},
          rename: {prepareSupport: true},
          documentSymbol: {hierarchicalDocumentSymbolSupport: true},
        },
      },
    })
    const result = await Promise.race([initialize, exited])
    await client.connection.sendNotification('initialized', {})
    return {client, result}
  }

  uri(root: string, file: string): string {
    return pathToFileURL(path.join(root, file)).href
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1)
    await this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, text: string): Promise<void> {
    const version = (this.versions.get(uri) ?? 1) + 1
    this.versions.set(uri, version)
    await this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params)
  }

  /** Resolves once `check` holds (checked now and after every diagnostics notification). */
  waitFor(check: () => boolean, timeout = 20_000): Promise<void> {
    if (check()) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for diagnostics; server log:\n${[...this.log, this.stderr].join('\n')}`)), timeout)
      this.waiters.push({
        check,
        resolve: () => {
          clearTimeout(timer)
          resolve()
        },
      })
    })
  }

  /** Shuts the server down politely and waits for the process to end. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()))
    try {
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
    } catch {
      this.child.kill()
    }
    const timer = setTimeout(() => this.child.kill(), 5000)
    await exited
    clearTimeout(timer)
    this.connection.dispose()
  }

  private settle(): void {
    for (const waiter of [...this.waiters]) {
      if (!waiter.check()) continue
      this.waiters.splice(this.waiters.indexOf(waiter), 1)
      waiter.resolve()
    }
  }
}
