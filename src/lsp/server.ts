/**
 * Language server, the wiring: finds the spec root, keeps the incremental model (`workspace.ts`) in step
 * with the editor's documents and the files on disk, publishes `check`'s diagnostics, and answers
 * requests through the pure feature modules beside this one (completion, definition and references,
 * hover, rename, symbols). To add a feature: write it as a function of a `Snapshot` in its own module,
 * declare its capability in `capabilities`, and register its handler in `startServer`.
 */
import {existsSync} from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  DiagnosticSeverity,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Position,
  type ServerCapabilities,
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../load/load-project.ts'
import {readSource} from '../load/read-source.ts'
import {complete, type ItemData} from './completion.ts'
import {diagnosticsByUri} from './diagnostics.ts'
import {documentSymbols, workspaceSymbols} from './document-symbols.ts'
import {describeSymbol, hoverAt} from './hover.ts'
import {fileUri, uriToFile} from './positions.ts'
import {renameEdit, renameTarget} from './rename.ts'
import {symbolAt, type Hit} from './symbol-at.ts'
import {definitionLocations, referenceLocations} from './symbol-locations.ts'
import {findSpecRoot, Workspace, type Snapshot} from './workspace.ts'

export interface Options {
  /** The spec root; by default the editor's workspace folder (or its `spec/`), else found from the first document opened. */
  root?: string
  /** Use the parse cache for the initial load (default: true unless `SPECMARK_CACHE=0`). */
  cache?: boolean
  /** Milliseconds of quiet after an edit before diagnostics are recomputed (default: 100). */
  debounce?: number
}

/** Files whose change means the project is read again rather than one chapter re-parsed. */
const PROJECT_FILES = new Set(['outline.yaml', 'book.toml', 'SUMMARY.md', 'registry.txt'])

const capabilities: ServerCapabilities = {
  textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
  completionProvider: {triggerCharacters: ['[', '.', ':'], resolveProvider: true},
  definitionProvider: true,
  referencesProvider: true,
  hoverProvider: true,
  renameProvider: {prepareProvider: true},
  documentSymbolProvider: true,
  workspaceSymbolProvider: true,
}

/** Serves the language server protocol on `connection` until the client exits. */
export function startServer(connection: Connection, options: Options = {}): void {
  const documents = new TextDocuments(TextDocument)
  const debounce = options.debounce ?? 100
  let workspace: Workspace | null = null
  let root: string | null = null
  let itemDefaults = false
  /** Every change of the model runs in this chain, one after the other, so that none interleave. */
  let queue: Promise<unknown> = Promise.resolve()
  const dirty = new Set<string>()
  let timer: NodeJS.Timeout | null = null
  /** What was last published per URI (as JSON), so that unchanged files are not sent again. */
  const published = new Map<string, string>()
  let loadProblemUri: string | null = null

  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task)
    queue = run.catch(() => undefined)
    return run
  }

  /** Loads (or reloads) the project; on an input problem keeps the last good model and shows why. */
  const load = (): Promise<void> =>
    enqueue(async () => {
      if (root === null) return
      const started = performance.now()
      try {
        if (workspace) await workspace.reload(openTexts(workspace))
        else {
          workspace = await Workspace.open(root, {cache: options.cache})
          for (const [file, text] of openTexts(workspace)) await workspace.setText(file, text)
        }
        clearLoadProblem()
        connection.console.info(`specmark: loaded ${displayPath(root)} in ${Math.round(performance.now() - started)} ms`)
        schedulePublish()
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        showLoadProblem(error)
      }
    })

  const openTexts = (target: Workspace): Map<string, string> => {
    const texts = new Map<string, string>()
    for (const document of documents.all()) {
      const file = uriToFile(target.project.contentRoot, document.uri)
      if (file !== null && target.hasChapter(file)) texts.set(file, document.getText())
    }
    return texts
  }

  /** Applies the editor's latest texts to the model. */
  const flush = (): Promise<Workspace | null> =>
    enqueue(async () => {
      if (!workspace) return null
      for (const uri of [...dirty]) {
        dirty.delete(uri)
        const document = documents.get(uri)
        const file = uriToFile(workspace.project.contentRoot, uri)
        if (document && file !== null) await workspace.setText(file, document.getText())
      }
      return workspace
    })

  /** The model of what the editor shows, or null before a spec root is known and loaded. */
  const current = async (): Promise<Snapshot | null> => (await flush())?.snapshot() ?? null

  const publish = async (): Promise<void> => {
    const snapshot = await current()
    if (!snapshot) return
    const byUri = diagnosticsByUri(snapshot.loaded.project, snapshot.diagnostics)
    for (const uri of new Set([...published.keys(), ...byUri.keys()])) {
      if (uri === loadProblemUri) continue
      const diagnostics = byUri.get(uri) ?? []
      const json = JSON.stringify(diagnostics)
      if ((published.get(uri) ?? '[]') === json) continue
      if (diagnostics.length === 0) published.delete(uri)
      else published.set(uri, json)
      await connection.sendDiagnostics({uri, diagnostics})
    }
  }

  const schedulePublish = (): void => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void publish().catch(reportFailure)
    }, debounce)
  }

  const showLoadProblem = (error: InputError): void => {
    // Input problems name their file first, as `path:line:col: …` (relative to the working directory).
    const named = /^(.+?)(?::(\d+):(\d+))?: /.exec(error.message)
    const where = named && existsSync(path.resolve(named[1]!)) ? named : null
    const absolute = where ? path.resolve(where[1]!) : root!
    const uri = pathToFileURL(absolute).href
    if (loadProblemUri !== null && loadProblemUri !== uri) clearLoadProblem()
    loadProblemUri = uri
    const start = {line: Math.max(0, Number(where?.[2] ?? 1) - 1), character: Math.max(0, Number(where?.[3] ?? 1) - 1)}
    void connection.sendDiagnostics({uri, diagnostics: [{range: {start, end: start}, severity: DiagnosticSeverity.Error, source: 'specmark', message: error.message}]})
    void connection.window.showErrorMessage(`specmark: ${error.message}`)
  }

  const clearLoadProblem = (): void => {
    if (loadProblemUri === null) return
    void connection.sendDiagnostics({uri: loadProblemUri, diagnostics: []})
    loadProblemUri = null
  }

  const reportFailure = (error: unknown): void => {
    connection.console.error(`specmark internal error (please report it): ${(error as Error).stack ?? String(error)}`)
  }

  /** The snapshot and what is under the cursor, for the position requests. */
  const hitAt = async (uri: string, position: Position): Promise<{snapshot: Snapshot; hit: Hit} | null> => {
    const snapshot = await current()
    const document = documents.get(uri)
    if (!snapshot || !document) return null
    const file = uriToFile(snapshot.loaded.project.contentRoot, uri)
    if (file === null) return null
    const hit = symbolAt(snapshot, file, document.offsetAt(position))
    return hit ? {snapshot, hit} : null
  }

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    itemDefaults = params.capabilities.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') ?? false
    const explicit = options.root ?? (params.initializationOptions as {root?: unknown} | undefined)?.root
    if (typeof explicit === 'string') root = path.resolve(explicit)
    else root = await rootOfFolders(params)
    return {capabilities, serverInfo: {name: 'specmark'}}
  })

  connection.onInitialized(() => {
    if (root !== null) load().catch(reportFailure)
  })

  /** Set while the root is looked for from the first document opened, so that it is looked for once. */
  let discovering = false
  documents.onDidOpen(async (event) => {
    if (root !== null || discovering || !event.document.uri.startsWith('file:')) return
    discovering = true
    try {
      root = await findSpecRoot(fileURLToPath(event.document.uri), isFile)
      if (root !== null) await load()
    } catch (error) {
      reportFailure(error)
    } finally {
      discovering = false
    }
  })

  documents.onDidChangeContent((event) => {
    dirty.add(event.document.uri)
    schedulePublish()
  })

  documents.onDidClose((event) => {
    // The editor's text is gone; the file on disk is the chapter again.
    void enqueue(async () => {
      const file = workspace ? uriToFile(workspace.project.contentRoot, event.document.uri) : null
      if (!workspace || file === null || !workspace.hasChapter(file)) return
      const text = await readIfPossible(path.join(workspace.project.contentRoot, file))
      if (text !== null) await workspace.setText(file, text)
    })
      .then(schedulePublish)
      .catch(reportFailure)
  })

  connection.onDidChangeWatchedFiles((params) => {
    void enqueue(async () => {
      if (!workspace) return 'reload'
      for (const change of params.changes) {
        if (!change.uri.startsWith('file:')) continue
        const absolute = fileURLToPath(change.uri)
        const structural = PROJECT_FILES.has(path.basename(absolute)) || (absolute.endsWith('.md') && change.type !== FileChangeType.Changed)
        if (structural) return 'reload'
        const file = uriToFile(workspace.project.contentRoot, change.uri)
        if (file === null || !workspace.hasChapter(file) || documents.get(change.uri)) continue
        const text = await readIfPossible(absolute)
        if (text !== null) await workspace.setText(file, text)
      }
      return 'updated'
    })
      .then(async (outcome) => {
        if (outcome === 'reload') await load()
        else schedulePublish()
      })
      .catch(reportFailure)
  })

  connection.onCompletion(async (params) => {
    const snapshot = await current()
    const document = documents.get(params.textDocument.uri)
    if (!snapshot || !document) return null
    const file = uriToFile(snapshot.loaded.project.contentRoot, params.textDocument.uri)
    if (file === null) return null
    const before = document.getText({start: {line: params.position.line, character: 0}, end: params.position})
    return complete(snapshot, file, before, params.position, {itemDefaults})
  })

  connection.onCompletionResolve(async (item) => {
    const snapshot = await current()
    const data = item.data as ItemData | undefined
    if (!snapshot || !data) return item
    const value = describeSymbol(snapshot, data)
    return value === null ? item : {...item, documentation: {kind: 'markdown', value}}
  })

  connection.onDefinition(async (params) => {
    const found = await hitAt(params.textDocument.uri, params.position)
    return found ? definitionLocations(found.snapshot, found.hit) : null
  })

  connection.onReferences(async (params) => {
    const found = await hitAt(params.textDocument.uri, params.position)
    return found ? referenceLocations(found.snapshot, found.hit, params.context.includeDeclaration) : null
  })

  connection.onHover(async (params) => {
    const found = await hitAt(params.textDocument.uri, params.position)
    return found ? hoverAt(found.snapshot, found.hit) : null
  })

  connection.onPrepareRename(async (params) => {
    const found = await hitAt(params.textDocument.uri, params.position)
    if (!found) return null
    const target = renameTarget(found.snapshot, found.hit)
    if (target) return {range: target.range, placeholder: target.id}
    const symbol = found.hit.symbol
    if (symbol?.kind === 'rule') throw new ResponseError(LSPErrorCodes.RequestFailed, `rule \`${symbol.id}\` is not defined in the sources`)
    if (symbol) throw new ResponseError(LSPErrorCodes.RequestFailed, 'specmark renames rule IDs only (a label `r[…]` or a link to one)')
    return null
  })

  connection.onRenameRequest(async (params) => {
    const found = await hitAt(params.textDocument.uri, params.position)
    const target = found ? renameTarget(found.snapshot, found.hit) : null
    if (!found || !target) throw new ResponseError(LSPErrorCodes.RequestFailed, 'there is no rule ID to rename here')
    try {
      return await renameEdit(found.snapshot, target.id, params.newName.trim())
    } catch (error) {
      if (error instanceof InputError) throw new ResponseError(LSPErrorCodes.RequestFailed, error.message)
      throw error
    }
  })

  connection.onDocumentSymbol(async (params) => {
    const snapshot = await current()
    const file = snapshot ? uriToFile(snapshot.loaded.project.contentRoot, params.textDocument.uri) : null
    return snapshot && file !== null ? documentSymbols(snapshot, file) : null
  })

  connection.onWorkspaceSymbol(async (params) => {
    const snapshot = await current()
    return snapshot ? workspaceSymbols(snapshot, params.query) : null
  })

  documents.listen(connection)
  connection.listen()
}

/** The spec root among the editor's workspace folders: a folder that is one, or its `spec/`. */
async function rootOfFolders(params: InitializeParams): Promise<string | null> {
  const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
  for (const uri of folders) {
    if (!uri.startsWith('file:')) continue
    const folder = fileURLToPath(uri)
    for (const candidate of [folder, path.join(folder, 'spec')]) {
      if ((await isFile(path.join(candidate, 'outline.yaml'))) || (await isFile(path.join(candidate, 'book.toml')))) return candidate
    }
  }
  return null
}

/** A chapter's text on disk, or null when it cannot be read (deleted, say: a reload follows). */
async function readIfPossible(absolute: string): Promise<string | null> {
  try {
    return await readSource(absolute, displayPath(absolute))
  } catch (error) {
    if (error instanceof InputError) return null
    throw error
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}
