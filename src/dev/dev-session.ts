/**
 * The state `specmark dev` keeps between saves, so that a save costs what it changed. The model's inputs
 * live in the language server's `Workspace` (one draft per chapter): a save of a chapter file re-parses
 * that chapter only, a save of a file chapters include (`{{#include}}`) re-parses those chapters, and the
 * model is re-assembled with `modelFromDrafts`, as every command does — keeping every unchanged chapter's
 * model object, so per-chapter lint results (`CheckMemo`) and rendered chapters (`RenderMemo`) are kept
 * by identity. Only chapters whose model changed — the saved one, and those whose links now resolve
 * differently — are checked and rendered again.
 *
 * A save of anything else (outline, SUMMARY.md, registry, a new or deleted file) reloads the project, as
 * the language server does.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {Diagnostic} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import {cacheEnabled} from '../cache/cache.ts'
import {readSource} from '../load/read-source.ts'
import {Workspace} from '../lsp/workspace.ts'
import type {Model} from '../pipeline/assemble-model.ts'
import {RenderMemo} from '../render/render-memo.ts'
import {renderSpec} from '../render/render-spec.ts'
import type {RenderedSpec} from '../render/types.ts'

export interface DevUpdate {
  model: Model
  diagnostics: Diagnostic[]
  rendered: RenderedSpec
  /** Ids of the chapters rendered again by this update (the others were kept). */
  renderedChapters: string[]
}

export class DevSession {
  readonly root: string
  private readonly workspace: Workspace
  private readonly cache: boolean
  private readonly rendered = new RenderMemo()
  private renderedOnce = false

  private constructor(root: string, workspace: Workspace, cache: boolean) {
    this.root = root
    this.workspace = workspace
    this.cache = cache
  }

  /** The project as last loaded. */
  get project(): Workspace['project'] {
    return this.workspace.project
  }

  /** Every file the chapters include (absolute): those outside the root need watching of their own. */
  includedFiles(): string[] {
    return this.workspace.includedFiles()
  }

  /** Loads the specification at `root`. Throws `InputError` for unreadable input. */
  static async open(root: string, options: {cache?: boolean} = {}): Promise<DevSession> {
    const cache = cacheEnabled(options.cache)
    return new DevSession(root, await Workspace.open(root, {cache, denyWarnings: false}), cache)
  }

  /**
   * Applies saved files (paths relative to `root`, as the file watcher names them; empty for none) and
   * returns the model, `check`'s diagnostics and the rendered data. Throws `InputError` for unreadable
   * input; the session keeps its last good state, so the next good save recovers.
   */
  async update(saved: string[], guide: string | null = null, base = '/'): Promise<DevUpdate> {
    const {contentRoot, root: projectRoot} = this.workspace.project
    const files = saved.map((name) => path.resolve(this.root, name))
    const chapter = (file: string): string => path.relative(contentRoot, file).split(path.sep).join('/')
    // A chapter that is there, or another file chapters include: no reload. A chapter read as mdBook would
    // create it (`ListingEntry.placeholder`) is written at last: the project is read again.
    const placeholders = new Set(this.workspace.project.entries.flatMap((entry) => (entry.placeholder !== undefined && entry.file !== null ? [entry.file] : [])))
    const known = files.every((file) =>
      this.workspace.hasChapter(chapter(file)) ? fs.existsSync(file) && !placeholders.has(chapter(file)) : this.workspace.includersOf(file).length > 0
    )
    if (known) {
      for (const file of files) {
        if (this.workspace.hasChapter(chapter(file))) await this.workspace.setText(chapter(file), await readSource(file, displayPath(file), projectRoot))
      }
      for (const file of files) await this.workspace.includedFileChanged(file)
    } else {
      await this.workspace.reload()
    }
    const {model, diagnostics} = this.workspace.snapshot()
    const renderedChapters: string[] = []
    // The disk's render cache serves the first render; after it, what a save renders is kept in memory
    // (`RenderMemo`) and not written: the cache may lie inside the watched root, and every write there is
    // a file event.
    const cache = this.cache && !this.renderedOnce
    this.renderedOnce = true
    const {rendered} = await renderSpec(model, {base, guide, cache, memo: this.rendered, onRender: (id) => renderedChapters.push(id)})
    return {model, diagnostics, rendered, renderedChapters}
  }
}
