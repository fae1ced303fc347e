/**
 * Language server, one spec root: its incremental model (`workspace.ts`), the edits and file changes
 * applied to it in order, and the diagnostics published for it. Publishing waits for a quiet moment after
 * an edit (`debounce`), but never longer than `maxWait` while edits keep coming, so that continuous typing
 * still sees its diagnostics. The cold load reports `$/progress` when the client accepts it.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {DiagnosticSeverity, FileChangeType, MessageType, ShowMessageNotification, type Connection, type FileEvent, type TextDocuments} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import {readSource} from '../load/read-source.ts'
import {resolvePatterns} from '../trace/patterns.ts'
import {scanTestTrees} from '../trace/scan.ts'
import {traceCoverage} from '../trace/coverage.ts'
import {pooledItems} from '../workers/pool.ts'
import type {TestsById} from './code-lens.ts'
import {diagnosticsByUri} from './diagnostics.ts'
import {uriToFile} from './positions.ts'
import {Workspace, type Snapshot} from './workspace.ts'

/** Files whose change means the project is read again rather than one chapter re-parsed. */
const PROJECT_FILES = new Set(['outline.yaml', 'book.toml', 'SUMMARY.md', 'registry.txt'])

/** What every root shares: the connection, the editor's documents and the server's settings. */
export interface RootHost {
  connection: Connection
  documents: TextDocuments<TextDocument>
  debounce: number
  maxWait: number
  cache?: boolean
  /** Test folders (relative to the spec root, or absolute) whose citations the code lens counts. */
  testFolders: () => string[]
  reportFailure: (error: unknown) => void
  /** Whether the client accepts `$/progress` for work the server starts. */
  progress: () => boolean
}

export class RootServer {
  readonly root: string
  private readonly host: RootHost
  private workspace: Workspace | null = null
  /** Every change of the model runs in this chain, one after the other, so that none interleave. */
  private queue: Promise<unknown> = Promise.resolve()
  private readonly dirty = new Set<string>()
  private timer: NodeJS.Timeout | null = null
  /** When the oldest edit not yet published was made (for `maxWait`), or null. */
  private waitingSince: number | null = null
  /** What was last published per URI (as JSON), so that unchanged files are not sent again. */
  private readonly published = new Map<string, string>()
  private loadProblemUri: string | null = null
  private tests: Promise<TestsById> | null = null
  private disposed = false

  constructor(root: string, host: RootHost) {
    this.root = root
    this.host = host
  }

  /** The folder chapter paths are relative to, once loaded (`src/` of an mdBook). */
  get contentRoot(): string | null {
    return this.workspace?.project.contentRoot ?? null
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Loads (or reloads) the project; on an input problem keeps the last good model and shows why. */
  load(): Promise<void> {
    return this.enqueue(async () => {
      const started = performance.now()
      const pooledBefore = pooledItems()
      const progress = this.host.progress() ? await this.host.connection.window.createWorkDoneProgress().catch(() => null) : null
      progress?.begin('specmark', undefined, `loading ${displayPath(this.root)}`)
      try {
        if (this.workspace) await this.workspace.reload(this.openTexts(this.workspace))
        else {
          const workspace = await Workspace.open(this.root, {cache: this.host.cache})
          for (const [file, text] of this.openTexts(workspace)) await workspace.setText(file, text)
          this.workspace = workspace
        }
        this.tests = null
        this.clearLoadProblem()
        progress?.report('checking')
        this.workspace.snapshot()
        // How many items worker threads took shows that the pool works where the server runs (a bundle, say).
        const pooled = pooledItems() - pooledBefore
        this.host.connection.console.info(`specmark: loaded ${displayPath(this.root)} in ${Math.round(performance.now() - started)} ms (${pooled} ${pooled === 1 ? 'item' : 'items'} on worker threads)`)
        this.schedulePublish(true)
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        this.showLoadProblem(error)
      } finally {
        progress?.done()
      }
    })
  }

  /** An open document changed in the editor. */
  edited(uri: string): void {
    this.dirty.add(uri)
    this.schedulePublish()
  }

  /** An open document was closed: the file on disk is the chapter again. */
  closed(uri: string): void {
    this.enqueue(async () => {
      const file = this.workspace ? uriToFile(this.workspace.project.contentRoot, uri) : null
      if (!this.workspace || file === null || !this.workspace.hasChapter(file)) return
      const text = await readIfPossible(path.join(this.workspace.project.contentRoot, file))
      if (text !== null) await this.workspace.setText(file, text)
    })
      .then(() => this.schedulePublish())
      .catch(this.host.reportFailure)
  }

  /** Files changed on disk (reported by the editor's watcher or the server's own). */
  filesChanged(changes: FileEvent[]): void {
    this.enqueue(async () => {
      if (!this.workspace) return 'reload'
      const testFolders = this.testFolderPaths()
      for (const change of changes) {
        const absolute = fileURLToPath(change.uri)
        if (testFolders.some((folder) => !path.relative(folder, absolute).startsWith('..'))) this.tests = null
        const structural =
          PROJECT_FILES.has(path.basename(absolute)) ||
          (absolute.endsWith('.md') && change.type !== FileChangeType.Changed) ||
          // Interop data and other YAML/TOML beside the chapters feed `check` too.
          (/\.(ya?ml|toml)$/.test(absolute) && !path.relative(this.workspace.project.contentRoot, absolute).startsWith('..'))
        if (structural) return 'reload'
        // Chapters that include the file (`{{#include}}`) are parsed again with its new text.
        await this.workspace.includedFileChanged(absolute)
        const file = uriToFile(this.workspace.project.contentRoot, change.uri)
        if (file === null || !this.workspace.hasChapter(file) || this.host.documents.get(change.uri)) continue
        const text = await readIfPossible(absolute)
        if (text !== null) await this.workspace.setText(file, text)
      }
      return 'updated'
    })
      .then(async (outcome) => {
        if (outcome === 'reload') await this.load()
        else this.schedulePublish()
      })
      .catch(this.host.reportFailure)
  }

  /** The model of what the editor shows, or null before the root is loaded. */
  async current(): Promise<Snapshot | null> {
    return (await this.flush())?.snapshot() ?? null
  }

  /** Test files citing each rule ID, from the configured test folders (scanned once per load). */
  testsById(): Promise<TestsById> {
    this.tests ??= this.scanTests()
    return this.tests
  }

  dispose(): void {
    this.disposed = true
    if (this.timer) clearTimeout(this.timer)
  }

  /** The configured test folders (`tests` in the spec's settings) and the editor's, absolute. */
  private testFolderPaths(): string[] {
    const configured = this.workspace?.project.settings.tests ?? []
    return [...new Set([...configured, ...this.host.testFolders()].map((folder) => path.resolve(this.root, folder)))]
  }

  private async scanTests(): Promise<TestsById> {
    const folders = this.testFolderPaths().filter((folder) => existsSync(folder))
    const snapshot = await this.current()
    if (folders.length === 0 || !snapshot) return null
    try {
      const scan = await scanTestTrees(folders, {patterns: resolvePatterns()})
      const report = traceCoverage(snapshot.model.spec, scan.citations)
      return new Map(report.paragraphs.map((paragraph) => [paragraph.id, paragraph.tests]))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      this.host.connection.console.warn(`specmark: cannot scan the test folders: ${error.message}`)
      return null
    }
  }

  private openTexts(target: Workspace): Map<string, string> {
    const texts = new Map<string, string>()
    for (const document of this.host.documents.all()) {
      const file = uriToFile(target.project.contentRoot, document.uri)
      if (file !== null && target.hasChapter(file)) texts.set(file, document.getText())
    }
    return texts
  }

  /** Applies the editor's latest texts to the model. */
  private flush(): Promise<Workspace | null> {
    return this.enqueue(async () => {
      const workspace = this.workspace
      if (!workspace) return null
      for (const uri of [...this.dirty]) {
        this.dirty.delete(uri)
        const document = this.host.documents.get(uri)
        const file = uriToFile(workspace.project.contentRoot, uri)
        if (document && file !== null) await workspace.setText(file, document.getText())
      }
      return workspace
    })
  }

  private async publish(): Promise<void> {
    this.waitingSince = null
    const snapshot = await this.current()
    if (!snapshot || this.disposed) return
    const byUri = diagnosticsByUri(snapshot.model.project, snapshot.diagnostics)
    for (const uri of new Set([...this.published.keys(), ...byUri.keys()])) {
      if (uri === this.loadProblemUri) continue
      const diagnostics = byUri.get(uri) ?? []
      const json = JSON.stringify(diagnostics)
      if ((this.published.get(uri) ?? '[]') === json) continue
      if (diagnostics.length === 0) this.published.delete(uri)
      else this.published.set(uri, json)
      await this.host.connection.sendDiagnostics({uri, diagnostics})
    }
  }

  /** Publishes after `debounce` ms of quiet, or `maxWait` ms after the first unpublished edit at the latest. */
  private schedulePublish(now = false): void {
    if (this.disposed) return
    const time = Date.now()
    this.waitingSince ??= time
    const wait = now ? 0 : Math.max(0, Math.min(this.host.debounce, this.waitingSince + this.host.maxWait - time))
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.publish().catch(this.host.reportFailure)
    }, wait)
  }

  private showLoadProblem(error: InputError): void {
    // Input problems name their file first, as `path:line:col: …` (relative to the working directory).
    const named = /^(.+?)(?::(\d+):(\d+))?: /.exec(error.message)
    const where = named && existsSync(path.resolve(named[1]!)) ? named : null
    const absolute = where ? path.resolve(where[1]!) : this.root
    const uri = pathToFileURL(absolute).href
    if (this.loadProblemUri !== null && this.loadProblemUri !== uri) this.clearLoadProblem()
    this.loadProblemUri = uri
    const start = {line: Math.max(0, Number(where?.[2] ?? 1) - 1), character: Math.max(0, Number(where?.[3] ?? 1) - 1)}
    void this.host.connection.sendDiagnostics({uri, diagnostics: [{range: {start, end: start}, severity: DiagnosticSeverity.Error, source: 'specmark', message: error.message}]})
    // A notification, not `window.showErrorMessage`: that is a request, and a client without
    // `window/showMessageRequest` answers it with an error that would end the server.
    void this.host.connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `specmark: ${error.message}`})
  }

  private clearLoadProblem(): void {
    if (this.loadProblemUri === null) return
    void this.host.connection.sendDiagnostics({uri: this.loadProblemUri, diagnostics: []})
    this.loadProblemUri = null
  }
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
