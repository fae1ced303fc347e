/**
 * Language server, the wiring: finds the spec roots (several, one per spec, each with its own incremental
 * model in `roots.ts`), keeps them in step with the editor's documents and the files on disk (watched by
 * the client where it can, else by the server itself), publishes `check`'s diagnostics, and answers
 * requests through the pure feature modules beside this one (completion, definition and references,
 * hover, rename, symbols, code actions, code lens, semantic tokens, folding, document links). To add a
 * feature: write it as a function of a `Snapshot` in its own module, declare its capability in
 * `capabilities`, and register its handler in `startServer` through `withSnapshot`.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type ServerCapabilities,
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import {codeActions} from './code-actions.ts'
import {codeLenses} from './code-lens.ts'
import {complete, type ItemData} from './completion.ts'
import {documentLinks} from './document-links.ts'
import {documentSymbols, workspaceSymbols} from './document-symbols.ts'
import {foldingRanges} from './folding.ts'
import {describeSymbol, hoverAt} from './hover.ts'
import {uriToFile} from './positions.ts'
import {renameEdit, renameTarget} from './rename.ts'
import {RootServer, type RootHost} from './roots.ts'
import {semanticTokens, semanticTokensLegend} from './semantic-tokens.ts'
import {symbolAt, type Hit} from './symbol-at.ts'
import {definitionLocations, referenceLocations} from './symbol-locations.ts'
import {watchTree, WATCHED_GLOBS} from './watch.ts'
import {findSpecRoot, type Snapshot} from './workspace.ts'

export interface Options {
  /** The spec root; by default every workspace folder that is one (or has a `spec/` that is one), else found from the documents opened. */
  root?: string
  /** Use the parse cache for the initial load (default: true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
  /** Milliseconds of quiet after an edit before diagnostics are recomputed (default: 100). */
  debounce?: number
  /** Longest wait for diagnostics while edits keep coming, in milliseconds (default: 1000). */
  maxWait?: number
  /** Test folders whose citations the code lens counts (relative to the spec root), besides the client's `tests` option. */
  tests?: string[]
  /** Watch files on disk in the server even when the client offers to (for tests of the fallback). */
  serverWatch?: boolean
}

const capabilities: ServerCapabilities = {
  textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
  completionProvider: {triggerCharacters: ['[', '.', ':'], resolveProvider: true},
  definitionProvider: true,
  referencesProvider: true,
  hoverProvider: true,
  renameProvider: {prepareProvider: true},
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
  codeActionProvider: {codeActionKinds: ['quickfix']},
  codeLensProvider: {resolveProvider: false},
  semanticTokensProvider: {legend: semanticTokensLegend, full: true},
  foldingRangeProvider: true,
  documentLinkProvider: {resolveProvider: false},
  workspace: {workspaceFolders: {supported: true, changeNotifications: true}},
}

/** Serves the language server protocol on `connection` until the client exits. */
export function startServer(connection: Connection, options: Options = {}): void {
  const documents = new TextDocuments(TextDocument)
  const roots: RootServer[] = []
  let params: InitializeParams | null = null
  let itemDefaults = false
  let testFolders: string[] = options.tests ?? []
  /** URIs told they are outside every root, so that the message is cleared once they are in one. */
  const outside = new Set<string>()
  const stopWatching: Array<() => void> = []

  const reportFailure = (error: unknown): void => {
    connection.console.error(`specmark internal error (please report it): ${(error as Error).stack ?? String(error)}`)
  }

  const host: RootHost = {
    connection,
    documents,
    debounce: options.debounce ?? 100,
    maxWait: options.maxWait ?? 1000,
    cache: options.cache,
    testFolders: () => testFolders,
    reportFailure,
    progress: () => params?.capabilities.window?.workDoneProgress === true,
  }

  /** The root serving `uri`: the one whose content root holds it most closely. */
  const rootOf = (uri: string): RootServer | null => {
    let best: RootServer | null = null
    for (const root of roots) {
      if (uriToFile(root.contentRoot ?? root.root, uri) === null) continue
      if (best === null || root.root.length > best.root.length) best = root
    }
    return best
  }

  const addRoot = (root: string): RootServer => {
    const existing = roots.find((candidate) => candidate.root === root)
    if (existing) return existing
    const server = new RootServer(root, host)
    roots.push(server)
    void server
      .load()
      .then(() => {
        for (const uri of [...outside]) if (rootOf(uri) === server) clearOutside(uri)
      })
      .catch(reportFailure)
    if (watchInServer) stopWatching.push(watchTree(root, (changes) => onFilesChanged(changes), reportFailure))
    return server
  }

  const clearOutside = (uri: string): void => {
    outside.delete(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  }

  /** Tells the user why a file gets nothing: it is in no spec root. */
  const explainOutside = (uri: string): void => {
    if (outside.has(uri)) return
    outside.add(uri)
    const served = roots.length === 0 ? 'none found yet' : roots.map((root) => displayPath(root.root)).join(', ')
    const message =
      'specmark: this file is outside every spec root, so it is not checked and has no completion or navigation. ' +
      `A spec root is a folder with outline.yaml or book.toml above the file (roots served: ${served}).`
    const start = {line: 0, character: 0}
    void connection.sendDiagnostics({uri, diagnostics: [{range: {start, end: start}, severity: DiagnosticSeverity.Information, source: 'specmark', code: 'outside-spec-root', message}]})
    connection.console.info(`${message} File: ${uri}`)
  }

  let watchInServer = options.serverWatch === true

  connection.onInitialize(async (initialize: InitializeParams): Promise<InitializeResult> => {
    params = initialize
    itemDefaults = initialize.capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') ?? false
    const init = (initialize.initializationOptions ?? {}) as {tests?: unknown}
    if (Array.isArray(init.tests)) testFolders = [...testFolders, ...init.tests.filter((item): item is string => typeof item === 'string')]
    const canWatch = initialize.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    watchInServer ||= !canWatch
    return {capabilities, serverInfo: {name: 'specmark'}}
  })

  /** Settles once the roots of the workspace folders are found: requests that come earlier wait for it. */
  let discovered: Promise<void> = Promise.resolve()
  connection.onInitialized(() => {
    // Root discovery does not wait for the client's answer to the registration (a client may answer late).
    discovered = discoverRoots()
    if (!watchInServer) {
      // Files change on disk behind the editor's back (a new chapter, `git checkout`, `specmark ids` in a terminal).
      connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: WATCHED_GLOBS.map((globPattern) => ({globPattern}))}).catch(reportFailure)
    } else {
      connection.console.info('specmark: the editor does not watch files for the server; specmark watches the spec roots itself')
    }
  })
  const discoverRoots = async (): Promise<void> => {
    try {
      const init = (params?.initializationOptions ?? {}) as {root?: unknown}
      const explicit = options.root ?? init.root
      const found = typeof explicit === 'string' ? [path.resolve(explicit)] : params ? await rootsOfFolders(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])) : []
      for (const root of found) addRoot(root)
    } catch (error) {
      reportFailure(error)
    }
  }

  connection.onNotification('workspace/didChangeWorkspaceFolders', (change: {event: {added: Array<{uri: string}>}}) => {
    void rootsOfFolders(change.event.added.map((folder) => folder.uri))
      .then((found) => found.forEach(addRoot))
      .catch(reportFailure)
  })

  documents.onDidOpen(async (event) => {
    const uri = event.document.uri
    if (rootOf(uri) !== null || !uri.startsWith('file:')) return
    try {
      const root = await findSpecRoot(fileURLToPath(uri), isFile)
      if (root !== null) addRoot(root)
      // A root whose content root does not hold the file (an mdBook's src/) serves it no more than none.
      if (root === null || rootOf(uri) === null) explainOutside(uri)
    } catch (error) {
      reportFailure(error)
    }
  })

  documents.onDidChangeContent((event) => rootOf(event.document.uri)?.edited(event.document.uri))
  documents.onDidClose((event) => {
    rootOf(event.document.uri)?.closed(event.document.uri)
    if (outside.has(event.document.uri)) clearOutside(event.document.uri)
  })

  const onFilesChanged = (changes: FileEvent[]): void => {
    for (const root of roots) {
      const mine = changes.filter((change) => change.uri.startsWith('file:') && !path.relative(root.root, fileURLToPath(change.uri)).startsWith('..'))
      if (mine.length > 0) root.filesChanged(mine)
    }
  }
  connection.onDidChangeWatchedFiles((change) => onFilesChanged(change.changes))

  /** The snapshot of the root serving `uri`, its file (relative to the content root) and the document. */
  const withSnapshot = async (uri: string): Promise<{snapshot: Snapshot; file: string; document: TextDocument | undefined} | null> => {
    await discovered
    const root = rootOf(uri)
    const snapshot = root ? await root.current() : null
    const file = snapshot ? uriToFile(snapshot.model.project.contentRoot, uri) : null
    return snapshot && file !== null ? {snapshot, file, document: documents.get(uri)} : null
  }

  /** The snapshot and what is under the cursor, for the position requests. */
  const hitAt = async (uri: string, position: Position): Promise<{snapshot: Snapshot; hit: Hit} | null> => {
    const found = await withSnapshot(uri)
    if (!found?.document) return null
    const hit = symbolAt(found.snapshot, found.file, found.document.offsetAt(position))
    return hit ? {snapshot: found.snapshot, hit} : null
  }

  connection.onCompletion(async (request) => {
    const found = await withSnapshot(request.textDocument.uri)
    if (!found?.document) return null
    const before = found.document.getText({start: {line: request.position.line, character: 0}, end: request.position})
    const list = complete(found.snapshot, found.file, before, request.position, {itemDefaults})
    // Resolving an item needs the model of its root: the document's URI goes along in the item's data.
    for (const item of list?.items ?? []) if (item.data) item.data = {...(item.data as ItemData), uri: request.textDocument.uri}
    return list
  })

  connection.onCompletionResolve(async (item) => {
    const data = item.data as (ItemData & {uri?: string}) | undefined
    const root = data?.uri ? rootOf(data.uri) : null
    const snapshot = root ? await root.current() : null
    if (!snapshot || !data) return item
    const value = describeSymbol(snapshot, data)
    return value === null ? item : {...item, documentation: {kind: 'markdown', value}}
  })

  connection.onDefinition(async (request) => {
    const found = await hitAt(request.textDocument.uri, request.position)
    return found ? definitionLocations(found.snapshot, found.hit) : null
  })

  connection.onReferences(async (request) => {
    const found = await hitAt(request.textDocument.uri, request.position)
    return found ? referenceLocations(found.snapshot, found.hit, request.context.includeDeclaration) : null
  })

  connection.onHover(async (request) => {
    const found = await hitAt(request.textDocument.uri, request.position)
    return found ? hoverAt(found.snapshot, found.hit) : null
  })

  connection.onPrepareRename(async (request) => {
    const found = await hitAt(request.textDocument.uri, request.position)
    if (!found) return null
    const target = renameTarget(found.snapshot, found.hit)
    if (target) return {range: target.range, placeholder: target.id}
    const symbol = found.hit.symbol
    if (symbol?.kind === 'rule') throw new ResponseError(LSPErrorCodes.RequestFailed, `rule \`${symbol.id}\` is not defined in the sources`)
    if (symbol) throw new ResponseError(LSPErrorCodes.RequestFailed, 'specmark renames rule IDs only (a label `r[…]` or a link to one)')
    return null
  })

  connection.onRenameRequest(async (request) => {
    const found = await hitAt(request.textDocument.uri, request.position)
    const target = found ? renameTarget(found.snapshot, found.hit) : null
    if (!found || !target) throw new ResponseError(LSPErrorCodes.RequestFailed, 'there is no rule ID to rename here')
    try {
      return await renameEdit(found.snapshot, target.id, request.newName.trim())
    } catch (error) {
      if (error instanceof InputError) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message)
      throw error
    }
  })

  connection.onDocumentSymbol(async (request) => {
    const found = await withSnapshot(request.textDocument.uri)
    return found ? documentSymbols(found.snapshot, found.file) : null
  })

  connection.onWorkspaceSymbol(async (request) => {
    await discovered
    if (roots.length === 0) return null
    const symbols = []
    for (const root of roots) {
      const snapshot = await root.current()
      if (snapshot) symbols.push(...workspaceSymbols(snapshot, request.query))
    }
    return symbols
  })

  connection.onCodeAction(async (request) => {
    const uri = request.textDocument.uri
    const root = rootOf(uri)
    const snapshot = root ? await root.current() : null
    // The registry's fixes apply to a file the editor may not have open.
    const text = documents.get(uri)?.getText() ?? (uri.startsWith('file:') ? await fs.readFile(fileURLToPath(uri), 'utf8').catch(() => null) : null)
    if (!snapshot || text === null) return null
    return codeActions(snapshot, uri, uriToFile(snapshot.model.project.contentRoot, uri), text, request.context.diagnostics)
  })

  connection.onCodeLens(async (request) => {
    const root = rootOf(request.textDocument.uri)
    const found = await withSnapshot(request.textDocument.uri)
    return found && root ? codeLenses(found.snapshot, found.file, await root.testsById()) : null
  })

  connection.languages.semanticTokens.on(async (request) => {
    const found = await withSnapshot(request.textDocument.uri)
    return found ? semanticTokens(found.snapshot, found.file) : {data: []}
  })

  connection.onFoldingRanges(async (request) => {
    const found = await withSnapshot(request.textDocument.uri)
    return found?.document ? foldingRanges(found.snapshot, found.file, found.document.getText()) : null
  })

  connection.onDocumentLinks(async (request) => {
    const found = await withSnapshot(request.textDocument.uri)
    return found ? documentLinks(found.snapshot, found.file) : null
  })

  connection.onShutdown(() => {
    for (const stop of stopWatching) stop()
    for (const root of roots) root.dispose()
  })

  documents.listen(connection)
  connection.listen()
}

/** The spec roots among the editor's workspace folders: each folder that is one, or its `spec/`. */
async function rootsOfFolders(uris: string[]): Promise<string[]> {
  const found: string[] = []
  for (const uri of uris) {
    if (!uri.startsWith('file:')) continue
    const folder = fileURLToPath(uri)
    for (const candidate of [folder, path.join(folder, 'spec')]) {
      if ((await isFile(path.join(candidate, 'outline.yaml'))) || (await isFile(path.join(candidate, 'book.toml')))) {
        found.push(candidate)
        break
      }
    }
  }
  return found
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}
